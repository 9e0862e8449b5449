// Tick and table wording. Free of Intl, like src/lib/cost/format.ts, so labels are identical on every runtime.
import { MONTH_SHORT_NAMES } from '~/lib/usage/months';
import { stepDecimals } from './ticks';

/** "1234567.5" → "1,234,567.5": thousands separators on the whole part only. */
function group(fixed: string): string {
  const [whole, fraction] = fixed.split('.') as [string, string?];
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

/** Fixed decimals with a leading minus placed before any unit, and never "-0". */
function signed(value: number, decimals: number, unit: (digits: string) => string): string {
  const fixed = Math.abs(value).toFixed(decimals);
  const zero = Number(fixed) === 0;
  return `${value < 0 && !zero ? '-' : ''}${unit(group(fixed))}`;
}

/** An axis tick in cents: as many decimals as the step needs, so 12.5 is not shown as "13¢". */
export function formatCentsTick(cents: number, step: number): string {
  return signed(cents, Math.min(stepDecimals(step), 2), (digits) => `${digits}¢`);
}

/** An axis tick in dollars: "$400" for whole steps, "$12.50" when the step has cents. */
export function formatDollarTick(dollars: number, step: number): string {
  return signed(dollars, stepDecimals(step) === 0 ? 0 : 2, (digits) => `$${digits}`);
}

/** An axis tick in kWh: "1,500". */
export function formatKwhTick(kwh: number, step: number): string {
  return signed(kwh, Math.min(stepDecimals(step), 2), (digits) => digits);
}

/** A usage for labels and the data table: 1000 → "1,000", 250.5 → "250.5". */
export function formatKwhValue(kwh: number): string {
  return signed(kwh, Number.isInteger(kwh) ? 0 : 1, (digits) => digits);
}

/** A price for the data table: 14.237 → "14.2¢/kWh". */
export function formatCentsValue(cents: number): string {
  return signed(cents, 1, (digits) => `${digits}¢/kWh`);
}

/** A bill for the data table: 142.376 → "$142.38". */
export function formatDollarValue(dollars: number): string {
  return signed(dollars, 2, (digits) => `$${digits}`);
}

/** Days since 1970-01-01 for a "YYYY-MM-DD" date, the x value of a price snapshot; throws on anything else. */
export function dayNumber(date: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  // NaN without a match, which no date equals.
  const [year, month, day] = [1, 2, 3].map((i) => Number(match?.[i])) as [number, number, number];
  const time = Date.UTC(year, month - 1, day);
  const parsed = new Date(time);
  if (parsed.getUTCFullYear() !== year || parsed.getUTCMonth() !== month - 1 || parsed.getUTCDate() !== day)
    throw new RangeError(`expected a date as YYYY-MM-DD, got "${date}"`);
  return time / 86_400_000;
}

/** "2026-01-10" → "Jan 10, 2026" for axis labels and the data table. */
export function formatDateLabel(date: string): string {
  const parsed = new Date(dayNumber(date) * 86_400_000);
  return `${MONTH_SHORT_NAMES[parsed.getUTCMonth()]} ${parsed.getUTCDate()}, ${parsed.getUTCFullYear()}`;
}
