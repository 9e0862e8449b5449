import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { matchPlans, type StoredPlan } from '~/server/sync/identity/match-plans';
import { compareProducts, isPlainRename, type ProductFacts } from '~/server/sync/identity/same-product';
import { prepareOffers } from '~/server/sync/prepare-offers';
import type { Listing } from '~/server/sync/ptc/dedupe';
import { readPlanFile } from '~/server/sync/ptc/source';
import { SHARED_DATA } from '../helpers/seed-rows';

const file = (date: string) =>
  path.join(
    SHARED_DATA,
    'powertochoose',
    date === '2026-01-10' ? 'ptc-export-offers_2026-01-10.csv' : `ptc-export-offers_${date}.reconstructed.csv`,
  );
const cache = new Map<string, Listing[]>();
const listings = (date: string) => {
  if (!cache.has(date)) cache.set(date, prepareOffers(readPlanFile(file(date))).listings);
  return cache.get(date)!;
};
/** The listing that carries an id (as its lead or as the other-language twin) on a date. */
const listingOf = (date: string, id: string) =>
  listings(date).find((l) => [l.offer, ...l.alternates].some((o) => o.externalId === id))!;
const offerOf = (date: string, id: string) =>
  [listingOf(date, id).offer, ...listingOf(date, id).alternates].find((o) => o.externalId === id)!;
const facts = (date: string, id: string): ProductFacts => {
  const o = offerOf(date, id);
  return {
    provider: o.rep,
    tdspDuns: o.tdsp.duns,
    termMonths: o.termMonths,
    rateType: o.rateType,
    name: o.product,
    prices: [o.rate500, o.rate1000, o.rate2000],
  };
};
/** A listing as the database stores it after that date's import. */
const stored = (l: Listing, id = `plan-${l.offer.externalId}`): StoredPlan => ({
  id,
  externalId: l.offer.externalId,
  alternates: l.alternates.map((a) => ({ externalId: a.externalId, name: a.product })),
  provider: l.offer.rep,
  tdspDuns: l.offer.tdsp.duns,
  termMonths: l.offer.termMonths,
  rateType: l.offer.rateType,
  name: l.offer.product,
  prices: [l.offer.rate500, l.offer.rate1000, l.offer.rate2000],
  isActive: true,
  snapshotDate: '2026-01-01',
});

describe('the recorded ids that changed product', () => {
  it('20508: AP Gas & Electric "TrueClassic 6" until 22 Jan, "TrueClassic 18" from 28 Jan, is another product', () => {
    expect(facts('2026-01-22', '20508')).toMatchObject({ name: 'TrueClassic 6', termMonths: 6 });
    expect(facts('2026-01-28', '20508')).toMatchObject({ name: 'TrueClassic 18', termMonths: 18 });
    expect(compareProducts(facts('2026-01-22', '20508'), facts('2026-01-28', '20508'))).toEqual({
      same: false,
      reason: 'term',
    });
  });

  it('35735: Octopus "Octo Simple 8" until 15 Jan, "Octo Simple 24" from 16 Jan, is another product', () => {
    expect(compareProducts(facts('2026-01-15', '35735'), facts('2026-01-16', '35735'))).toEqual({
      same: false,
      reason: 'term',
    });
  });

  it('an id whose product stays while its prices change is the same plan', () => {
    const before = facts('2026-01-10', '11677');
    const after = facts('2026-01-29', '11677');
    expect(after.prices).not.toEqual(before.prices);
    expect(compareProducts(before, after)).toEqual({ same: true, renamed: false });
  });

  it('a provider name that differs only in spacing or case is the same provider', () => {
    expect(
      compareProducts(facts('2026-01-13', '33670'), { ...facts('2026-01-13', '33670'), provider: 'PRONTO POWER ' }),
    ).toEqual({
      same: true,
      renamed: false,
    });
  });
});

