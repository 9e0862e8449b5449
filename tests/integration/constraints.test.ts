import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newObjectId } from '~/lib/object-id';
import {
  cities,
  dataSyncRuns,
  electricityPlans,
  planFeatures,
  planPricingHistory,
  userInteractions,
  zipCodeMappings,
} from '~/server/db/schema';
import { driverNames, drivers, sqlState, type TestDatabase } from '../helpers/drivers';
import { insertFixtures } from '../helpers/insert-fixtures';

const CHECK_VIOLATION = '23514';
const FOREIGN_KEY_VIOLATION = '23503';
const UNIQUE_VIOLATION = '23505';

/** Runs the statement and returns the SQLSTATE it failed with (undefined when it passed). */
const failureOf = async (statement: Promise<unknown>) =>
  statement.then(
    () => undefined,
    (error: unknown) => sqlState(error) ?? `non-SQL error: ${String(error)}`,
  );

describe.each(driverNames)('constraints on %s', (driver) => {
  let t: TestDatabase;
  let plan: { id: string; providerId: number; tdspDuns: string };
  beforeAll(async () => {
    t = await drivers[driver]();
    const { plans } = await insertFixtures(t.handle.db);
    plan = plans[0]!;
  });
  afterAll(() => t?.dispose());

  const planRow = (overrides: Record<string, unknown>) => ({
    id: newObjectId(),
    externalId: `test-${Math.random()}`,
    providerId: plan.providerId,
    tdspDuns: plan.tdspDuns,
    name: 'constraint probe',
    termMonths: 12,
    rateType: 'fixed' as const,
    rate1000Kwh: '0.1400',
    ...overrides,
  });

  it('rejects a rate_type outside fixed, variable, indexed', async () => {
    expect(await failureOf(t.handle.db.insert(electricityPlans).values(planRow({ rateType: 'teaser' as never })))).toBe(
      CHECK_VIOLATION,
    );
    expect(
      await failureOf(t.handle.db.insert(electricityPlans).values(planRow({ rateType: 'indexed' }))),
    ).toBeUndefined();
  });

  it('rejects a plan whose provider or utility does not exist', async () => {
    expect(await failureOf(t.handle.db.insert(electricityPlans).values(planRow({ providerId: 999_999 })))).toBe(
      FOREIGN_KEY_VIOLATION,
    );
    expect(await failureOf(t.handle.db.insert(electricityPlans).values(planRow({ tdspDuns: '000000000' })))).toBe(
      FOREIGN_KEY_VIOLATION,
    );
  });

  it('rejects a second price snapshot for the same plan and date', async () => {
    const snapshot = { planId: plan.id, snapshotDate: '2026-01-10', rate1000Kwh: '0.1400' };
    expect(await failureOf(t.handle.db.insert(planPricingHistory).values(snapshot))).toBeUndefined();
    expect(await failureOf(t.handle.db.insert(planPricingHistory).values(snapshot))).toBe(UNIQUE_VIOLATION);
    expect(
      await failureOf(t.handle.db.insert(planPricingHistory).values({ ...snapshot, snapshotDate: '2026-01-29' })),
    ).toBeUndefined();
  });

  it('rejects history and features for a plan that does not exist', async () => {
    const ghost = newObjectId();
    expect(
      await failureOf(t.handle.db.insert(planPricingHistory).values({ planId: ghost, snapshotDate: '2026-01-10' })),
    ).toBe(FOREIGN_KEY_VIOLATION);
    expect(
      await failureOf(
        t.handle.db.insert(planFeatures).values({ planId: ghost, featureType: 'billing', featureName: 'prepaid' }),
      ),
    ).toBe(FOREIGN_KEY_VIOLATION);
  });

  it('rejects a duplicate (plan, feature type, feature name)', async () => {
    const feature = { planId: plan.id, featureType: 'energy', featureName: 'renewable_100' };
    expect(await failureOf(t.handle.db.insert(planFeatures).values(feature))).toBeUndefined();
    expect(await failureOf(t.handle.db.insert(planFeatures).values(feature))).toBe(UNIQUE_VIOLATION);
  });

  it('rejects a second active plan with the same external id, but lets an ended plan keep it', async () => {
    const [existing] = await t.handle.db.select().from(electricityPlans).where(eq(electricityPlans.id, plan.id));
    expect(
      await failureOf(t.handle.db.insert(electricityPlans).values(planRow({ externalId: existing!.externalId }))),
    ).toBe(UNIQUE_VIOLATION);
    // Power to Choose reused the id for another product: the old plan ended, a new one carries it.
    expect(
      await failureOf(
        t.handle.db.insert(electricityPlans).values(planRow({ externalId: existing!.externalId, isActive: false })),
      ),
    ).toBeUndefined();
  });

  it('admits a sync run refused or skipped, and no other status', async () => {
    const run = (status: string) =>
      t.handle.db.insert(dataSyncRuns).values({ source: 'probe', snapshotDate: '2026-01-29', status: status as never });
    expect(await failureOf(run('refused'))).toBeUndefined();
    expect(await failureOf(run('skipped'))).toBeUndefined();
    expect(await failureOf(run('ignored'))).toBe(CHECK_VIOLATION);
  });

  it('stores truncated client networks but refuses a raw IP address', async () => {
    const event = (ip: string) =>
      t.handle.db.insert(userInteractions).values({ eventType: 'zip_lookup', ipAddress: ip });
    expect(await failureOf(event('203.0.113.0/24'))).toBeUndefined();
    expect(await failureOf(event('2001:db8:1234::/48'))).toBeUndefined();
    expect(await failureOf(event('203.0.113.7'))).toBe(CHECK_VIOLATION);
    expect(await failureOf(event('203.0.113.7/24'))).toBe(CHECK_VIOLATION);
    expect(await failureOf(event('2001:db8:1234:5678::1'))).toBe(CHECK_VIOLATION);
  });

  it('rejects a choice status other than choice, mixed, no-choice, and utilities that are not a list', async () => {
    const city = (slug: string, o: Partial<typeof cities.$inferInsert>) =>
      t.handle.db.insert(cities).values({ name: 'Choice probe', slug, ...o });
    expect(await failureOf(city('choice-probe-1', { choiceStatus: 'partial' as never }))).toBe(CHECK_VIOLATION);
    expect(await failureOf(city('choice-probe-2', { utilities: { kind: 'tdsp' } as never }))).toBe(CHECK_VIOLATION);
    expect(await failureOf(city('choice-probe-3', { choiceStatus: 'mixed' }))).toBeUndefined();
    const [probe] = await t.handle.db.select({ id: cities.id }).from(cities).where(eq(cities.slug, 'choice-probe-3'));
    const zip = (zipCode: string, o: Partial<typeof zipCodeMappings.$inferInsert>) =>
      t.handle.db.insert(zipCodeMappings).values({ zipCode, cityId: probe!.id, ...o });
    expect(await failureOf(zip('00001', { choiceStatus: 'maybe' as never }))).toBe(CHECK_VIOLATION);
    expect(await failureOf(zip('00002', { utilities: 'ONCOR' as never }))).toBe(CHECK_VIOLATION);
    expect(await failureOf(zip('00003', { choiceStatus: 'no-choice', utilities: [] }))).toBeUndefined();
  });

  it('fills the seed defaults', async () => {
    const [row] = await t.rows<{ monthly_fee: string; is_active: boolean; is_pre_pay: boolean; percent_green: number }>(
      sql`select monthly_fee::text, is_active, is_pre_pay, percent_green from electricity_plans where name = 'constraint probe' limit 1`,
    );
    expect(row).toEqual({ monthly_fee: '0.00', is_active: true, is_pre_pay: false, percent_green: 0 });
  });
});
