// Texas wall-clock time (America/Chicago, CST/CDT), in pure functions: the daily sync's hour
// and the age of an export date are both stated in it.

const TEXAS = 'America/Chicago';
const parts = new Intl.DateTimeFormat('en-US', {
  timeZone: TEXAS,
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
});

/** A Texas wall-clock reading of an instant, expressed as if it were UTC (for offset arithmetic). */
export function texasWallAsUtc(ms: number): number {
  const p = Object.fromEntries(parts.formatToParts(ms).map((x) => [x.type, Number(x.value)]));
  return Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!);
}

/** The instant a Texas wall-clock time occurs (after a DST gap, the first valid time after it). */
export function texasTimeToInstant(year: number, month: number, day: number, hour: number, minute: number): Date {
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  const first = wall - (texasWallAsUtc(wall) - wall);
  const second = wall - (texasWallAsUtc(first) - first); // again, with the offset in force at the answer
  if (texasWallAsUtc(second) === wall) return new Date(second);
  if (texasWallAsUtc(first) === wall) return new Date(first);
  return new Date(Math.max(first, second)); // the time does not exist that day (spring forward)
}

/** Midnight in Texas at the start of a YYYY-MM-DD date. */
export function texasMidnight(date: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return texasTimeToInstant(y, m, d, 0, 0);
}
