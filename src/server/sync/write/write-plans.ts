import { and, eq, inArray, lt, notInArray, sql } from 'drizzle-orm';
import { electricityPlans, planFeatures, planPricingHistory, providers, type KnownId } from '~/server/db/schema';
import type { Db } from '~/server/db/types';
import type { Listing } from '~/server/sync/ptc/dedupe';
import { featureRows, planValues, providerDrafts } from './plan-rows';
import { excludedUpdate, tally, upsertInBatches, wasInserted, type WriteCounts } from './upsert';

const PLAN_DATA_KEYS = [
  'externalId',
  'providerId',
  'tdspDuns',
  'name',
  'termMonths',
  'rateType',
  'rate500Kwh',
  'rate1000Kwh',
  'rate2000Kwh',
  'monthlyFee',
  'cancellationFee',
  'cancellationFeePerMonth',
  'cancellationFeeText',
  'percentGreen',
  'isPrePay',
  'isTimeOfUse',
  'requiresAutoPay',
  'requiresDeposit',
  'isActive',
  'feesCredits',
  'specialTerms',
  'hasMinUsageFee',
  'hasPromotion',
  'isNewCustomerOnly',
  'language',
  'eflUrl',
  'termsUrl',
  'yracUrl',
  'enrollUrl',
  'enrollPhone',
  'websiteUrl',
  'prepaidUrl',
  'alternateExternalIds',
  'alternateDocuments',
  'knownIds',
  'snapshotDate',
  'lastSyncedAt',
] as const;

/** Upserts one provider per [RepCompany]; returns their ids by name. */
export async function writeProviders(db: Db, listings: Listing[]) {
  const drafts = providerDrafts(listings.flatMap((l) => [l.offer, ...l.alternates]));
  const returned = await db
    .insert(providers)
    .values(drafts.map((d) => ({ ...d, isActive: true })))
    .onConflictDoUpdate({
      target: providers.name,
      // An export without ratings or websites (the reconstructed 01-29 file) keeps the last known ones.
      ...excludedUpdate(
        providers,
        ['slug', 'displayName', 'websiteUrl', 'rating', 'isActive'],
        ['websiteUrl', 'rating'],
      ),
    })
    .returning({ inserted: wasInserted });
  const ids = await db.select({ id: providers.id, name: providers.name }).from(providers);
  return { counts: tally(drafts.length, returned), idByName: new Map(ids.map((r) => [r.name, r.id])) };
}

/**
 * Upserts every listing as the plan `ids` names (see resolvePlanIds) and deactivates the
 * active plans the export no longer has, including those whose id now stands for another
 * product. The deactivation runs first: an id may pass from an ending plan to a new one, and
 * external ids are unique among active plans only.
 */
export async function writePlans(
  db: Db,
  listings: Listing[],
  resolved: { ids: string[]; knownIds: KnownId[][] },
  idByProvider: Map<string, number>,
  snapshotDate: string,
  syncedAt: Date,
) {
  const { ids } = resolved;
  const rows = listings.map((l, i) => ({
    id: ids[i]!,
    ...planValues(l, snapshotDate, syncedAt),
    knownIds: resolved.knownIds[i]!,
    providerId: idByProvider.get(l.offer.rep)!,
  }));
  const gone = await db
    .update(electricityPlans)
    .set({ isActive: false })
    .where(and(eq(electricityPlans.isActive, true), notInArray(electricityPlans.id, ids)))
    .returning({ id: electricityPlans.id });
  // A kept plan whose lead id changes (its English twin returned, say) steps aside for the
  // moment too, so no two active rows ever share an id mid-statement; the upsert reactivates it.
  const leads = sql`(${sql.join(
    rows.map((r) => sql`(${r.id}, ${r.externalId})`),
    sql`, `,
  )})`;
  if (rows.length > 0) {
    await db
      .update(electricityPlans)
      .set({ isActive: false })
      .where(
        and(
          eq(electricityPlans.isActive, true),
          inArray(electricityPlans.id, ids),
          sql`(${electricityPlans.id}, ${electricityPlans.externalId}) NOT IN ${leads}`,
        ),
      );
  }
  const update = excludedUpdate(electricityPlans, [...PLAN_DATA_KEYS]);
  const counts = await upsertInBatches(db, electricityPlans, rows, {
    target: electricityPlans.id,
    update,
    batchSize: 250,
  });
  return { counts: { ...counts, deactivated: gone.length } as WriteCounts, rows };
}

