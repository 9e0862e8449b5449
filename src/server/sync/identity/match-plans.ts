import type { Listing } from '~/server/sync/ptc/dedupe';
import type { Offer } from '~/server/sync/ptc/normalize-offer';
import { compareProducts, type IdentityVerdict, type ProductFacts } from './same-product';

/** A stored plan as the matcher needs it: its ids, its product and its last prices. */
export interface StoredPlan {
  id: string;
  externalId: string;
  /** Every other id the plan carries or has carried (its twins), with the name it carried. */
  alternates: { externalId: string; name: string }[];
  provider: string;
  tdspDuns: string;
  termMonths: number;
  rateType: string;
  name: string;
  prices: readonly [string | null, string | null, string | null];
  isActive: boolean;
  snapshotDate: string | null;
}

/** An id that now stands for another product: the old plan ends, a new plan begins. */
export interface ReusedId {
  externalId: string;
  previousPlanId: string;
  reason: Exclude<IdentityVerdict, { same: true }>['reason'];
  before: string;
  after: string;
}

/** Which plan each listing continues (null: a new plan), and the ids reused for other products. */
export interface PlanMatch {
  planIds: (string | null)[];
  renamed: { planId: string; before: string; after: string }[];
  reused: ReusedId[];
}

const factsOf = (offer: Offer, listing: Listing): ProductFacts => ({
  provider: offer.rep,
  tdspDuns: offer.tdsp.duns,
  termMonths: offer.termMonths,
  rateType: offer.rateType,
  name: offer.product,
  prices: [listing.offer.rate500, listing.offer.rate1000, listing.offer.rate2000],
});

// The stored product behind one of a plan's ids: the lead row's name, or its twin's.
const storedFacts = (plan: StoredPlan, externalId: string): ProductFacts => ({
  ...plan,
  name:
    externalId === plan.externalId
      ? plan.name
      : (plan.alternates.find((a) => a.externalId === externalId)?.name ?? plan.name),
});

// Newest first: an active plan, then the most recently exported, wins a shared id.
const byRecency = (a: StoredPlan, b: StoredPlan) =>
  Number(b.isActive) - Number(a.isActive) || (b.snapshotDate ?? '').localeCompare(a.snapshotDate ?? '');

function index(plans: StoredPlan[], key: (p: StoredPlan) => string[]): Map<string, StoredPlan[]> {
  const map = new Map<string, StoredPlan[]>();
  for (const plan of plans) for (const k of key(plan)) map.set(k, [...(map.get(k) ?? []), plan]);
  for (const list of map.values()) list.sort(byRecency);
  return map;
}

/**
 * Decides, for each listing of an export, which stored plan it continues. A listing continues
 * a plan that carries one of its ids when compareProducts says the row is still that plan's
 * product; otherwise it becomes a new plan. A plan's own (lead) id is matched first across the
 * whole export, then the other-language twins' ids, so a plan is never claimed through its
 * Spanish twin by one listing while another listing carries its own id. English and Spanish
 * ids are judged alike, each against the name the plan stored for it.
 */
export function matchPlans(stored: StoredPlan[], listings: Listing[]): PlanMatch {
  const byOwnId = index(stored, (p) => [p.externalId]);
  const byTwinId = index(stored, (p) => p.alternates.map((a) => a.externalId));
  const taken = new Set<string>();
  const renamed: PlanMatch['renamed'] = [];
  const planIds: (string | null)[] = listings.map(() => null);

  const tryMatch = (i: number, offer: Offer, plans: StoredPlan[] | undefined) => {
    const listing = listings[i]!;
    for (const plan of plans ?? []) {
      if (planIds[i] !== null) return;
      if (taken.has(plan.id)) continue;
      const before = storedFacts(plan, offer.externalId);
      if (!compareProducts(before, factsOf(offer, listing)).same) continue;
      taken.add(plan.id);
      planIds[i] = plan.id;
      if (before.name !== offer.product) renamed.push({ planId: plan.id, before: before.name, after: offer.product });
    }
  };
  listings.forEach((l, i) => tryMatch(i, l.offer, byOwnId.get(l.offer.externalId)));
  listings.forEach((l, i) => {
    for (const offer of [l.offer, ...l.alternates]) {
      if (offer !== l.offer) tryMatch(i, offer, byOwnId.get(offer.externalId));
      tryMatch(i, offer, byTwinId.get(offer.externalId));
    }
  });

  // An active plan left unmatched although one of its ids is in the export: that id now
  // stands for another product, so the plan ends here (reported, so the summary can say why).
  const reused = new Map<string, ReusedId>();
  listings.forEach((listing) => {
    for (const offer of [listing.offer, ...listing.alternates]) {
      const plans = [...(byOwnId.get(offer.externalId) ?? []), ...(byTwinId.get(offer.externalId) ?? [])];
      for (const plan of plans) {
        if (!plan.isActive || taken.has(plan.id) || reused.has(plan.id)) continue;
        const before = storedFacts(plan, offer.externalId);
        const verdict = compareProducts(before, factsOf(offer, listing));
        if (verdict.same) continue; // the same product, claimed by a better match: it simply ends
        reused.set(plan.id, {
          externalId: offer.externalId,
          previousPlanId: plan.id,
          reason: verdict.reason,
          before: `${before.name} (${before.termMonths} months, ${before.rateType})`,
          after: `${offer.product} (${offer.termMonths} months, ${offer.rateType})`,
        });
      }
    }
  });
  return { planIds, renamed, reused: [...reused.values()] };
}
