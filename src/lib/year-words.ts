// The plain words a plan card and the API use for the year estimate: which months a credit is
// missed in, and what is assumed once a plan's term is over. Kept apart from the markup so the
// wording is tested once and reused by every page that shows a year.
import { formatCentsPerKwh } from './cost/format';
import { MONTH_SHORT_NAMES } from './usage/months';

/** What the after-term assumption rests on, as the year estimate states it. */
export interface AfterTermFacts {
  basis: 'month-to-month' | 'all-plans';
  planCount: number;
  /** ¢/kWh at the shopper's average usage. */
  centsPerKwh: number | null;
  utilityName: string;
}

/** "Feb, Mar, Apr" for calendar months 1, 2, 3, in the order given. */
export const monthNames = (months: readonly number[]) => months.map((m) => MONTH_SHORT_NAMES[m] ?? '?').join(', ');

/** "Credit missed in 7 of 12 months (Feb, Mar, …)", or null when the credit is never missed. */
export function creditMissedText(months: readonly number[]): string | null {
  if (months.length === 0) return null;
  return `Credit missed in ${months.length} of 12 months (${monthNames(months)})`;
}

/** "Usage fee charged in 3 of 12 months (Apr, May, Oct)", or null. */
export function feeMonthsText(months: readonly number[]): string | null {
  if (months.length === 0) return null;
  return `Usage fee charged in ${months.length} of 12 months (${monthNames(months)})`;
}

/**
 * "After month 4 we assume 16.2¢/kWh, today's median month-to-month price in Oncor Electric
 * Delivery's area", or null for a plan whose price covers the whole year.
 */
export function afterTermText(coveredMonths: number, facts: AfterTermFacts | null): string | null {
  if (coveredMonths >= 12 || !facts || facts.centsPerKwh === null) return null;
  const when = coveredMonths <= 1 ? 'After the first month' : `After month ${coveredMonths}`;
  const price = formatCentsPerKwh(facts.centsPerKwh / 100);
  const basis =
    facts.basis === 'month-to-month'
      ? `today's median month-to-month price in ${facts.utilityName}'s area`
      : `today's median price of the ${facts.planCount} plans in ${facts.utilityName}'s area, which lists no month-to-month plans`;
  return `${when} we assume ${price}, ${basis}`;
}

/** "Dec 2026 to Nov 2027" for twelve YYYY-MM keys. */
export function windowLabel(monthKeys: readonly string[]): string {
  const name = (key: string) => `${MONTH_SHORT_NAMES[Number(key.slice(5, 7)) - 1] ?? '?'} ${key.slice(0, 4)}`;
  return monthKeys.length ? `${name(monthKeys[0]!)} to ${name(monthKeys[monthKeys.length - 1]!)}` : '';
}
