// The changes of the newest export dates in one place (a city's utilities), for an Atom feed
// or a "what changed" list: plans that appeared, and plans whose 1,000 kWh price dropped, each
// dated by the export it appeared in.
import { priceChanges, type PricePoint } from './price-memory';

/** A plan's history rows as the feed needs them. */
export interface FeedPlanHistory {
  planId: string;
  name: string;
  provider: string;
  tdspDuns: string;
  /** Its recorded prices: those of the window, and the last one before it if any. */
  points: PricePoint[];
}

/** One change: a new plan, or a price drop, on an export date. */
export type FeedEntry =
  | {
      kind: 'new';
      date: string;
      planId: string;
      name: string;
      provider: string;
      tdspDuns: string;
      rate1000Kwh: string | null;
    }
  | {
      kind: 'price-drop';
      date: string;
      planId: string;
      name: string;
      provider: string;
      tdspDuns: string;
      from: string;
      to: string;
      deltaCents: number;
    };

/**
 * The new plans and price drops of the given export dates, newest date first (then new before
 * drops, then by name). A plan is new on a date when that is its first recorded date and not
 * the first date anything was recorded.
 */
export function feedEntries(
  plans: readonly FeedPlanHistory[],
  windowDates: readonly string[],
  firstRecordedDate: string | null,
): FeedEntry[] {
  const window = new Set(windowDates);
  const entries: FeedEntry[] = [];
  for (const p of plans) {
    const base = { planId: p.planId, name: p.name, provider: p.provider, tdspDuns: p.tdspDuns };
    const sorted = [...p.points].sort((a, b) => a.date.localeCompare(b.date));
    const first = sorted[0];
    if (first && window.has(first.date) && firstRecordedDate !== null && first.date > firstRecordedDate) {
      entries.push({ kind: 'new', date: first.date, ...base, rate1000Kwh: first.rate1000Kwh });
    }
    for (const c of priceChanges(sorted)) {
      if (c.direction === 'cut' && window.has(c.date)) {
        entries.push({ kind: 'price-drop', date: c.date, ...base, from: c.from, to: c.to, deltaCents: c.deltaCents });
      }
    }
  }
  return entries.sort(
    (a, b) =>
      b.date.localeCompare(a.date) ||
      (a.kind === b.kind ? 0 : a.kind === 'new' ? -1 : 1) ||
      a.name.localeCompare(b.name) ||
      a.planId.localeCompare(b.planId),
  );
}
