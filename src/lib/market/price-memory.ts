// What the recorded price history says about one plan: when it was first seen and every change
// of its 1,000 kWh price, each dated by the export it appeared in. Computed only from the
// plan's own history rows; a plan seen on one date only has no trend.

/** One recorded price of a plan: the export date and its 1,000 kWh price ($/kWh text). */
export interface PricePoint {
  date: string;
  rate1000Kwh: string | null;
}

/** A change of the 1,000 kWh price between two consecutive recorded dates of one plan. */
export interface PriceChange {
  /** The export date the new price appeared in. */
  date: string;
  /** The plan's previous recorded date (not always the previous export: plans skip dates). */
  previousDate: string;
  from: string;
  to: string;
  /** to − from in ¢/kWh, to 0.01¢ (negative: a cut). */
  deltaCents: number;
  direction: 'cut' | 'rise';
}

/** A plan's memory: first seen, whether that makes it new, and its price changes. */
export interface PlanPriceMemory {
  firstSeen: string | null;
  /** The first date, unless it is the first date anything was recorded (then we cannot tell). */
  newOn: string | null;
  changes: PriceChange[];
  /** The 1,000 kWh price's direction from the first recorded price to the last; null when seen once. */
  trend: 'down' | 'up' | 'flat' | null;
}

const cents = (dollars: string) => Math.round(Number(dollars) * 10_000);

/** Every change of the 1,000 kWh price, oldest first; points may come in any order. */
export function priceChanges(points: readonly PricePoint[]): PriceChange[] {
  const priced = points
    .filter((p): p is PricePoint & { rate1000Kwh: string } => p.rate1000Kwh !== null)
    .sort((a, b) => a.date.localeCompare(b.date));
  const changes: PriceChange[] = [];
  for (let i = 1; i < priced.length; i++) {
    const before = priced[i - 1]!;
    const after = priced[i]!;
    const delta = cents(after.rate1000Kwh) - cents(before.rate1000Kwh);
    if (delta === 0) continue;
    changes.push({
      date: after.date,
      previousDate: before.date,
      from: before.rate1000Kwh,
      to: after.rate1000Kwh,
      deltaCents: delta / 100,
      direction: delta < 0 ? 'cut' : 'rise',
    });
  }
  return changes;
}

/**
 * A plan's first date, price changes and trend. `firstRecordedDate` is the oldest export in
 * the history: a plan already there is not "new", it was merely there when recording began.
 */
export function planPriceMemory(points: readonly PricePoint[], firstRecordedDate: string | null): PlanPriceMemory {
  const dates = points.map((p) => p.date).sort();
  const firstSeen = dates[0] ?? null;
  const priced = points.filter((p) => p.rate1000Kwh !== null).sort((a, b) => a.date.localeCompare(b.date));
  const first = priced[0];
  const last = priced.at(-1);
  const span = first && last && priced.length > 1 ? cents(last.rate1000Kwh!) - cents(first.rate1000Kwh!) : null;
  return {
    firstSeen,
    newOn: firstSeen !== null && firstRecordedDate !== null && firstSeen > firstRecordedDate ? firstSeen : null,
    changes: priceChanges(points),
    trend: span === null ? null : span < 0 ? 'down' : span > 0 ? 'up' : 'flat',
  };
}
