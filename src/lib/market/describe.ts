// Plain-English lines for what the price history shows: "price cut by 0.8¢/kWh on 22 Jan".
import type { PriceChange } from './price-memory';

const DAY_MONTH = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });

/** "22 Jan" for 2026-01-22. */
export const dayMonth = (date: string) => DAY_MONTH.format(new Date(`${date}T12:00:00Z`));

/** ¢/kWh to one decimal, or two when a tenth would round a real change to nothing. */
const centsText = (c: number) => `${Math.abs(c) < 0.1 ? Math.abs(c).toFixed(2) : Math.abs(c).toFixed(1)}¢/kWh`;

/** "price cut by 0.8¢/kWh on 22 Jan" / "price raised by 1.2¢/kWh on 16 Jan". */
export const describePriceChange = (c: PriceChange) =>
  `price ${c.direction === 'cut' ? 'cut' : 'raised'} by ${centsText(c.deltaCents)} on ${dayMonth(c.date)}`;

/** "new on 28 Jan". */
export const describeNew = (date: string) => `new on ${dayMonth(date)}`;
