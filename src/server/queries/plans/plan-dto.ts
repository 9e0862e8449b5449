import { asc, eq, getTableColumns, inArray } from 'drizzle-orm';
import { electricityPlans, planFeatures, providers, tdspTerritories } from '../../db/schema';
import type { Db } from '../../db/types';
import type { FallbackPlan } from '../../fallback/schema';

/**
 * The one shape a plan travels in, from the database and from the fallback files alike (it is
 * the fallback file's plan schema), so pages never care where a plan came from.
 */
export type PlanDto = FallbackPlan & { isActive?: boolean; snapshotDate?: string | null };

// Every column but the availability arrays, which are large and derivable from the TDSP.
const { citySlugs: _slugs, zipCodes: _zips, ...planColumns } = getTableColumns(electricityPlans);

/** The select shape for plan rows joined with their provider and TDSP code. */
export const planSelection = {
  plan: planColumns,
  providerName: providers.name,
  providerSlug: providers.slug,
  tdspCode: tdspTerritories.code,
};

type PlanRow = {
  plan: typeof electricityPlans.$inferSelect;
  providerName: string;
  providerSlug: string | null;
  tdspCode: string | null;
};

/** Plan rows joined with provider and TDSP, filtered by `where`, cheapest 1,000 kWh price first. */
export function selectPlans(db: Db) {
  return db
    .select(planSelection)
    .from(electricityPlans)
    .innerJoin(providers, eq(providers.id, electricityPlans.providerId))
    .innerJoin(tdspTerritories, eq(tdspTerritories.duns, electricityPlans.tdspDuns))
    .$dynamic();
}

/** Feature rows of the given plans, grouped by plan id, in display order. */
export async function featuresOf(db: Db, planIds: string[]): Promise<Map<string, FallbackPlan['features']>> {
  const map = new Map<string, FallbackPlan['features']>();
  if (planIds.length === 0) return map;
  const rows = await db
    .select({
      planId: planFeatures.planId,
      type: planFeatures.featureType,
      name: planFeatures.featureName,
      value: planFeatures.featureValue,
      label: planFeatures.displayName,
    })
    .from(planFeatures)
    .where(inArray(planFeatures.planId, planIds))
    .orderBy(asc(planFeatures.planId), asc(planFeatures.displayOrder));
  for (const { planId, ...f } of rows) map.set(planId, [...(map.get(planId) ?? []), f]);
  return map;
}

/** A joined plan row as a PlanDto. */
export function toPlanDto(
  row: Omit<PlanRow, 'plan'> & { plan: Omit<PlanRow['plan'], 'citySlugs' | 'zipCodes'> },
  features: FallbackPlan['features'],
): PlanDto {
  const p = row.plan;
  return {
    id: p.id,
    externalId: p.externalId,
    name: p.name,
    provider: { name: row.providerName, slug: row.providerSlug },
    tdspCode: row.tdspCode ?? p.tdspDuns,
    termMonths: p.termMonths,
    rateType: p.rateType,
    rate500Kwh: p.rate500Kwh,
    rate1000Kwh: p.rate1000Kwh,
    rate2000Kwh: p.rate2000Kwh,
    cancellationFee: p.cancellationFee,
    cancellationFeePerMonth: p.cancellationFeePerMonth,
    percentGreen: p.percentGreen,
    isPrePay: p.isPrePay ?? false,
    isTimeOfUse: p.isTimeOfUse ?? false,
    requiresAutoPay: p.requiresAutoPay ?? false,
    requiresDeposit: p.requiresDeposit ?? false,
    hasMinUsageFee: p.hasMinUsageFee,
    feesCredits: p.feesCredits,
    specialTerms: p.specialTerms,
    documents: {
      efl: p.eflUrl,
      terms: p.termsUrl,
      yrac: p.yracUrl,
      enroll: p.enrollUrl,
      enrollPhone: p.enrollPhone,
      website: p.websiteUrl,
    },
    alternates: (p.alternateDocuments ?? []).map((a) => ({
      externalId: a.externalId,
      language: a.language,
      name: a.name,
      efl: a.eflUrl,
      terms: a.termsUrl,
      yrac: a.yracUrl,
      enroll: a.enrollUrl,
    })),
    features,
    isActive: p.isActive ?? false,
    snapshotDate: p.snapshotDate,
  };
}
