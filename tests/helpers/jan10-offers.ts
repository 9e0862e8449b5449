// The recorded export of 2026-01-10 as the importer sees it: the listings (English/Spanish pairs
// collapsed), one row's raw text by its id, and that real row normalised with some fields replaced.
import { prepareOffers } from '~/server/sync/prepare-offers';
import { normalizeOffer } from '~/server/sync/ptc/normalize-offer';
import { parsePtcExport } from '~/server/sync/ptc/parse-export';
import { planFile } from './recorded';

export const jan10 = prepareOffers(planFile('jan10'));
const jan10Rows = parsePtcExport(planFile('jan10').text).rows;

/** The listing that holds the row with this [idKey], as its offer or as an alternate. */
export const listing = (id: string) =>
  jan10.listings.find((l) => l.offer.externalId === id || l.alternates.some((a) => a.externalId === id))!;

/** The row itself (English or Spanish), normalised. */
export const offerOf = (id: string) => {
  const l = listing(id);
  return [l.offer, ...l.alternates].find((o) => o.externalId === id)!;
};

/** The raw text of the row with this [idKey]. */
export const rawOf = (id: string) => jan10Rows.find((r) => r.raw.idKey === id)!.raw;

/** The real row normalised with some raw fields replaced; throws if the importer refuses it. */
export const offerWithFields = (id: string, fields: Record<string, string>) => {
  const result = normalizeOffer(2, { ...rawOf(id), ...fields });
  if (!('offer' in result)) throw new Error(`rejected: ${result.rejected.reason}`);
  return result.offer;
};
