import type { ChoiceStatus, ServingUtility } from '~/lib/choice-status';
import type { TdspRef, ZipLookup } from './types';

/** What both sources know about a ZIP, before deciding what its page does. */
export interface ZipFacts {
  zip: string;
  city: { slug: string; name: string };
  status: ChoiceStatus | null;
  utilities: ServingUtility[];
  /** The competitive utilities the maps list for it, primary first. */
  tdsps: TdspRef[];
  activePlans: number;
  utilityName: string | null;
  utilityType: 'municipal' | 'cooperative' | 'unknown' | 'tdsp';
  insideCity: { slug: string; name: string } | null;
  /** The competitive utilities of the mapped ZIPs around a ZIP no map lists (see docs/territory.md). */
  inferredTdsps: TdspRef[];
}

/**
 * What a ZIP's page does, decided the same way from the database and the saved files: a
 * municipal utility beside a competitive one makes it ask which name is on the bill (59 ZIPs
 * in the 2020 data); co-ops, often only on a rural fringe, get one line instead of a question.
 */
export function zipLookupOf(f: ZipFacts): ZipLookup {
  const base = {
    zip: f.zip,
    city: f.city,
    status: f.status ?? (f.tdsps.length > 0 ? 'choice' : 'no-choice'),
    utilities: f.utilities,
    activePlans: f.activePlans,
  } as const;
  if (f.tdsps.length === 0) {
    if (f.insideCity && f.inferredTdsps.length > 0)
      return { ...base, kind: 'inside', insideCity: f.insideCity, tdsps: f.inferredTdsps };
    return { ...base, kind: 'not-deregulated', utilityName: f.utilityName, utilityType: f.utilityType };
  }
  if (f.utilities.some((u) => u.kind === 'municipal')) return { ...base, kind: 'ask', tdsps: f.tdsps };
  return f.tdsps.length === 1
    ? { ...base, kind: 'single', tdsp: f.tdsps[0]! }
    : { ...base, kind: 'multiple', tdsps: f.tdsps };
}
