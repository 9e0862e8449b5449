import { eq } from 'drizzle-orm';
import { newObjectId } from '~/lib/object-id';
import { electricityPlans, providers, type KnownId } from '~/server/db/schema';
import type { Db } from '~/server/db/types';
import { matchPlans, type PlanMatch, type StoredPlan } from '~/server/sync/identity/match-plans';
import type { Listing } from '~/server/sync/ptc/dedupe';

/** Every listing's plan id (existing or new), and what the identity rule decided on the way. */
export interface ResolvedPlans extends Omit<PlanMatch, 'planIds'> {
  ids: string[];
  /** Each listing's plan's known ids after this import: the stored ones plus today's rows. */
  knownIds: KnownId[][];
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
      knownIds: electricityPlans.knownIds,
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
    // Today's twins and every id the plan carried before (rows older than known_ids have
    // only the former; a twin lacking its documents falls back to the plan's name).
    alternates: mergeKnown(
      r.knownIds,
      r.alternateIds.map((externalId) => ({
        externalId,
        name: r.alternateDocuments?.find((d) => d.externalId === externalId)?.name ?? r.name,
      })),
    ).filter((k) => k.externalId !== r.externalId),
    prices: [r.rate500, r.rate1000, r.rate2000] as const,
    isActive: r.isActive ?? false,
  }));
}

/** Known ids merged, later names winning, in id order so an unchanged plan compares equal. */
export function mergeKnown(...lists: KnownId[][]): KnownId[] {
  const byId = new Map<string, KnownId>();
  for (const list of lists) for (const k of list) byId.set(k.externalId, { externalId: k.externalId, name: k.name });
  return [...byId.values()].sort((a, b) => a.externalId.localeCompare(b.externalId, 'en', { numeric: true }));
}

/**
 * Gives each listing its plan's ObjectId: the stored plan whose product it still is (see
 * identity/same-product.ts), or a new id when the offer is new or its id now stands for
 * another product. Reads only; the writers use the result.
 */
export async function resolvePlanIds(db: Db, listings: Listing[]): Promise<ResolvedPlans> {
  const stored = await storedPlans(db);
  const match = matchPlans(stored, listings);
  const knownOf = new Map(stored.map((p) => [p.id, [{ externalId: p.externalId, name: p.name }, ...p.alternates]]));
  return {
    ids: match.planIds.map((id) => id ?? newObjectId()),
    knownIds: listings.map((l, i) => {
      const today = [l.offer, ...l.alternates].map((o) => ({ externalId: o.externalId, name: o.product }));
      const id = match.planIds[i];
      return mergeKnown(id ? (knownOf.get(id) ?? []) : [], today);
    }),
    renamed: match.renamed,
    reused: match.reused,
    activeBefore: stored.filter((p) => p.isActive).map((p) => ({ id: p.id, tdspDuns: p.tdspDuns })),
  };
}
