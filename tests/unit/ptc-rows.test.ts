// One export row validated (normalizeOffer) and language twins collapsed (collapseDuplicates),
// run inside each test on real rows of the 2026-01-10 export.
import { describe, expect, it } from 'vitest';
import { collapseDuplicates } from '~/server/sync/ptc/dedupe';
import { normalizeOffer } from '~/server/sync/ptc/normalize-offer';
import { tdspByPtcName } from '~/server/sync/tdsp/registry';
import { offerOf, rawOf } from '../helpers/jan10-offers';

const reasonFor = (id: string, fields: Record<string, string>) => {
  const result = normalizeOffer(2, { ...rawOf(id), ...fields });
  return 'rejected' in result ? result.rejected.reason : null;
};

describe('normalizeOffer', () => {
  it('types every field of Think Clean 12 (34706), keeping the line it was given', () => {
    expect(normalizeOffer(9, rawOf('34706'))).toEqual({
      offer: {
        line: 9,
        externalId: '34706',
        tdsp: tdspByPtcName('ONCOR ELECTRIC DELIVERY COMPANY'),
        rep: 'Think Energy',
        product: 'Think Clean 12 with Smart Thermostat Connected',
        rate500: '0.1390',
        rate1000: '0.1400',
        rate2000: '0.1410',
        feesCredits: null,
        isPrepaid: false,
        isTimeOfUse: false,
        hasPromotion: false,
        rateType: 'fixed',
        percentGreen: 100,
        termMonths: 12,
        cancelFee: { amount: 200, perMonth: false, text: null },
        websiteUrl: 'https://www.thinkenergy.com/',
        specialTerms: 'Connected Thermostat Required, see EFL and Terms of Service for Details',
        termsUrl:
          'https://think-docs.s3.us-east-1.amazonaws.com/TOS/2024.11.08/Think+Energy+RESI+TOS_V20241108_EN(US).pdf',
        yracUrl: 'https://think-docs.s3.amazonaws.com/YRAC/20240130/Think+Energy+RESI+YRAC+20240130_EN(US).pdf',
        eflUrl:
          'https://docs.cloud.thinkenergy.com/EFL/?term=12&duns=1039940674000&product=tx.thinkclean.noap.fixed.thermostat&lang=en',
        enrollUrl: 'https://www.thinkenergy.com/?utm_source=rateboard&utm_medium=referral&utm_campaign=texas',
        prepaidUrl: null,
        enrollPhone: '(833) 669-3080',
        isNewCustomerOnly: true,
        hasMinUsageFee: false,
        language: 'en',
        rating: 4,
      },
    });
  });

  it('reads [Language] Spanish as es, and trims the provider name "PRONTO POWER " (33670)', () => {
    expect(normalizeOffer(2, rawOf('35800'))).toMatchObject({ offer: { language: 'es' } });
    expect(normalizeOffer(2, rawOf('33670'))).toMatchObject({ offer: { rep: 'PRONTO POWER', language: 'en' } });
  });

  it('trims free text, and reads blank text as none', () => {
    const terms = rawOf('34706').SpecialTerms!;
    expect(normalizeOffer(2, { ...rawOf('34706'), SpecialTerms: ` ${terms} ` })).toMatchObject({
      offer: { specialTerms: terms },
    });
    expect(normalizeOffer(2, { ...rawOf('34706'), SpecialTerms: '  ' })).toMatchObject({
      offer: { specialTerms: null },
    });
  });

  it('refuses the Nueces Electric Cooperative row (21463) for its utility', () => {
    expect(normalizeOffer(3, rawOf('21463'))).toEqual({
      rejected: { line: 3, externalId: '21463', reason: 'utility not covered: NUECES ELECTRIC COOPERATIVE' },
    });
  });

  it('keeps whole numbers at their limits and refuses them one past', () => {
    expect(reasonFor('34706', { Renewable: '100', TermValue: '120', Rating: '5' })).toBeNull();
    expect(reasonFor('34706', { Renewable: '0', TermValue: '0', Rating: '0' })).toBeNull();
    expect(reasonFor('34706', { Renewable: '101' })).toBe('[Renewable] is outside 0–100');
    expect(reasonFor('34706', { TermValue: '121' })).toBe('[TermValue] is outside 0–120');
    expect(reasonFor('34706', { Rating: '6' })).toBe('[Rating] is outside 0–5');
  });

  it('names every bad field of a row, in column order', () => {
    expect(reasonFor('34706', { kwh500: 'x', Language: 'French' })).toBe(
      '[kwh500] is not a price in $/kWh; [Language] is not English or Spanish',
    );
  });
});

describe('collapseDuplicates', () => {
  it('pairs English and Spanish twins under the English row, keeps single-language offers, in id order', () => {
    const [think, piensa, pronto, cleanSky, cirro] = ['34706', '34707', '33670', '35800', '11680'].map(offerOf);
    expect(collapseDuplicates([cleanSky!, piensa!, pronto!, think!, cirro!])).toEqual([
      { offer: cirro, alternates: [] },
      { offer: pronto, alternates: [] },
      { offer: think, alternates: [piensa] },
      { offer: cleanSky, alternates: [] },
    ]);
  });

  it('does not pair offers that differ in price', () => {
    const [think, piensa] = ['34706', '34707'].map(offerOf);
    const dearer = { ...piensa!, rate2000: '0.1420' };
    expect(collapseDuplicates([dearer, think!])).toEqual([
      { offer: think, alternates: [] },
      { offer: dearer, alternates: [] },
    ]);
  });
});
