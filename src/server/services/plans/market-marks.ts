import { inWindow, weekUpTo, type PlanPriceMemory, type PriceChange } from '~/lib/market';

/** What a plan card says about the market's last week: new, or a price cut, each with its date. */
export interface MarketMarks {
  newOn: string | null;
  priceCut: PriceChange | null;
}

/**
 * The marks of a plan for the seven days up to the newest export (not the wall clock: a site on
 * recorded data speaks of the week its data covers). From price history only; none without it.
 */
export function marketMarks(memory: PlanPriceMemory | undefined, newestExport: string | null): MarketMarks | null {
  if (!memory || !newestExport) return null;
  const week = weekUpTo(newestExport);
  const newOn = memory.newOn && inWindow(memory.newOn, week) ? memory.newOn : null;
  const cuts = memory.changes.filter((c) => c.direction === 'cut' && inWindow(c.date, week));
  const priceCut = cuts.at(-1) ?? null;
  return newOn || priceCut ? { newOn, priceCut } : null;
}
