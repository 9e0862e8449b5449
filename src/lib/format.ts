// Display formatting shared by pages and components: one place decides how money, prices,
// usage and dates read, so every page says "14.0¢/kWh" and "$140" the same way.

import { boundedMemo } from './bounded-memo';

// Formatters are built once: toLocaleString with options builds a new one on every call, which
// profiling showed as ~14% of a city page's CPU (dozens of calls per page).
const USD = [0, 1, 2].map(
  (d) =>
    new Intl.NumberFormat('en-US', {
      style: 'currency',
      currency: 'USD',
      minimumFractionDigits: d,
      maximumFractionDigits: d,
    }),
);
const SHORT_DATE = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
const INTEGER = new Intl.NumberFormat('en-US');

/** A $/kWh decimal (string or number) as cents per kWh: "14.0¢". */
export function cents(dollarsPerKwh: string | number | null | undefined): string {
  if (dollarsPerKwh === null || dollarsPerKwh === undefined || dollarsPerKwh === '') return '—';
  return `${(Number(dollarsPerKwh) * 100).toFixed(1)}¢`;
}

/** A cents-per-kWh number (as the cost engine returns it) as "14.0¢". */
export const centsValue = (c: number | null | undefined) => (c === null || c === undefined ? '—' : `${c.toFixed(1)}¢`);

// Formatted amounts by decimals and value: a city page formats about sixty, the same ones on every
// render of it, and Intl's format was about 1 % of an uncached page's CPU.
const formatUsd = USD.map((f) => boundedMemo((value: number) => f.format(value), 10_000));

/** Whole dollars for bills: "$140"; two decimals when asked: "$139.95". */
export function dollars(amount: number | string | null | undefined, decimals = 0): string {
  if (amount === null || amount === undefined || amount === '') return '—';
  const value = Number(amount);
  // A Map takes -0 for 0, which Intl writes as "-$0".
  if (Object.is(value, -0)) return (USD[decimals] ?? USD[0]!).format(value);
  return (formatUsd[decimals] ?? formatUsd[0]!)(value);
}

/** "1,000 kWh". */
export const kwh = (n: number) => `${INTEGER.format(n)} kWh`;

/** A YYYY-MM-DD date as "29 Jan 2026". */
export function shortDate(isoDate: string | null | undefined): string {
  if (!isoDate) return '—';
  return SHORT_DATE.format(new Date(`${isoDate.slice(0, 10)}T12:00:00Z`));
}

/** "12 months", "month to month". */
export const termText = (months: number) => (months <= 1 ? 'Month to month' : `${months} months`);

/** A plan's early-termination fee in words. */
export function etfText(fee: string | null, perMonth: boolean): string {
  if (fee === null) return 'Not stated';
  const amount = dollars(fee, Number(fee) % 1 === 0 ? 0 : 2);
  if (perMonth) return `${amount} per month left`;
  return Number(fee) === 0 ? 'None' : amount;
}
