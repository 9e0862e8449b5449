import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { electricityPlans, planFeatures } from '~/server/db/schema';
import { getPlansByIds, listActivePlansForTdsps } from '~/server/queries/plans';
import { driverNames, drivers, type TestDatabase } from '../helpers/drivers';
import { insertFixtures } from '../helpers/insert-fixtures';
import { ONCOR_DUNS } from '../fixtures/plans';

describe.each(driverNames)('plan queries on %s', (driver) => {
  let t: TestDatabase;
  let withFeatures: string;
  beforeAll(async () => {
    t = await drivers[driver]();
    await insertFixtures(t.handle.db);
    const [plan] = await t.handle.db
      .select({ id: electricityPlans.id })
      .from(electricityPlans)
      .where(eq(electricityPlans.externalId, '34706'));
    withFeatures = plan!.id;
    // Inserted out of display order, one value null: the read must order them and keep the null.
    await t.handle.db.insert(planFeatures).values([
      {
        planId: withFeatures,
        featureType: 'deposit',
        featureName: 'no_deposit',
        displayName: 'No deposit',
        displayOrder: 2,
      },
      {
        planId: withFeatures,
        featureType: 'green',
        featureName: 'renewable',
        featureValue: '100',
        displayName: null,
        displayOrder: 1,
      },
    ]);
  });
  afterAll(() => t?.dispose());

  const expected = [
    { type: 'green', name: 'renewable', value: '100', label: null },
    { type: 'deposit', name: 'no_deposit', value: null, label: 'No deposit' },
  ];

  it('reads each plan with its features in display order, and [] for a plan without any', async () => {
    const plans = await listActivePlansForTdsps(t.handle.db, [ONCOR_DUNS]);
    expect(plans.map((p) => p.externalId).sort()).toEqual(['34706', '36032']);
    expect(plans.find((p) => p.id === withFeatures)!.features).toEqual(expected);
    expect(plans.find((p) => p.id !== withFeatures)!.features).toEqual([]);
  });

  it('reads plans by id with the same features', async () => {
    const [plan] = await getPlansByIds(t.handle.db, [withFeatures]);
    expect(plan!.features).toEqual(expected);
    expect(plan!.provider.name).toBeTruthy();
  });
});
