import type { SyncSchedule } from '~/server/core/sync-settings';
import { nextRunAt } from './next-run';

/** A running schedule: when it fires next, and how to stop it (waiting for a run in progress). */
export interface ScheduleHandle {
  nextAt(): Date | null;
  stop(): Promise<void>;
}

/**
 * Runs `job` on a schedule inside this process. Runs never overlap here: the next one is
 * timed when the last has finished. Across processes the sync's database lock keeps two
 * instances from importing at once. The timer does not keep the process alive by itself.
 */
export function startSchedule(
  schedule: SyncSchedule,
  job: () => Promise<unknown>,
  opts: { now?: () => Date; onError?: (error: unknown) => void } = {},
): ScheduleHandle {
  const now = opts.now ?? (() => new Date());
  let timer: NodeJS.Timeout | undefined;
  let next: Date | null = null;
  let running: Promise<void> | undefined;
  let stopped = false;

  const arm = () => {
    if (stopped) return;
    next = nextRunAt(schedule, now());
    timer = setTimeout(fire, Math.max(0, next.getTime() - now().getTime()));
    timer.unref();
  };
  const fire = () => {
    next = null;
    running = job()
      .then(
        () => undefined,
        (error: unknown) => opts.onError?.(error),
      )
      .finally(() => {
        running = undefined;
        arm();
      });
  };
  arm();
  return {
    nextAt: () => next,
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
