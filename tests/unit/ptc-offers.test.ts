import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { prepareOffers } from '~/server/sync/prepare-offers';
import { deriveFeatures } from '~/server/sync/ptc/features';
import { normalizeOffer } from '~/server/sync/ptc/normalize-offer';
import { readPlanFile } from '~/server/sync/ptc/source';
import { jan10, listing, offerWithFields, rawOf } from '../helpers/jan10-offers';
import { SHARED_DATA } from '../helpers/seed-rows';

const features = (id: string) => deriveFeatures(listing(id).offer);
const names = (id: string) => features(id).features.map((f) => f.featureName);

describe('normalising the recorded 2026-01-10 export', () => {
  it('keeps the exact prices and document links of a known plan', () => {
    const o = listing('34706').offer;
    expect(o).toMatchObject({
      externalId: '34706',
      rep: 'Think Energy',
      product: 'Think Clean 12 with Smart Thermostat Connected',
      tdsp: { code: 'ONCOR', duns: '1039940674000' },
      rate500: '0.1390',
      rate1000: '0.1400',
      rate2000: '0.1410',
      rateType: 'fixed',
      termMonths: 12,
      percentGreen: 100,
      cancelFee: { amount: 200, perMonth: false },
      language: 'en',
      eflUrl:
        'https://docs.cloud.thinkenergy.com/EFL/?term=12&duns=1039940674000&product=tx.thinkclean.noap.fixed.thermostat&lang=en',
    });
  });

  it('rejects only the Nueces Electric Cooperative rows, for want of an official DUNS', () => {
    expect(jan10.rejected.map((r) => [r.externalId, r.reason])).toEqual([
      ['21463', 'utility not covered: NUECES ELECTRIC COOPERATIVE'],
      ['12090', 'utility not covered: NUECES ELECTRIC COOPERATIVE'],
    ]);
  });

  it('stores a blank renewable share as unknown rather than rejecting the plan', () => {
    expect(listing('35806').offer.percentGreen).toBeNull();
  });
});

describe('collapsing English/Spanish duplicates', () => {
  it('shows each offer once, led by the English row, with the Spanish links as alternates', () => {
    const l = listing('34706');
    expect(l.offer.language).toBe('en');
    expect(l.alternates.map((a) => [a.externalId, a.language, a.eflUrl])).toEqual([
      [
        '34707',
        'es',
        'https://docs.cloud.thinkenergy.com/EFL/?term=12&duns=1039940674000&product=tx.thinkclean.noap.fixed.thermostat&lang=es',
      ],
    ]);
    expect(listing('34707')).toBe(l);
  });

  it('collapses the 1,852 covered rows into 986 offers: 866 pairs, 96 English-only, 24 Spanish-only', () => {
    expect(jan10.listings).toHaveLength(986);
    const pairs = jan10.listings.filter((l) => l.alternates.length === 1);
    expect(pairs).toHaveLength(866);
    expect(pairs.every((l) => l.offer.language === 'en' && l.alternates[0]!.language === 'es')).toBe(true);
    expect(jan10.listings.filter((l) => !l.alternates.length && l.offer.language === 'en')).toHaveLength(96);
    expect(jan10.listings.filter((l) => !l.alternates.length && l.offer.language === 'es')).toHaveLength(24);
    const rows = jan10.listings.reduce((n, l) => n + 1 + l.alternates.length, 0);
    expect(rows).toBe(1854 - jan10.rejected.length);
  });

  it('never pairs offers that differ in price, term or utility', () => {
    for (const l of jan10.listings) {
      for (const a of l.alternates) {
        expect([a.rep, a.tdsp.code, a.termMonths, a.rate500, a.rate1000, a.rate2000]).toEqual([
          l.offer.rep,
          l.offer.tdsp.code,
          l.offer.termMonths,
          l.offer.rate500,
          l.offer.rate1000,
          l.offer.rate2000,
        ]);
      }
    }
  });
});

describe('feature derivation rules on real rows', () => {
  it('prepaid, and a prepaid plan with "no credit check or deposit required" needs no deposit', () => {
    expect(names('20174')).toEqual(expect.arrayContaining(['prepaid', 'no_deposit']));
    expect(features('20174').requiresDeposit).toBe(false);
  });
  it('time of use (Champion "Free Weekends-24")', () => {
    expect(names('18540')).toContain('time_of_use');
  });
  it('100 % and partly renewable', () => {
    expect(features('34706').features.find((f) => f.featureName === 'renewable_100')?.featureValue).toBe('100');
    expect(features('36032').features.find((f) => f.featureName === 'renewable_partial')?.featureValue).toBe('35');
  });
  it('bill credit with its amount, and the minimum-usage flag (Constellation "12 Month Usage Bill Credit")', () => {
    const f = features('12406').features;
    expect(f.find((x) => x.featureName === 'bill_credit')?.featureValue).toBe('35');
    expect(f.map((x) => x.featureName)).toContain('min_usage_fee');
  });
  it('auto pay required when the terms require it or charge for stopping it, not when merely offered', () => {
    expect(features('24536').requiresAutoPay).toBe(true);
    expect(features('26025').requiresAutoPay).toBe(true);
    expect(features('17375').requiresAutoPay).toBe(false);
  });
  it('no deposit with approved credit', () => {
    expect(names('31806')).toContain('no_deposit');
  });
  it('new customers only, from the [NewCustomer] flag', () => {
    expect(names('34706')).toContain('new_customers_only');
    expect(names('618')).not.toContain('new_customers_only');
  });
  it('per-month early-termination fee', () => {
    expect(features('28251').features.find((f) => f.featureName === 'etf_per_month')?.featureValue).toBe('20.00');
  });
});

