import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getHealth } from '~/server/services/health';
import { ImportRefusedError } from '~/server/sync/errors';
import { runSync } from '~/server/sync/run-sync';
import { drivers, type TestDatabase } from '../helpers/drivers';
import { planFile, recordedTerritory } from '../helpers/recorded';

describe('/api/health and the age of the data', () => {
  let t: TestDatabase;
  const health = (now: string) => getHealth(undefined, { open: async () => t.handle, now: new Date(now) });
  beforeAll(async () => {
    t = await drivers.postgres();
  });
  afterAll(() => t?.dispose());

  it('is ok with no freshness before any import (nothing to be stale yet)', async () => {
    const report = await health('2026-12-01T12:00:00Z');
    expect(report.status).toBe('ok');
    expect(report.data).toMatchObject({ freshness: null, lastAttempt: null });
  });

  it('measures the age from the start of the export date in Texas, and is degraded (200) past 36 hours', async () => {
    await runSync(t.handle.db, { plans: planFile('jan28'), territory: recordedTerritory() });
    // Midnight on 28 Jan in Texas is 06:00 UTC.
    const fresh = await health('2026-01-29T11:00:00Z');
    expect(fresh.status).toBe('ok');
    expect(fresh.data.freshness).toEqual({ exportDate: '2026-01-28', ageHours: 29, staleAfterHours: 36, stale: false });
    const missedADay = await health('2026-01-29T18:30:00Z');
    expect(missedADay.status).toBe('degraded');
    expect(missedADay.data.freshness).toMatchObject({ ageHours: 36.5, stale: true });
    expect(missedADay.database.reachable).toBe(true);
  }, 180_000);

  it('stays stale after a refused import, saying only that it was refused', async () => {
    const damaged = { ...planFile('jan29'), text: planFile('jan29').text.split('\r\n').slice(0, 30).join('\r\n') };
    await expect(runSync(t.handle.db, { plans: damaged })).rejects.toBeInstanceOf(ImportRefusedError);
    const report = await health('2026-12-01T12:00:00Z');
    expect(report.status).toBe('degraded');
    expect(report.data.freshness).toMatchObject({ exportDate: '2026-01-28', stale: true });
    expect(report.data.lastAttempt).toEqual({
      status: 'refused',
      exportDate: '2026-01-29',
      finishedAt: expect.any(String),
    });
    expect(JSON.stringify(report)).not.toContain('deactivate');
  });

  it('is fresh again after the next good import; a territory-only run does not count as one', async () => {
    await runSync(t.handle.db, { territory: recordedTerritory() });
    expect((await health('2026-01-30T12:00:00Z')).data.freshness?.exportDate).toBe('2026-01-28');
    await runSync(t.handle.db, { plans: planFile('jan29') });
    const report = await health('2026-01-30T12:00:00Z');
    expect(report.status).toBe('ok');
    expect(report.data.freshness).toMatchObject({ exportDate: '2026-01-29', ageHours: 30, stale: false });
    expect(report.data.lastAttempt?.status).toBe('succeeded');
  }, 180_000);
});
