import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cityFilePath, readFallbackCity, readFallbackIndex } from '~/server/fallback/read-fallback';
import { buildFallback } from '~/server/sync/fallback/build-fallback';
import { runSync } from '~/server/sync/run-sync';
import { drivers, type TestDatabase } from '../helpers/drivers';
import { planFile, recordedTerritory } from '../helpers/recorded';

describe('fallback files', () => {
  let t: TestDatabase;
  let dir: string;
  let result: Awaited<ReturnType<typeof buildFallback>>;
  beforeAll(async () => {
    t = await drivers.postgres();
    await runSync(t.handle.db, { plans: planFile('jan29'), territory: recordedTerritory() });
    dir = mkdtempSync(path.join(tmpdir(), 'cmp-fallback-'));
    writeFileSync(path.join(dir, 'placeholder'), ''); // the generator must not need an empty folder
    result = await buildFallback(t.handle.db, dir);
  }, 180_000);
  afterAll(async () => {
    await t?.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes one file per active city plus the index, and no temporary files', () => {
    const files = readdirSync(path.join(dir, 'cities'));
    expect(files).toHaveLength(recordedTerritory().cities.length);
    expect(result.files).toBe(files.length + 1);
    expect(files.filter((f) => !f.endsWith('.json'))).toEqual([]);
  });

  it('every city file parses through its schema', async () => {
    const index = await readFallbackIndex(dir);
    expect(index.cities).toHaveLength(1469);
    for (const c of index.cities) {
      const file = await readFallbackCity(dir, c.slug);
      expect(file.city.slug).toBe(c.slug);
      expect(file.plans).toHaveLength(c.planCount);
    }
  });

  it('holds what a city page and a ZIP lookup need', async () => {
    const index = await readFallbackIndex(dir);
    expect(index.snapshotDate).toBe('2026-01-29');
    expect(index.zips['75201']).toBe('dallas');
    expect(index.zips['78701']).toBe('austin');
    const dallas = await readFallbackCity(dir, 'dallas');
    expect(dallas.tdsps).toEqual([
      { code: 'ONCOR', name: 'Oncor Electric Delivery', duns: '1039940674000', isPrimary: true },
    ]);
    expect(dallas.plans).toHaveLength(152);
    expect(dallas.plans.every((p) => p.tdspCode === 'ONCOR')).toBe(true);
    expect(dallas.zips.find((z) => z.zip === '75201')).toMatchObject({ tdspCodes: ['ONCOR'], isDeregulated: true });
    const austin = await readFallbackCity(dir, 'austin');
    expect(austin.zips.find((z) => z.zip === '78701')).toMatchObject({
      isDeregulated: false,
      utilityName: 'Austin Energy',
    });
  });

  it('removes files of cities that are no longer active', async () => {
    writeFileSync(cityFilePath(dir, 'atlantis'), '{}');
    const again = await buildFallback(t.handle.db, dir);
    expect(again.removed).toBe(1);
    await expect(readFallbackCity(dir, 'atlantis')).rejects.toThrow(/No saved data/);
  });

  it('rejects a corrupted file instead of serving it', async () => {
    writeFileSync(cityFilePath(dir, 'dallas'), JSON.stringify({ version: 1, city: { slug: 'dallas' } }));
    await expect(readFallbackCity(dir, 'dallas')).rejects.toThrow(/invalid/);
    await expect(readFallbackCity(dir, '../etc/passwd')).rejects.toThrow(/No city/);
  });
});
