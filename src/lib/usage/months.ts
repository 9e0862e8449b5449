// Calendar months for the year estimate. Months are numbered 0–11 (January = 0), as Date does,
// and a year estimate always covers the twelve months that start with the month you sign up.
import { assertCalendarMonth, CostInputError } from '~/lib/cost/errors';

/** English short names, January first, for axis labels and tables (free of Intl, like the rest of the labels). */
export const MONTH_SHORT_NAMES = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
] as const;

/** A calendar month, 0 (January) to 11 (December). */
export type CalendarMonth = number;

/** The twelve calendar months of the year that starts at `startMonth`: 3 → [3, 4, …, 11, 0, 1, 2]. */
export function monthWindow(startMonth: CalendarMonth): CalendarMonth[] {
  const start = assertCalendarMonth(startMonth);
  return Array.from({ length: 12 }, (_, i) => (start + i) % 12);
}

// Built once: constructing an Intl formatter costs far more than using it.
let texasMonthFormat: Intl.DateTimeFormat | undefined;
// Using it still costs microseconds, and every page-cache hit asks (its key holds the month). Texas
// has been on whole-hour offsets from UTC since 1883, so its months turn over on a UTC hour: the
// answer for one UTC hour holds for all of it.
const HOUR_MS = 3_600_000;
const WHOLE_HOUR_OFFSETS_SINCE = Date.UTC(1884, 0, 1);
let lastHour = Number.NaN;
let lastMonth: CalendarMonth = 0;

/**
 * The calendar month (0–11) it is in Texas at `now`. Shoppers sign up in Texas time, so at 11 pm
 * on January 31 in Dallas the next twelve months start with January, whatever the server's zone.
 */
export function texasMonth(now: Date): CalendarMonth {
  if (!(now instanceof Date) || Number.isNaN(now.getTime()))
    throw new CostInputError(`expected a valid Date, got ${String(now)}`);
  const ms = now.getTime();
  const hour = Math.floor(ms / HOUR_MS);
  if (hour === lastHour) return lastMonth;
  texasMonthFormat ??= new Intl.DateTimeFormat('en-US', { timeZone: 'America/Chicago', month: 'numeric' });
  const month = Number(texasMonthFormat.format(now)) - 1;
  if (ms >= WHOLE_HOUR_OFFSETS_SINCE) [lastHour, lastMonth] = [hour, month];
  return month;
}
