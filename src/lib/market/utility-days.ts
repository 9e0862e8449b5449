// Per utility and export date, figures a market page can state as facts: the median 1,000 kWh
// price of the 12-month fixed-rate plans on sale that day, and the cheapest plan at 1,000 kWh.
// "On sale that day" means the plan has a price recorded for that export date.

/** A plan's recorded 1,000 kWh price on one export date, with what the figures select on. */
export interface UtilityPriceRow {
  date: string;
  planId: string;
  name: string;
  termMonths: number;
  rateType: string;
  rate1000Kwh: string;
}

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

/** The median (mean of the middle two for an even count), or null for no values. */
export function medianOf(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Groups one utility's price rows by date, oldest first. */
export function utilityDays(rows: readonly UtilityPriceRow[]): UtilityDay[] {
  const byDate = new Map<string, UtilityPriceRow[]>();
  for (const r of rows) byDate.set(r.date, [...(byDate.get(r.date) ?? []), r]);
  return [...byDate.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, day]) => {
      const fixed12 = day.filter((r) => r.termMonths === 12 && r.rateType === 'fixed');
      const median = medianOf(fixed12.map((r) => Number(r.rate1000Kwh)));
      const cheapest = [...day].sort(
        (a, b) => Number(a.rate1000Kwh) - Number(b.rate1000Kwh) || a.planId.localeCompare(b.planId),
      )[0];
      return {
        date,
        plans: day.length,
        fixed12Count: fixed12.length,
        // Two 4-decimal prices average to at most 5 decimals; rounding drops float noise only.
        fixed12Median1000Kwh: median === null ? null : Math.round(median * 100_000) / 100_000,
        cheapest: cheapest ? { planId: cheapest.planId, name: cheapest.name, rate1000Kwh: cheapest.rate1000Kwh } : null,
      };
    });
}
