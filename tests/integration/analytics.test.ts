import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { truncateIp } from '~/lib/ip-network';
import { EventRecorder } from '~/server/analytics/recorder';
import { insertInteractions, purgeInteractions, type NewInteraction } from '~/server/queries/analytics';
import { trackEvent } from '~/server/services/analytics';
import { driverNames, drivers, type TestDatabase } from '../helpers/drivers';

const row = (n: number, overrides: Partial<NewInteraction> = {}): NewInteraction => ({
  eventType: 'plan_view',
  eventData: { n },
  ...overrides,
});

/** A promise and the function that resolves it. */
function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

/** Lets pending promise callbacks (not timers) run. */
const settle = async () => {
  for (let i = 0; i < 10; i++) await Promise.resolve();
};

describe('EventRecorder without a database', () => {
  it('returns from record() before the write it caused has finished', async () => {
    const gate = deferred();
    const write = vi.fn((_rows: unknown[]) => gate.promise);
    const recorder = new EventRecorder({ write, flushIntervalMs: 60_000 });

    recorder.record(row(1));
    expect(write).not.toHaveBeenCalled(); // record() only queues
    expect(recorder.stats()).toEqual({ queued: 1, written: 0, dropped: 0, failedBatches: 0 });

    let flushed = false;
    const flushing = recorder.flush().then(() => (flushed = true));
    await settle();
    expect(write).toHaveBeenCalledTimes(1);
    recorder.record(row(2)); // while the database is still busy
    await settle();
    expect(flushed).toBe(false);
    expect(recorder.stats()).toEqual({ queued: 2, written: 0, dropped: 0, failedBatches: 0 });

    gate.resolve();
    await flushing;
    // The row recorded meanwhile went out in a second batch of the same flush.
    expect(write.mock.calls.map(([rows]) => rows)).toEqual([[row(1)], [row(2)]]);
    expect(recorder.stats()).toEqual({ queued: 0, written: 2, dropped: 0, failedBatches: 0 });
    await recorder.close();
    expect(write).toHaveBeenCalledTimes(2);
  });

  it('drops and counts rows beyond maxQueue, and after close()', async () => {
    const write = vi.fn(async (_rows: unknown[]) => {});
    const recorder = new EventRecorder({ write, maxQueue: 5, flushIntervalMs: 60_000 });
    for (let i = 0; i < 8; i++) recorder.record(row(i));
    expect(recorder.stats()).toEqual({ queued: 5, written: 0, dropped: 3, failedBatches: 0 });
    await recorder.close();
    recorder.record(row(9));
    expect(recorder.stats()).toEqual({ queued: 0, written: 5, dropped: 4, failedBatches: 0 });
    expect(write.mock.calls.map(([rows]) => rows.length)).toEqual([5]);
  });

  it('never throws when the writer throws or rejects, and warns once per failure streak', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    let mode: 'throw' | 'reject' | 'ok' = 'throw';
    const write = vi.fn((_rows: unknown[]) => {
      if (mode === 'throw') throw new Error('synchronous failure');
      return mode === 'reject' ? Promise.reject(new Error('database down')) : Promise.resolve();
    });
    const recorder = new EventRecorder({ write, maxBatch: 2, flushIntervalMs: 60_000 });

    for (let i = 0; i < 5; i++) recorder.record(row(i));
    await expect(recorder.flush()).resolves.toBeUndefined();
    // The failed batch is dropped; the rest waits for the next attempt instead of hammering.
    expect(recorder.stats()).toEqual({ queued: 3, written: 0, dropped: 2, failedBatches: 1 });
    mode = 'reject';
    await recorder.flush();
    expect(recorder.stats()).toEqual({ queued: 1, written: 0, dropped: 4, failedBatches: 2 });
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toContain('synchronous failure');

    mode = 'ok';
    await recorder.flush();
    expect(recorder.stats()).toEqual({ queued: 0, written: 1, dropped: 4, failedBatches: 2 });
    mode = 'reject';
    recorder.record(row(6));
    await recorder.flush();
    expect(warn).toHaveBeenCalledTimes(2); // a new streak is reported again
    expect(String(warn.mock.calls[1]?.[0])).toContain('database down');
  });

  it('on close, drops what a failing database cannot take instead of waiting on it', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const write = vi.fn((_rows: unknown[]) => Promise.reject(new Error('database down')));
    const recorder = new EventRecorder({ write, maxBatch: 2, flushIntervalMs: 60_000 });
    for (let i = 0; i < 5; i++) recorder.record(row(i));
    await expect(recorder.close()).resolves.toBeUndefined();
    expect(write).toHaveBeenCalledTimes(1);
    expect(recorder.stats()).toEqual({ queued: 0, written: 0, dropped: 5, failedBatches: 1 });
  });
});

