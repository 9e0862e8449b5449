import { eq, getTableColumns, sql } from 'drizzle-orm';
import { electricityPlans, planFeatures, providers, tdspTerritories } from '~/server/db/schema';
import type { Db } from '~/server/db/types';
import type { PlanDto } from '~/lib/plan';

// Only the columns a PlanDto carries (plus the TDSP's DUNS, which the fallback builder groups by):
// the availability arrays alone are ~6 KB a row, and the rest are never shown. Measured on the
// city page's query (~150 rows, local PostgreSQL): 4.9 ms with every other column, 4.1 ms without.
// prettier-ignore
const DTO_COLUMNS = [
  'id', 'externalId', 'name', 'language', 'tdspDuns', 'termMonths', 'rateType', 'rate500Kwh', 'rate1000Kwh',
  'rate2000Kwh', 'cancellationFee', 'cancellationFeePerMonth', 'percentGreen', 'isPrePay',
  'isTimeOfUse', 'requiresAutoPay', 'requiresDeposit', 'hasMinUsageFee', 'feesCredits',
  'specialTerms', 'eflUrl', 'termsUrl', 'yracUrl', 'enrollUrl', 'enrollPhone', 'websiteUrl',
  'alternateDocuments', 'isActive', 'snapshotDate',
] as const;
type DtoColumn = (typeof DTO_COLUMNS)[number];
const allColumns = getTableColumns(electricityPlans);
const planColumns = Object.fromEntries(DTO_COLUMNS.map((key) => [key, allColumns[key]])) as Pick<
  typeof allColumns,
  DtoColumn
>;
type PlanColumns = Pick<typeof electricityPlans.$inferSelect, DtoColumn>;

/** The select shape for plan rows joined with their provider and TDSP code. */
export const planSelection = {
  plan: planColumns,
  providerName: sql<string>`coalesce(${providers.displayName}, ${providers.name})`,
  providerSlug: providers.slug,
  tdspCode: tdspTerritories.code,
  // In the same query, through idx_features_plan: a second query keyed by a list of ~150 ids
  // cost a round trip and a fresh plan for every list length (plans with features for the city
  // page: ~6.9 ms as two queries, ~4.8 ms as one).
  features: sql<PlanDto['features']>`coalesce((
    SELECT json_agg(json_build_object(
      'type', f.feature_type, 'name', f.feature_name, 'value', f.feature_value, 'label', f.display_name
    ) ORDER BY f.display_order, f.id)
    FROM ${planFeatures} f WHERE f.plan_id = ${electricityPlans.id}), '[]'::json)`,
};

type PlanRow = {
  plan: PlanColumns;
  providerName: string;
  providerSlug: string | null;
  tdspCode: string | null;
  features: PlanDto['features'];
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

/** A joined plan row as a PlanDto. */
export function toPlanDto(row: PlanRow): PlanDto {
  const p = row.plan;
  return {
    id: p.id,
    externalId: p.externalId,
    name: p.name,
    language: p.language === 'es' ? 'es' : p.language === 'en' ? 'en' : null,
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
    features: row.features,
    isActive: p.isActive ?? false,
    snapshotDate: p.snapshotDate,
  };
}
