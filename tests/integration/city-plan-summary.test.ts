import { eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cityPlanSummary, electricityPlans } from '~/server/db/schema';
import { driverNames, drivers, type TestDatabase } from '../helpers/drivers';
import { insertFixtures } from '../helpers/insert-fixtures';
import { CENTERPOINT_DUNS, ONCOR_DUNS } from '../fixtures/plans';

describe.each(driverNames)('city_plan_summary on %s', (driver) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await drivers[driver]();
    await insertFixtures(t.handle.db, {
      cities: [
        { slug: 'dallas', name: 'Dallas', tdspDuns: ONCOR_DUNS },
        { slug: 'houston', name: 'Houston', tdspDuns: CENTERPOINT_DUNS },
      ],
      planCities: { '34706': ['dallas'], '36032': ['dallas'], '619': ['houston'] },
    });
  });
  afterAll(() => t?.dispose());

  const refresh = () => t.rows(sql`select refresh_city_plan_summary()`);
  const summary = () => t.handle.db.select().from(cityPlanSummary).orderBy(cityPlanSummary.citySlug);

  it('refreshes concurrently and counts active plans per city', async () => {
    await refresh();
    const rows = await summary();
    expect(rows.map((r) => [r.citySlug, r.tdspName, Number(r.totalPlans), Number(r.providerCount), r.minRate])).toEqual(
      [
        ['dallas', 'ONCOR ELECTRIC DELIVERY COMPANY', 2, 2, '0.1100'],
        ['houston', 'CENTERPOINT ENERGY HOUSTON ELECTRIC LLC', 1, 1, '0.1500'],
      ],
    );
    expect(Number(rows[0]!.avgRate)).toBeCloseTo(0.125, 6);
  });

  it('keeps a city whose plans all went inactive, with zero plans (the seed lost it)', async () => {
    await t.handle.db.update(electricityPlans).set({ isActive: false }).where(eq(electricityPlans.externalId, '619'));
    await refresh();
    const houston = (await summary()).find((r) => r.citySlug === 'houston');
    expect(houston).toMatchObject({ totalPlans: 0, providerCount: 0, minRate: null });
    await t.handle.db
      .update(electricityPlans)
      .set({ isActive: true })
      .where(inArray(electricityPlans.externalId, ['619']));
  });

  it('serves reads while several refreshes run at once', async () => {
    const results = await Promise.allSettled([refresh(), refresh(), summary(), refresh(), summary()]);
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    expect((await summary()).map((r) => Number(r.totalPlans))).toEqual([2, 1]);
  });
});
