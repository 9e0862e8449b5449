import { texasTimeToInstant, texasWallAsUtc } from '~/lib/texas-time';
import type { SyncSchedule } from '~/server/core/sync-settings';

/**
 * When a schedule next fires after `now`: an interval from now, or the next occurrence of the
 * daily Texas time (today's if still ahead, else tomorrow's), across daylight-saving changes.
 */
export function nextRunAt(schedule: SyncSchedule, now: Date): Date {
  if (schedule.kind === 'interval') return new Date(now.getTime() + schedule.ms);
  const today = new Date(texasWallAsUtc(now.getTime()));
  for (let add = 0; add <= 2; add++) {
    const at = texasTimeToInstant(
      today.getUTCFullYear(),
      today.getUTCMonth() + 1,
      today.getUTCDate() + add,
      schedule.hour,
      schedule.minute,
    );
    if (at.getTime() > now.getTime()) return at;
  }
  throw new Error('unreachable: a daily time always occurs within two days');
}
