// Per utility and export date, figures a market page can state as facts: the median 1,000 kWh
// price of the 12-month fixed-rate plans on sale that day, and the cheapest plan at 1,000 kWh.
// "On sale that day" means the plan has a price recorded for that export date. The database
// works them out (queries/market/utility-market-days.ts).

/** One utility on one export date. */
export interface UtilityDay {
  date: string;
  /** How many plans were on sale that day. */
  plans: number;
  /** 12-month fixed-rate plans on sale that day, and the median of their 1,000 kWh prices ($/kWh). */
  fixed12Count: number;
  fixed12Median1000Kwh: number | null;
  /** The lowest 1,000 kWh price of the day (ties: the lowest plan id), any term or rate type. */
  cheapest: { planId: string; name: string; rate1000Kwh: string } | null;
}
