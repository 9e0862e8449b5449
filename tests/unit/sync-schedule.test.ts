import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseConfig } from '~/server/core/config';
import { nextRunAt } from '~/server/sync/schedule/next-run';
import { startSchedule } from '~/server/sync/schedule/start-schedule';

const schedule = (value: string) => parseConfig({ SYNC_SCHEDULE: value }).sync.schedule!;
const at = (iso: string) => new Date(iso);

describe('when a daily Texas-time schedule fires next', () => {
  it('later today when the time is still ahead, else tomorrow (CST, UTC−6)', () => {
    expect(nextRunAt(schedule('daily@05:00'), at('2026-12-01T10:00:00Z')).toISOString()).toBe(
      '2026-12-01T11:00:00.000Z',
    );
    expect(nextRunAt(schedule('daily@05:00'), at('2026-12-01T11:00:00Z')).toISOString()).toBe(
      '2026-12-02T11:00:00.000Z',
    );
    // 23:30 on 1 Dec in Texas is already 2 Dec in UTC.
    expect(nextRunAt(schedule('daily@05:00'), at('2026-12-02T05:30:00Z')).toISOString()).toBe(
      '2026-12-02T11:00:00.000Z',
    );
  });

  it('follows daylight saving time (CDT, UTC−5) and its changes', () => {
    expect(nextRunAt(schedule('daily@05:00'), at('2026-07-01T12:00:00Z')).toISOString()).toBe(
      '2026-07-02T10:00:00.000Z',
    );
    // 8 Mar 2026: clocks go from 02:00 CST to 03:00 CDT.
    expect(nextRunAt(schedule('daily@05:00'), at('2026-03-07T12:00:00Z')).toISOString()).toBe(
      '2026-03-08T10:00:00.000Z',
    );
    // 02:30 does not exist that night: the run happens right after the gap, at 03:30 CDT.
    expect(nextRunAt(schedule('daily@02:30'), at('2026-03-08T06:00:00Z')).toISOString()).toBe(
      '2026-03-08T08:30:00.000Z',
    );
    // 1 Nov 2026: back from 02:00 CDT to 01:00 CST.
    expect(nextRunAt(schedule('daily@05:00'), at('2026-10-31T12:00:00Z')).toISOString()).toBe(
      '2026-11-01T11:00:00.000Z',
    );
  });

  it('an interval counts from now', () => {
    expect(nextRunAt(schedule('every:30m'), at('2026-12-01T10:00:00Z')).toISOString()).toBe('2026-12-01T10:30:00.000Z');
  });
});

describe('a running schedule', () => {
  afterEach(() => vi.useRealTimers());

  it('runs the job at each time, never two at once, and stops cleanly after a run in progress', async () => {
    vi.useFakeTimers({ now: at('2026-12-01T10:59:00Z') });
    let running = 0;
    let overlapped = false;
    let finish: () => void = () => {};
    const runs: string[] = [];
    const handle = startSchedule(schedule('daily@05:00'), async () => {
      running++;
      overlapped ||= running > 1;
      runs.push(new Date().toISOString());
      await new Promise<void>((resolve) => (finish = resolve));
      running--;
    });
    expect(handle.nextAt()?.toISOString()).toBe('2026-12-01T11:00:00.000Z');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(runs).toEqual(['2026-12-01T11:00:00.000Z']);
    expect(handle.nextAt()).toBeNull(); // no next time is set while a run is in progress
    await vi.advanceTimersByTimeAsync(2 * 86_400_000);
    expect(runs).toHaveLength(1);
    finish();
    await vi.advanceTimersByTimeAsync(0);
    expect(handle.nextAt()?.toISOString()).toBe('2026-12-04T11:00:00.000Z');
    await vi.advanceTimersByTimeAsync(86_400_000); // into 4 Dec: the second run starts
    expect(runs).toHaveLength(2);
    let stopped = false;
    const stopping = handle.stop().then(() => (stopped = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(stopped).toBe(false); // stop waits for the run in progress
    finish();
    await stopping;
    await vi.advanceTimersByTimeAsync(5 * 86_400_000);
    expect(runs).toHaveLength(2);
    expect(overlapped).toBe(false);
  });

  it('reports a job that throws and carries on', async () => {
    vi.useFakeTimers({ now: at('2026-12-01T10:00:00Z') });
    const errors: unknown[] = [];
    let calls = 0;
    const handle = startSchedule(
      schedule('every:1m'),
      async () => {
        calls++;
        throw new Error('boom');
      },
      { onError: (e) => errors.push(e) },
    );
    await vi.advanceTimersByTimeAsync(2 * 60_000);
    await handle.stop();
    expect(calls).toBe(2);
    expect(errors.map(String)).toEqual(['Error: boom', 'Error: boom']);
  });
});
