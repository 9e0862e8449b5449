import { collapseDuplicates, type Listing } from './ptc/dedupe';
import { normalizeOffer, type Offer } from './ptc/normalize-offer';
import { parsePtcExport } from './ptc/parse-export';
import type { PlanSource } from './ptc/source';
import path from 'node:path';

/** An export turned into listings ready to write, with every row it refused and why. */
export interface PreparedOffers {
  rowCount: number;
  listings: Listing[];
  rejected: { source: string; line: number; externalId?: string; reason: string }[];
  /** Whether the export ended with its `END OF FILE` line. */
  endMarker: boolean;
}

/** Parses, validates and de-duplicates an export. Throws PtcHeaderError on a foreign file. */
export function prepareOffers(plans: PlanSource): PreparedOffers {
  const name = /^https?:/.test(plans.source) ? 'live export' : path.basename(plans.source);
  const parsed = parsePtcExport(plans.text, name);
  const offers: Offer[] = [];
  const rejected = parsed.rejected.map((r) => ({ ...r, source: name }));
  const seen = new Set<string>();
  for (const { line, raw } of parsed.rows) {
    const result = normalizeOffer(line, raw);
    if ('rejected' in result) rejected.push({ ...result.rejected, source: name });
    else if (seen.has(result.offer.externalId)) {
      rejected.push({
        source: name,
        line,
        externalId: result.offer.externalId,
        reason: 'duplicate [idKey] in the same export',
      });
    } else {
      seen.add(result.offer.externalId);
      offers.push(result.offer);
    }
  }
  return {
    rowCount: parsed.rows.length + parsed.rejected.length,
    listings: collapseDuplicates(offers),
    rejected,
    endMarker: parsed.endMarker,
  };
}
