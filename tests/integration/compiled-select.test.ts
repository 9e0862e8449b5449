import { and, asc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileSelect } from '~/server/db/compiled-select';
import { inReadOnlySnapshot } from '~/server/db/snapshot';
import { cities, electricityPlans, providers } from '~/server/db/schema';
import { selectPlans } from '~/server/queries/plans/plan-dto';
import { ONCOR_DUNS } from '../fixtures/plans';
import { driverNames, drivers, type TestDatabase } from '../helpers/drivers';
import { insertFixtures } from '../helpers/insert-fixtures';

// A compiled select must return exactly what Drizzle's own builder returns for the same values:
// nested objects, decoded numerics, dates and JSON, and nulls left as null.
describe.each(driverNames)('compileSelect on %s', (driver) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await drivers[driver]();
    await insertFixtures(t.handle.db, {
      cities: [{ slug: 'dallas', name: 'Dallas', tdspDuns: ONCOR_DUNS }],
    });
  });
  afterAll(() => t?.dispose());

  const plansOf = compileSelect((db) =>
    selectPlans(db)
      .where(and(eq(electricityPlans.isActive, true), eq(electricityPlans.tdspDuns, sql.placeholder('duns'))))
      .orderBy(asc(electricityPlans.rate1000Kwh), asc(electricityPlans.id)),
  );
  const drizzlePlansOf = (duns: string) =>
    selectPlans(t.handle.db)
      .where(and(eq(electricityPlans.isActive, true), eq(electricityPlans.tdspDuns, duns)))
      .orderBy(asc(electricityPlans.rate1000Kwh), asc(electricityPlans.id));

  it('returns the rows Drizzle returns, value for value, for each placeholder value', async () => {
    const compiled = await plansOf(t.handle.db, { duns: ONCOR_DUNS });
    expect(compiled.length).toBeGreaterThan(0);
    expect(compiled).toEqual(await drizzlePlansOf(ONCOR_DUNS));
    // Nulls stay null (a plan without a YRAC link, say), and nested objects are plain objects.
    expect(Object.values(compiled[0]!.plan)).toContain(null);
    expect(await plansOf(t.handle.db, { duns: '0000000000000' })).toEqual([]);
  });

  it('maps a whole table, a raw SQL field and a one-level object, as Drizzle does', async () => {
    const cityOf = compileSelect((db) =>
      db
        .select({ city: cities, upper: sql<string>`upper(${cities.name})`, slug: cities.slug })
        .from(cities)
        .where(eq(cities.slug, sql.placeholder('slug'))),
    );
    const [row] = await cityOf(t.handle.db, { slug: 'dallas' });
    const [expected] = await t.handle.db
      .select({ city: cities, upper: sql<string>`upper(${cities.name})`, slug: cities.slug })
      .from(cities)
      .where(eq(cities.slug, 'dallas'));
    expect(row).toEqual(expected);
    expect(row!.upper).toBe('DALLAS');
    expect(row!.city.createdAt).toBeInstanceOf(Date);
  });

  it('runs inside a transaction it is handed (the snapshot a page reads in)', async () => {
    const rows = await inReadOnlySnapshot(t.handle.db, (tx) => plansOf(tx, { duns: ONCOR_DUNS }));
    expect(rows).toEqual(await drizzlePlansOf(ONCOR_DUNS));
  });

  it('refuses a left join, whose null tables it would not map as Drizzle does', async () => {
    const leftJoined = compileSelect((db) =>
      db
        .select({ plan: electricityPlans.id, provider: providers.name })
        .from(electricityPlans)
        .leftJoin(providers, eq(providers.id, electricityPlans.providerId)),
    );
    await expect(leftJoined(t.handle.db, {})).rejects.toThrow(/only inner joins/);
  });
});
