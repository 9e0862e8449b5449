import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { savedIndex } from '~/server/fallback/saved-data';
import { buildFallback } from '~/server/sync/saved/build-saved-files';
import { comparePlans, getPlanDetails, listCityPlans } from '~/server/services/plans';
import { lookupZip } from '~/server/services/zip';
import { seededDatabase } from '../helpers/seeded';

// The saved files are the site's answer when the database is out, so for the same data every
// city page, ZIP lookup and plan answer must be what the database gives, notice and provenance aside.
const NOW = new Date('2026-12-15T18:00:00Z');
let db: Awaited<ReturnType<typeof seededDatabase>>;
let dir: string;

beforeAll(async () => {
  db = await seededDatabase(['jan29']);
  dir = mkdtempSync(path.join(tmpdir(), 'cmp-saved-live-'));
  await buildFallback(db.handle.db, dir);
}, 180_000);
afterAll(async () => {
  await db?.handle.close();
  await db?.drop();
  rmSync(dir, { recursive: true, force: true });
});

const saved = () => ({ savedOnly: true, savedDir: dir });
const withoutOrigin = <T extends { provenance: unknown; saved: unknown }>({ provenance: _p, saved: _s, ...rest }: T) =>
  rest;
// Market memory comes from price history, which the saved files do not carry.
type CityAnswer = Awaited<ReturnType<typeof listCityPlans>>;
const withoutMemory = ({ market: _m, plans, ...rest }: ReturnType<typeof withoutOrigin<CityAnswer>>) => ({
  ...rest,
  plans: plans.map(({ marks: _k, ...plan }) => plan),
});

describe('answers from the saved files', () => {
  it('are the live answers for every city page, at the default settings and at 1,500 kWh a month', async () => {
    const { cities } = await savedIndex(dir);
    expect(cities.length).toBe(1469);
    for (const { slug } of cities) {
      for (const input of [
        { citySlug: slug, now: NOW },
        { citySlug: slug, now: NOW, usage: { averageKwh: 1500, months: null } },
      ]) {
        const fromDb = await listCityPlans(input, { db: db.handle.db });
        const fromFiles = await listCityPlans(input, saved());
        expect(fromFiles.saved, slug).not.toBeNull();
        expect(withoutMemory(withoutOrigin(fromFiles)), slug).toEqual(withoutMemory(withoutOrigin(fromDb)));
        expect(fromFiles.market, slug).toBeNull();
        expect(
          fromFiles.plans.filter((p) => p.marks !== null),
          slug,
        ).toEqual([]);
      }
    }
  }, 300_000);

  it('are the live answers for every ZIP lookup', async () => {
    const { zips } = await savedIndex(dir);
    for (const zip of Object.keys(zips)) {
      const fromDb = await lookupZip(zip, { db: db.handle.db });
      const fromFiles = await lookupZip(zip, saved());
      expect(fromFiles.result, zip).toEqual(fromDb.result);
    }
  }, 300_000);

  it('are the live answers for plan pages (but history and market memory) and comparisons', async () => {
    const { plans } = await savedIndex(dir);
    const ids = Object.keys(plans).slice(0, 40);
    for (const id of ids) {
      const {
        history: _h,
        historyAvailable: _a,
        memory: _m,
        cities: liveCities,
        ...fromDb
      } = withoutOrigin(await getPlanDetails({ id, now: NOW }, { db: db.handle.db }));
      const { history, historyAvailable, memory, cities, ...fromFiles } = withoutOrigin(
        await getPlanDetails({ id, now: NOW }, saved()),
      );
      expect(fromFiles, id).toEqual(fromDb);
      expect([history, historyAvailable, memory]).toEqual([[], false, null]);
      expect(cities.largest).toEqual(liveCities.largest);
    }
    const pair = { ids: ids.slice(0, 2), now: NOW };
    expect(withoutOrigin(await comparePlans(pair, saved()))).toEqual(
      withoutOrigin(await comparePlans(pair, { db: db.handle.db })),
    );
  }, 120_000);
});
