import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { savedCity, savedIndex, savedUtilityPlans } from '~/server/fallback/saved-data';
import { cityPath, currentSet, readSavedCity } from '~/server/fallback/saved-files';
import { buildFallback } from '~/server/sync/saved/build-saved-files';
import { runSync } from '~/server/sync/run-sync';
import { drivers, type TestDatabase } from '../helpers/drivers';
import { planFile, recordedTerritory } from '../helpers/recorded';

describe('saved files', () => {
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

  it('writes one set: a file per active city, a plan file per utility and the index, named by current.json', async () => {
    const { setDir } = await currentSet(dir);
    expect(path.basename(setDir)).toBe(result.set);
    const cities = readdirSync(path.join(setDir, 'cities'));
    const plans = readdirSync(path.join(setDir, 'plans'));
    expect(cities).toHaveLength(recordedTerritory().cities.length);
    expect(plans.sort()).toEqual([
      'AEP_CENTRAL.json',
      'AEP_NORTH.json',
      'CENTERPOINT.json',
      'LPL.json',
      'ONCOR.json',
      'TNMP.json',
    ]);
    expect(result.files).toBe(cities.length + plans.length + 1);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp') || f.startsWith('.staging'))).toEqual([]);
  });

  it('writes each plan once, so every city fits in a few megabytes', () => {
    expect(result.bytes).toBeLessThan(15_000_000);
  });

  it('every city file parses through its schema, and its utilities’ plans add up to its count', async () => {
    const index = await savedIndex(dir);
    expect(index.cities).toHaveLength(1469);
    for (const c of index.cities) {
      const file = await savedCity(c.slug, dir);
      expect(file.city.slug).toBe(c.slug);
      const plans = await Promise.all(file.plans.map((p) => savedUtilityPlans(p.utility, dir)));
      expect(plans.reduce((n, list) => n + list.length, 0)).toBe(c.planCount);
    }
  });

  it('holds what a city page and a ZIP lookup need, with who serves each place', async () => {
    const index = await savedIndex(dir);
    expect(index.snapshotDate).toBe('2026-01-29');
    expect(index.zips['75201']).toBe('dallas');
    expect(index.zips['78701']).toBe('austin');
    const dallas = await savedCity('dallas', dir);
    expect(dallas.tdsps).toEqual([
      { code: 'ONCOR', name: 'Oncor Electric Delivery', duns: '1039940674000', isPrimary: true },
    ]);
    expect(dallas.plans).toEqual([{ utility: 'ONCOR', count: 152 }]);
    const oncor = await savedUtilityPlans('ONCOR', dir);
    expect(oncor.every((p) => p.tdspCode === 'ONCOR')).toBe(true);
    expect(dallas.zips.find((z) => z.zip === '75201')).toMatchObject({ tdspCodes: ['ONCOR'], status: 'choice' });
    const austin = await savedCity('austin', dir);
    expect(austin.zips.find((z) => z.zip === '78701')).toMatchObject({
      isDeregulated: false,
      utilityName: 'Austin Energy',
      status: 'no-choice',
    });
    const garland = await savedCity('garland', dir);
    expect(garland.city).toMatchObject({ status: 'mixed', utilityName: 'City of Garland utility' });
  });

  it('replaces the whole set on the next generation, keeping the previous one for readers in flight', async () => {
    const first = result.set;
    const second = await buildFallback(t.handle.db, dir);
    const third = await buildFallback(t.handle.db, dir);
    const sets = readdirSync(dir).filter((f) => f.startsWith('set-'));
    expect(sets.sort()).toEqual([second.set, third.set].sort());
    expect(sets).not.toContain(first);
    expect(JSON.parse(readFileSync(path.join(dir, 'current.json'), 'utf8')).set).toBe(third.set);
  });

  it('rejects a corrupted file instead of serving it, and a path that is not a slug', async () => {
    const { setDir } = await currentSet(dir);
    writeFileSync(cityPath(setDir, 'dallas'), JSON.stringify({ version: 1, city: { slug: 'dallas' } }));
    await expect(readSavedCity(setDir, 'dallas')).rejects.toThrow(/invalid/);
    await expect(readSavedCity(setDir, '../etc/passwd')).rejects.toThrow(/No city/);
  });
});