describe('telling a plain rename from another product', () => {
  const base = facts('2026-01-16', '35735'); // Octo Simple 24, Octopus, AEP Central, 24 months, fixed
  const cheaper: ProductFacts['prices'] = ['0.1000', '0.1000', '0.1000'];

  it('keeps the plan through case, spacing, punctuation and accent changes', () => {
    expect(isPlainRename('TrueClassic 18', 'True Classic 18')).toBe(true);
    expect(isPlainRename('Energía Verde 12', 'ENERGIA VERDE-12')).toBe(true);
    expect(compareProducts(base, { ...base, name: 'OCTO SIMPLE 24', prices: cheaper })).toEqual({
      same: true,
      renamed: true,
    });
  });

  it('keeps the plan when words are only added or dropped, whatever the prices do', () => {
    expect(compareProducts(base, { ...base, name: 'Octo Simple 24 Online', prices: cheaper })).toEqual({
      same: true,
      renamed: true,
    });
    expect(compareProducts(base, { ...base, name: 'Simple 24', prices: cheaper })).toMatchObject({ same: true });
  });

  it('a replaced word or a changed number names another product, unless all three prices are unchanged', () => {
    expect(isPlainRename('Free Nights 12', 'Free Weekends 12')).toBe(false);
    expect(isPlainRename('Saver 12', 'Saver 24')).toBe(false);
    expect(compareProducts(base, { ...base, name: 'Octo Fixed 24', prices: cheaper })).toEqual({
      same: false,
      reason: 'name',
    });
    expect(compareProducts(base, { ...base, name: 'Octo Simple 36', prices: cheaper })).toEqual({
      same: false,
      reason: 'name',
    });
    expect(compareProducts(base, { ...base, name: 'Octo Fixed 24' })).toEqual({ same: true, renamed: true });
  });

  it('another provider, utility, term or rate type is always another product, even at the same prices', () => {
    expect(compareProducts(base, { ...base, provider: 'Another Energy LLC' })).toEqual({
      same: false,
      reason: 'provider',
    });
    expect(compareProducts(base, { ...base, tdspDuns: '957877905' })).toEqual({ same: false, reason: 'utility' });
    expect(compareProducts(base, { ...base, termMonths: 12 })).toEqual({ same: false, reason: 'term' });
    expect(compareProducts(base, { ...base, rateType: 'variable' })).toEqual({ same: false, reason: 'rate type' });
  });
});

describe('matching an export to the stored plans', () => {
  it('ends the plan of a reused id and begins a new one; twins follow the same rule', () => {
    const before = listingOf('2026-01-15', '35735');
    expect(before.alternates.map((a) => a.externalId)).toEqual(['35746']);
    const after = listingOf('2026-01-16', '35735');
    expect(after.alternates.map((a) => a.externalId)).toEqual(['35746']);
    const match = matchPlans([stored(before)], [after]);
    expect(match.planIds).toEqual([null]);
    expect(match.reused).toEqual([
      {
        externalId: '35735',
        previousPlanId: 'plan-35735',
        reason: 'term',
        before: 'Octo Simple 8 (8 months, fixed)',
        after: 'Octo Simple 24 (24 months, fixed)',
      },
    ]);
  });

  it('keeps a plan whose English row changed product through its unchanged Spanish twin', () => {
    const before = listingOf('2026-01-15', '35735');
    const octo24 = listingOf('2026-01-16', '35735');
    // The English id now shows the 24-month product; the Spanish twin still the 8-month one.
    const spanishOnly: Listing = { offer: before.alternates[0]!, alternates: [] };
    const englishOnly: Listing = { offer: octo24.offer, alternates: [] };
    const match = matchPlans([stored(before)], [englishOnly, spanishOnly]);
    expect(match.planIds).toEqual([null, 'plan-35735']);
  });

  it('keeps every plan, and its id, when only prices change (Jan 10 → Jan 29, id 11677)', () => {
    const plan = stored(listingOf('2026-01-10', '11677'));
    const match = matchPlans([plan], [listingOf('2026-01-29', '11677')]);
    expect(match).toEqual({ planIds: ['plan-11677'], renamed: [], reused: [] });
  });

  it('prefers a plan carrying the id as its own over one that listed it as a twin, and an active plan over an ended one', () => {
    const l = listingOf('2026-01-29', '11677');
    const ended = { ...stored(l, 'ended'), isActive: false, snapshotDate: '2026-01-12' };
    const twin = {
      ...stored(l, 'twin'),
      externalId: '999',
      alternates: [{ externalId: '11677', name: l.offer.product }],
    };
    const own = stored(l, 'own');
    expect(matchPlans([ended, twin, own], [l]).planIds).toEqual(['own']);
    expect(matchPlans([ended, twin], [l]).planIds).toEqual(['ended']);
  });
});