/** Makes each plan's feature rows exactly the derived set: upsert the wanted, delete the rest. */
export async function writeFeatures(db: Db, listings: Listing[], planIds: string[]): Promise<WriteCounts> {
  const rows = listings.flatMap((l, i) => featureRows(l).map((f) => ({ planId: planIds[i]!, ...f })));
  const update = excludedUpdate(planFeatures, ['featureValue', 'displayName', 'displayOrder', 'isHighlighted']);
  const counts = await upsertInBatches(db, planFeatures, rows, {
    target: [planFeatures.planId, planFeatures.featureType, planFeatures.featureName],
    update,
    batchSize: 500,
  });
  const keys = rows.map((r) => `${r.planId}:${r.featureType}:${r.featureName}`);
  const removed = await db
    .delete(planFeatures)
    .where(
      and(
        inArray(planFeatures.planId, planIds),
        sql`NOT (${planFeatures.planId} || ':' || ${planFeatures.featureType} || ':' || ${planFeatures.featureName} = ANY(${sql.param(keys)}::text[]))`,
      ),
    )
    .returning({ id: planFeatures.id });
  return { ...counts, removed: removed.length };
}

const RATE_FIELDS = [
  ['rate_500_kwh', 'rate500Kwh'],
  ['rate_1000_kwh', 'rate1000Kwh'],
  ['rate_2000_kwh', 'rate2000Kwh'],
] as const;

/**
 * One price snapshot per plan for this export date. changed_fields compares with the plan's
 * previous snapshot (the latest earlier date), so re-running a date rewrites identical rows.
 */
export async function writePriceHistory(
  db: Db,
  plans: { id: string; rate500Kwh: string; rate1000Kwh: string; rate2000Kwh: string }[],
  snapshotDate: string,
  dataSource: string,
): Promise<WriteCounts & { priceChanges: number }> {
  const previous = await db
    .selectDistinctOn([planPricingHistory.planId], {
      planId: planPricingHistory.planId,
      rate500Kwh: planPricingHistory.rate500Kwh,
      rate1000Kwh: planPricingHistory.rate1000Kwh,
      rate2000Kwh: planPricingHistory.rate2000Kwh,
    })
    .from(planPricingHistory)
    .where(lt(planPricingHistory.snapshotDate, snapshotDate))
    .orderBy(planPricingHistory.planId, sql`${planPricingHistory.snapshotDate} desc`);
  const before = new Map(previous.map((p) => [p.planId, p]));
  const rows = plans.map((p) => {
    const prev = before.get(p.id);
    const changed = prev ? RATE_FIELDS.filter(([, key]) => prev[key] !== p[key]).map(([column]) => column) : [];
    return {
      planId: p.id,
      rate500Kwh: p.rate500Kwh,
      rate1000Kwh: p.rate1000Kwh,
      rate2000Kwh: p.rate2000Kwh,
      monthlyFee: null,
      snapshotDate,
      dataSource,
      changedFields: changed,
      previousRate1000Kwh: prev?.rate1000Kwh ?? null,
    };
  });
  const update = excludedUpdate(planPricingHistory, [
    'rate500Kwh',
    'rate1000Kwh',
    'rate2000Kwh',
    'dataSource',
    'changedFields',
    'previousRate1000Kwh',
  ]);
  const counts = await upsertInBatches(db, planPricingHistory, rows, {
    target: [planPricingHistory.planId, planPricingHistory.snapshotDate],
    update,
    batchSize: 500,
  });
  return { ...counts, priceChanges: rows.filter((r) => r.changedFields.length > 0).length };
}
