import { describe, expect, it } from 'vitest';
import { planDtoSchema, planSchema } from '~/lib/plan';
import { rawToPlanPricing } from '~/server/sync/ptc/to-plan-pricing';

const saved = {
  id: '0123456789abcdef01234567',
  externalId: '34706',
  name: 'Think Clean 12',
  provider: { name: 'Think Energy', slug: 'think-energy' },
  tdspCode: 'ONCOR',
  termMonths: 12,
  rateType: 'fixed',
  rate500Kwh: '0.1390',
  rate1000Kwh: '0.1400',
  rate2000Kwh: null,
  cancellationFee: '200.00',
  cancellationFeePerMonth: false,
  percentGreen: 100,
  isPrePay: false,
  isTimeOfUse: false,
  requiresAutoPay: false,
  requiresDeposit: false,
  hasMinUsageFee: false,
  feesCredits: null,
  specialTerms: null,
  documents: {
    efl: 'https://example.com/efl',
    terms: 'javascript:alert(1)',
    yrac: null,
    enroll: 'data:text/html,x',
    enrollPhone: '800-555-0100',
    website: 'http://example.com',
  },
  alternates: [
    {
      externalId: '34707',
      language: 'es',
      name: 'Think Clean 12',
      efl: 'https://example.com/es',
      terms: 'ftp://example.com/t',
      yrac: null,
      enroll: null,
    },
  ],
  features: [{ type: 'energy', name: 'renewable_100', value: '100', label: '100% renewable' }],
};

describe('the plan shape read back from the cache and saved files', () => {
  it('keeps http(s) document links and drops every other link', () => {
    const plan = planSchema.parse(saved);
    expect(plan.documents).toEqual({
      efl: 'https://example.com/efl',
      terms: null,
      yrac: null,
      enroll: null,
      enrollPhone: '800-555-0100',
      website: 'http://example.com',
    });
    expect(plan.alternates[0]).toMatchObject({ efl: 'https://example.com/es', terms: null });
  });

  it('refuses a malformed id, price or rate type', () => {
    expect(planSchema.safeParse({ ...saved, id: '0123456789ABCDEF01234567' }).success).toBe(false);
    expect(planSchema.safeParse({ ...saved, id: '0123456789abcdef0123456' }).success).toBe(false);
    expect(planSchema.safeParse({ ...saved, rate1000Kwh: '0.14' }).success).toBe(false);
    expect(planSchema.safeParse({ ...saved, rate1000Kwh: 'x0.1400' }).success).toBe(false);
    expect(planSchema.safeParse({ ...saved, rate500Kwh: '0.13900' }).success).toBe(false);
    expect(planSchema.safeParse({ ...saved, rateType: 'teaser' }).success).toBe(false);
    expect(planSchema.safeParse({ ...saved, termMonths: 12.5 }).success).toBe(false);
  });

  it('adds whether a plan is still offered and when it was seen, both optional', () => {
    expect(planDtoSchema.parse(saved)).not.toHaveProperty('isActive');
    expect(planDtoSchema.parse({ ...saved, isActive: false, snapshotDate: '2026-01-29' })).toMatchObject({
      isActive: false,
      snapshotDate: '2026-01-29',
    });
  });
});

describe('rawToPlanPricing', () => {
  const raw = {
    idKey: '123',
    Product: 'Saver 12',
    kwh500: '0.1500',
    kwh1000: ' 0.1400 ',
    kwh2000: '.13',
    'Fees/Credits': ' $50 bill credit at 1,000 kWh or more. ',
    SpecialTerms: '  ',
    TimeOfUse: 'TRUE',
    PrePaid: ' 1 ',
    RateType: ' Indexed ',
    TermValue: '12',
    CancelFee: '20/remaining month.',
    MinUsageFeesCredits: 'False',
  };

  it('prices an export row for the cost engine, without the importer’s validation', () => {
    expect(rawToPlanPricing(raw)).toEqual({
      id: '123',
      productName: 'Saver 12',
      rate500: 0.15,
      rate1000: 0.14,
      rate2000: 0.13,
      feesCredits: '$50 bill credit at 1,000 kWh or more.',
      specialTerms: null,
      isTimeOfUse: true,
      isPrepaid: true,
      rateType: 'indexed',
      termMonths: 12,
      cancellationFee: 20,
      cancellationFeePerMonth: true,
      hasMinUsageFee: false,
    });
  });

  it('reads flags, rate types and terms leniently', () => {
    const plan = (over: Record<string, string>) => rawToPlanPricing({ ...raw, ...over })!;
    expect(plan({ TimeOfUse: 'false', PrePaid: '0', MinUsageFeesCredits: 'true' })).toMatchObject({
      isTimeOfUse: false,
      isPrepaid: false,
      hasMinUsageFee: true,
    });
    expect(plan({ TimeOfUse: 'yes' }).isTimeOfUse).toBe(false);
    expect(plan({ RateType: 'variable' }).rateType).toBe('variable');
    expect(plan({ RateType: 'Fixed' }).rateType).toBe('fixed');
    expect(plan({ RateType: '' }).rateType).toBe('fixed');
    expect(plan({ TermValue: '' }).termMonths).toBe(0);
    expect(plan({ TermValue: 'x' }).termMonths).toBe(0);
    expect(plan({ CancelFee: '150.00' })).toMatchObject({ cancellationFee: 150, cancellationFeePerMonth: false });
    expect(plan({ Product: '' }).productName).toBeNull();
    expect(plan({ 'Fees/Credits': ' ' }).feesCredits).toBeNull();
    expect(plan({ SpecialTerms: ' Auto pay required. ' }).specialTerms).toBe('Auto pay required.');
  });

  it('is null when a posted price is missing or not a number', () => {
    expect(rawToPlanPricing({ ...raw, kwh500: '' })).toBeNull();
    expect(rawToPlanPricing({ ...raw, kwh1000: 'n/a' })).toBeNull();
    expect(rawToPlanPricing({ ...raw, kwh2000: '1.2.3' })).toBeNull();
    const { kwh2000: _, ...missing } = raw;
    expect(rawToPlanPricing(missing)).toBeNull();
  });

  it('gives an empty id and fixed defaults for a row without them', () => {
    expect(rawToPlanPricing({ kwh500: '0.1', kwh1000: '0.1', kwh2000: '0.1' })).toMatchObject({
      id: '',
      productName: null,
      feesCredits: null,
      specialTerms: null,
      isTimeOfUse: false,
      isPrepaid: false,
      rateType: 'fixed',
      termMonths: 0,
      cancellationFee: null,
      cancellationFeePerMonth: false,
      hasMinUsageFee: false,
    });
  });
});