describe('impossible prices', () => {
  it('refuses the recorded Spanish row of 21 Jan 2026 that posts 152.4¢/kWh, with the price in the reason', () => {
    const jan21 = prepareOffers(
      readPlanFile(path.join(SHARED_DATA, 'powertochoose', 'ptc-export-offers_2026-01-21.reconstructed.csv')),
    );
    expect(jan21.rejected.filter((r) => r.externalId === '34736')).toEqual([
      {
        source: 'ptc-export-offers_2026-01-21.reconstructed.csv',
        line: expect.any(Number),
        externalId: '34736',
        reason:
          '[kwh500] is 1.5240 $/kWh (152.4¢/kWh), an impossible price: posted prices lie between 1¢ and 100¢ per kWh',
      },
    ]);
    // Its English twin, 0.1520 at 500 kWh, is kept.
    expect(jan21.listings.some((l) => l.offer.externalId === '34735')).toBe(true);
  });

  it('refuses zero and sub-cent prices, and keeps the limits themselves', () => {
    const row = (kwh1000: string) => normalizeOffer(2, { ...rawOf('34706'), kwh1000 });
    expect(row('0.0000')).toMatchObject({ rejected: { reason: expect.stringContaining('[kwh1000] is 0.0000 $/kWh') } });
    expect(row('0.0099')).toHaveProperty('rejected');
    expect(row('0.0100')).toHaveProperty('offer');
    expect(row('1.0000')).toHaveProperty('offer');
    expect(row('1.0001')).toHaveProperty('rejected');
  });
});

describe('document links', () => {
  const links = ['Website', 'TermsURL', 'YRACURL', 'FactsURL', 'EnrollURL', 'PrepaidURL'] as const;
  const linkOf = (field: (typeof links)[number], value: string) => {
    const o = offerWithFields('34706', { [field]: value });
    return {
      Website: o.websiteUrl,
      TermsURL: o.termsUrl,
      YRACURL: o.yracUrl,
      FactsURL: o.eflUrl,
      EnrollURL: o.enrollUrl,
      PrepaidURL: o.prepaidUrl,
    }[field];
  };

  it.each(links)(
    'keeps an http(s) link in [%s], trimmed, and drops anything else without refusing the row',
    (field) => {
      expect(linkOf(field, ' https://example.com/efl?id=1 ')).toBe('https://example.com/efl?id=1');
      expect(linkOf(field, 'HTTP://EXAMPLE.COM/')).toBe('HTTP://EXAMPLE.COM/');
      expect(linkOf(field, '')).toBeNull();
      expect(linkOf(field, 'www.example.com')).toBeNull();
      expect(linkOf(field, 'https://')).toBeNull();
      expect(linkOf(field, 'https://example.com/a b')).toBeNull();
    },
  );

  it.each(links)('never lets a javascript: or data: link into [%s], even one that contains a URL', (field) => {
    expect(linkOf(field, 'javascript:alert(1)')).toBeNull();
    expect(linkOf(field, "javascript:alert('https://example.com')")).toBeNull();
    expect(linkOf(field, 'javascript://https://example.com/')).toBeNull();
    expect(linkOf(field, 'data:text/html,https://example.com')).toBeNull();
    expect(linkOf(field, 'xhttps://example.com')).toBeNull();
  });
});

describe('renewable share', () => {
  const green = (Renewable: string) =>
    deriveFeatures(offerWithFields('34706', { Renewable })).features.filter((f) => f.featureType === 'energy');

  it('labels a share between 1 and 99 % as partly renewable, 100 % as renewable, and 0 % or unknown not at all', () => {
    expect(green('0')).toEqual([]);
    expect(green('')).toEqual([]);
    expect(green('1')).toEqual([expect.objectContaining({ featureName: 'renewable_partial', featureValue: '1' })]);
    expect(green('99')).toEqual([
      expect.objectContaining({ featureName: 'renewable_partial', displayName: '99% renewable', isHighlighted: false }),
    ]);
    expect(green('100')).toEqual([
      expect.objectContaining({ featureName: 'renewable_100', featureValue: '100', isHighlighted: true }),
    ]);
  });
});

describe('flags', () => {
  const offer = (over: Record<string, string>) => normalizeOffer(2, { ...rawOf('34706'), ...over });

  it('reads a blank flag as false, or as unknown for the new-customer flag', () => {
    const result = offer({ PrePaid: '', TimeOfUse: ' ', Promotion: '', MinUsageFeesCredits: '', NewCustomer: '' });
    expect(result).toHaveProperty('offer');
    expect('offer' in result && result.offer).toMatchObject({
      isPrepaid: false,
      isTimeOfUse: false,
      hasPromotion: false,
      hasMinUsageFee: false,
      isNewCustomerOnly: null,
    });
  });

  it('reads the three spellings of true and false', () => {
    for (const [text, value] of [
      ['True', true],
      ['TRUE', true],
      ['1', true],
      ['yes', true],
      ['False', false],
      ['0', false],
      ['no', false],
    ] as const) {
      const result = offer({ PrePaid: text, TimeOfUse: text, Promotion: text, MinUsageFeesCredits: text });
      expect('offer' in result && result.offer, text).toMatchObject({
        isPrepaid: value,
        isTimeOfUse: value,
        hasPromotion: value,
        hasMinUsageFee: value,
      });
    }
  });

  it('refuses a row whose flag is not a boolean, naming the field and the value', () => {
    expect(offer({ PrePaid: 'maybe' })).toEqual({
      rejected: { line: 2, externalId: '34706', reason: '[PrePaid] is not a boolean: "maybe"' },
    });
  });
});
