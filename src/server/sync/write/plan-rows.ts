import { mostCommon } from '~/lib/most-common';
import { displayProviderName } from '~/lib/provider-name';
import { slugify } from '~/lib/slug';
import type { AlternateDocuments } from '~/server/db/schema';
import type { Listing } from '~/server/sync/ptc/dedupe';
import { deriveFeatures, type DerivedFeature } from '~/server/sync/ptc/features';
import type { Offer } from '~/server/sync/ptc/normalize-offer';

/** A provider as the export describes it, aggregated over all its rows. */
export interface ProviderDraft {
  name: string;
  /** The name shown to shoppers (see lib/provider-name.ts). */
  displayName: string;
  slug: string;
  websiteUrl: string | null;
  rating: string | null;
}

/** One provider per [RepCompany], with its most common website and Power to Choose rating. */
export function providerDrafts(offers: Offer[]): ProviderDraft[] {
  const byName = new Map<string, Offer[]>();
  for (const o of offers) byName.set(o.rep, [...(byName.get(o.rep) ?? []), o]);
  return [...byName]
    .map(([name, rows]) => {
      const rating = mostCommon(rows.flatMap((r) => (r.rating === null ? [] : [r.rating])));
      return {
        name,
        displayName: displayProviderName(name),
        slug: slugify(name),
        websiteUrl: mostCommon(rows.flatMap((r) => (r.websiteUrl ? [r.websiteUrl] : []))) ?? null,
        rating: rating === undefined ? null : rating.toFixed(2),
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

const alternateOf = (o: Offer): AlternateDocuments => ({
  externalId: o.externalId,
  language: o.language,
  name: o.product,
  eflUrl: o.eflUrl,
  termsUrl: o.termsUrl,
  yracUrl: o.yracUrl,
  enrollUrl: o.enrollUrl,
});

/** The electricity_plans values of a listing (without id and provider, which the writer resolves). */
export function planValues(listing: Listing, snapshotDate: string, syncedAt: Date) {
  const o = listing.offer;
  const { requiresAutoPay, requiresDeposit } = deriveFeatures(o);
  return {
    externalId: o.externalId,
    tdspDuns: o.tdsp.duns,
    name: o.product,
    termMonths: o.termMonths,
    rateType: o.rateType,
    rate500Kwh: o.rate500,
    rate1000Kwh: o.rate1000,
    rate2000Kwh: o.rate2000,
    // The export folds any base charge into its average prices and states none separately.
    monthlyFee: null,
    cancellationFee: o.cancelFee.amount === null ? null : o.cancelFee.amount.toFixed(2),
    cancellationFeePerMonth: o.cancelFee.perMonth,
    cancellationFeeText: o.cancelFee.text,
    percentGreen: o.percentGreen,
    isPrePay: o.isPrepaid,
    isTimeOfUse: o.isTimeOfUse,
    requiresAutoPay,
    requiresDeposit,
    isActive: true,
    feesCredits: o.feesCredits,
    specialTerms: o.specialTerms,
    hasMinUsageFee: o.hasMinUsageFee,
    hasPromotion: o.hasPromotion,
    isNewCustomerOnly: o.isNewCustomerOnly,
    language: o.language,
    eflUrl: o.eflUrl,
    termsUrl: o.termsUrl,
    yracUrl: o.yracUrl,
    enrollUrl: o.enrollUrl,
    enrollPhone: o.enrollPhone,
    websiteUrl: o.websiteUrl,
    prepaidUrl: o.prepaidUrl,
    alternateExternalIds: listing.alternates.map((a) => a.externalId),
    alternateDocuments: listing.alternates.map(alternateOf),
    snapshotDate,
    lastSyncedAt: syncedAt,
  };
}

/** The plan_features rows a listing should have. */
export const featureRows = (listing: Listing): DerivedFeature[] => deriveFeatures(listing.offer).features;
