import { eq } from 'drizzle-orm';
import { newObjectId } from '~/lib/object-id';
import { electricityPlans, providers } from '~/server/db/schema';
import type { Db } from '~/server/db/types';
import { matchPlans, type PlanMatch, type StoredPlan } from '~/server/sync/identity/match-plans';
import type { Listing } from '~/server/sync/ptc/dedupe';

/** Every listing's plan id (existing or new), and what the identity rule decided on the way. */
export interface ResolvedPlans extends Omit<PlanMatch, 'planIds'> {
  ids: string[];
  /** Plans active before this import, with their utility: what the import guard compares against. */
  activeBefore: { id: string; tdspDuns: string }[];
}

/** Reads every stored plan (active or not) in the shape the identity rule compares. */
async function storedPlans(db: Db): Promise<StoredPlan[]> {
  const rows = await db
    .select({
      id: electricityPlans.id,
      externalId: electricityPlans.externalId,
      alternateIds: electricityPlans.alternateExternalIds,
      alternateDocuments: electricityPlans.alternateDocuments,
      provider: providers.name,
      tdspDuns: electricityPlans.tdspDuns,
      termMonths: electricityPlans.termMonths,
      rateType: electricityPlans.rateType,
      name: electricityPlans.name,
      rate500: electricityPlans.rate500Kwh,
      rate1000: electricityPlans.rate1000Kwh,
      rate2000: electricityPlans.rate2000Kwh,
      isActive: electricityPlans.isActive,
      snapshotDate: electricityPlans.snapshotDate,
    })
    .from(electricityPlans)
    .innerJoin(providers, eq(providers.id, electricityPlans.providerId));
  return rows.map((r) => ({
    ...r,
    // Older rows may lack the twins' documents; their names then fall back to the plan's.
    alternates: r.alternateIds.map((externalId) => ({
      externalId,
      name: r.alternateDocuments?.find((d) => d.externalId === externalId)?.name ?? r.name,
    })),
    prices: [r.rate500, r.rate1000, r.rate2000] as const,
    isActive: r.isActive ?? false,
  }));
}

/**
 * Gives each listing its plan's ObjectId: the stored plan whose product it still is (see
 * identity/same-product.ts), or a new id when the offer is new or its id now stands for
 * another product. Reads only; the writers use the result.
 */
export async function resolvePlanIds(db: Db, listings: Listing[]): Promise<ResolvedPlans> {
  const stored = await storedPlans(db);
  const match = matchPlans(stored, listings);
  return {
    ids: match.planIds.map((id) => id ?? newObjectId()),
    renamed: match.renamed,
    reused: match.reused,
    activeBefore: stored.filter((p) => p.isActive).map((p) => ({ id: p.id, tdspDuns: p.tdspDuns })),
  };
}