describe.each(driverNames)('analytics on %s', (driver) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await drivers[driver]();
  });
  afterAll(() => t?.dispose());
  beforeEach(async () => {
    await t.rows(sql`DELETE FROM user_interactions`);
  });

  const count = async () => (await t.rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM user_interactions`))[0]!.n;
  const recorderFor = (options: { flushIntervalMs?: number } = {}) => {
    const batches: number[] = [];
    const recorder = new EventRecorder<NewInteraction>({
      flushIntervalMs: 60_000,
      ...options,
      async write(rows) {
        batches.push(rows.length);
        await insertInteractions(t.handle.db, rows);
      },
    });
    return { recorder, batches };
  };

  it('writes recorded events in batches of 100 on flush', async () => {
    const { recorder, batches } = recorderFor();
    for (let i = 0; i < 250; i++) recorder.record(row(i));
    expect(await count()).toBe(0); // nothing reaches the database inside record()
    await recorder.flush();
    expect(batches).toEqual([100, 100, 50]);
    expect(await count()).toBe(250);
    const [sum] = await t.rows<{ s: number }>(
      sql`SELECT sum((event_data->>'n')::int)::int AS s FROM user_interactions`,
    );
    expect(sum?.s).toBe((249 * 250) / 2);
    expect(recorder.stats()).toEqual({ queued: 0, written: 250, dropped: 0, failedBatches: 0 });
    await recorder.close();
  });

  it('flushes by itself after the interval', async () => {
    const { recorder, batches } = recorderFor({ flushIntervalMs: 20 });
    for (let i = 0; i < 3; i++) recorder.record(row(i));
    await vi.waitFor(async () => expect(await count()).toBe(3), { timeout: 5000, interval: 20 });
    expect(batches).toEqual([3]);
    await recorder.close();
  });

  it('stores the /24 of the client address, the path with known parameters, the referrer origin, no User-Agent, the hour', async () => {
    const { recorder } = recorderFor();
    // Issue 13: before, the full URL, Referer and User-Agent and the X-Forwarded-For address were kept.
    const request = new Request('http://localhost:4321/texas/dallas?zip=75201&usage=900&email=a%40b.example&x=1', {
      headers: {
        'X-Forwarded-For': '198.51.100.77',
        Referer: 'https://www.example.com/search?q=my+address',
        'User-Agent': 'Mozilla/5.0 (test)',
      },
    });
    const before = Date.now();
    trackEvent(
      request,
      { eventType: 'zip_lookup', eventData: { source: 'hero' }, zipCode: '75201', citySlug: 'dallas' },
      { recorder, clientAddress: '203.0.113.77' },
    );
    await recorder.flush();

    const rows = await t.rows(sql`
      SELECT event_type, event_data, page_url, referrer_url, user_agent, ip_address::text AS ip,
             zip_code, city_slug, session_id, user_id,
             extract(epoch FROM created_at)::int AS at
      FROM user_interactions`);
    const hour = Math.floor(before / 3_600_000) * 3_600;
    const at = (rows[0] as { at: number }).at;
    expect(at % 3_600).toBe(0); // truncated to the hour
    expect([hour, hour + 3_600]).toContain(at);
    expect(rows).toEqual([
      {
        event_type: 'zip_lookup',
        event_data: { source: 'hero' },
        page_url: '/texas/dallas?usage=900&zip=75201',
        referrer_url: 'https://www.example.com',
        user_agent: null,
        ip: '203.0.113.0/24',
        zip_code: '75201',
        city_slug: 'dallas',
        session_id: null,
        user_id: null,
        at,
      },
    ]);
    const matching = async (pattern: string) =>
      (
        await t.rows<{ n: number }>(
          sql`SELECT count(*)::int AS n FROM user_interactions u WHERE u::text LIKE ${pattern}`,
        )
      )[0]!.n;
    expect(await matching('%203.0.113.0/24%')).toBe(1); // the probe does see the stored network...
    expect(await matching('%203.0.113.77%')).toBe(0); // ...and no column holds the address,
    expect(await matching('%198.51.100%')).toBe(0); // a header a client can forge,
    expect(await matching('%email%')).toBe(0); // a query value nothing reads,
    expect(await matching('%my+address%')).toBe(0); // the referrer's search,
    expect(await matching('%Mozilla%')).toBe(0); // or the User-Agent.
  });

  it('ignores forwarded headers (only the resolved client address counts), and stores IPv6 as its /48', async () => {
    const { recorder } = recorderFor();
    const at = 'http://localhost/';
    trackEvent(
      new Request(at, { headers: { 'X-Real-IP': '198.51.100.20' } }),
      { eventType: 'filter' },
      { recorder, clientAddress: '2001:db8:85a3::8a2e:370:7334' },
    );
    trackEvent(
      new Request(at, { headers: { 'X-Forwarded-For': '198.51.100.21' } }),
      { eventType: 'comparison' },
      { recorder, clientAddress: '::ffff:192.0.2.9' },
    );
    trackEvent(
      new Request(at, { headers: { 'X-Forwarded-For': '198.51.100.22' } }),
      { eventType: 'plan_view' },
      { recorder },
    );
    await recorder.flush();
    const rows = await t.rows(sql`SELECT event_type, ip_address::text AS ip FROM user_interactions ORDER BY id`);
    expect(rows).toEqual([
      { event_type: 'filter', ip: '2001:db8:85a3::/48' },
      { event_type: 'comparison', ip: '192.0.2.0/24' },
      { event_type: 'plan_view', ip: null },
    ]);
  });

  it('truncates every address form to a network the CHECK admits, spelled as PostgreSQL spells it', async () => {
    const inputs = [
      '8.8.4.4',
      '::1',
      '2001:0:0:1::1',
      '0:db8:1::5',
      'fe80::1%eth0',
      '[2001:db8::1]:443',
      '::ffff:cb00:714d',
    ];
    const networks = inputs.map((ip) => truncateIp(ip));
    await insertInteractions(
      t.handle.db,
      networks.map((ipAddress, n) => row(n, { ipAddress })),
    );
    const stored = await t.rows<{ ip: string }>(sql`SELECT ip_address::text AS ip FROM user_interactions ORDER BY id`);
    expect(stored.map((r) => r.ip)).toEqual(networks);
    expect(networks).not.toContain(null);
  });

  it('stores nothing for a shopper who sent DNT or Sec-GPC', async () => {
    const { recorder } = recorderFor();
    const headers = { 'X-Forwarded-For': '203.0.113.77' };
    trackEvent(
      new Request('http://localhost/', { headers: { ...headers, DNT: '1' } }),
      { eventType: 'plan_view' },
      { recorder },
    );
    trackEvent(
      new Request('http://localhost/', { headers: { ...headers, 'Sec-GPC': '1' } }),
      { eventType: 'plan_view' },
      {
        recorder,
      },
    );
    await recorder.flush();
    expect(recorder.stats()).toEqual({ queued: 0, written: 0, dropped: 0, failedBatches: 0 });
    expect(await count()).toBe(0);

    trackEvent(new Request('http://localhost/', { headers }), { eventType: 'plan_view' }, { recorder });
    await recorder.flush();
    expect(await count()).toBe(1); // the same request without the opt-out is recorded
  });

  it('ignores an invalid event without throwing', async () => {
    const { recorder } = recorderFor();
    const request = new Request('http://localhost/');
    expect(() => trackEvent(request, { eventType: 'plan_view', zipCode: 'abcde' }, { recorder })).not.toThrow();
    expect(() => trackEvent(request, { eventType: 'nonsense' as never }, { recorder })).not.toThrow();
    expect(() =>
      trackEvent(request, { eventType: 'filter', eventData: { blob: 'x'.repeat(5000) } }, { recorder }),
    ).not.toThrow();
    trackEvent(request, { eventType: 'filter', eventData: { term: 12 } }, { recorder });
    await recorder.flush();
    expect(await t.rows(sql`SELECT event_type, event_data FROM user_interactions`)).toEqual([
      { event_type: 'filter', event_data: { term: 12 } },
    ]);
  });

  it('counts a batch the database refuses as failed, without throwing, and keeps going', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { recorder } = recorderFor();
    // A raw address reaching the database (a bug elsewhere) is refused by its CHECK.
    recorder.record(row(1, { ipAddress: '203.0.113.77' }));
    await expect(recorder.flush()).resolves.toBeUndefined();
    expect(recorder.stats()).toEqual({ queued: 0, written: 0, dropped: 1, failedBatches: 1 });
    expect(warn).toHaveBeenCalledTimes(1);
    const message = String(warn.mock.calls[0]?.[0]);
    expect(message).toContain('user_interactions_ip_truncated_check');
    expect(message).not.toContain('203.0.113.77'); // the log does not leak the rows either

    recorder.record(row(2, { ipAddress: '203.0.113.0/24' }));
    await recorder.flush();
    expect(recorder.stats()).toMatchObject({ written: 1, failedBatches: 1 });
    expect(await count()).toBe(1);
  });

  it('purges rows older than the retention, and keeps the rest', async () => {
    const now = new Date('2026-12-01T12:00:00Z');
    const day = 86_400_000;
    await insertInteractions(t.handle.db, [
      row(1, { createdAt: new Date(now.getTime() - 91 * day) }),
      row(2, { createdAt: new Date(now.getTime() - 89 * day) }),
      row(3, { createdAt: now }),
    ]);
    expect(await purgeInteractions(t.handle.db, 90, now)).toBe(1);
    const left = await t.rows<{ n: number }>(sql`SELECT count(*)::int AS n FROM user_interactions`);
    expect(left[0]!.n).toBe(2);
    expect(await purgeInteractions(t.handle.db, 90, now)).toBe(0);
  });

  it('survives writing to a closed database', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const closed = await drivers[driver]();
    await closed.dispose();
    const recorder = new EventRecorder<NewInteraction>({ write: (rows) => insertInteractions(closed.handle.db, rows) });
    expect(() => recorder.record(row(1))).not.toThrow();
    await expect(recorder.close()).resolves.toBeUndefined();
    expect(recorder.stats()).toEqual({ queued: 0, written: 0, dropped: 1, failedBatches: 1 });
  });
});
