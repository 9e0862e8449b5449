import { inWindow, weekUpTo, type DateWindow, type PlanPriceMemory, type PriceChange } from '~/lib/market';

/** What a plan card says about the market's last week: new, or a price cut, each with its date. */
export interface MarketMarks {
  newOn: string | null;
  priceCut: PriceChange | null;
}

/**
 * The marks of plans for the seven days up to the newest export (not the wall clock: a site on
 * recorded data speaks of the week its data covers). From price history only; none without it.
 * The week is worked out once for all the plans of a page.
 */
export function marksForWeekUpTo(
  newestExport: string | null,
): (memory: PlanPriceMemory | undefined) => MarketMarks | null {
  const week = newestExport ? weekUpTo(newestExport) : null;
  return (memory) => (memory && week ? marksInWeek(memory, week) : null);
}

function marksInWeek(memory: PlanPriceMemory, week: DateWindow): MarketMarks | null {
  const newOn = memory.newOn && inWindow(memory.newOn, week) ? memory.newOn : null;
  const cuts = memory.changes.filter((c) => c.direction === 'cut' && inWindow(c.date, week));
  const priceCut = cuts.at(-1) ?? null;
  return newOn || priceCut ? { newOn, priceCut } : null;
}
