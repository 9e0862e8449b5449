// The plan_features rows derived from real rows of the 2026-01-10 export, compared whole: type,
// name, value, label, order and highlight (docs/data-pipeline.md#features).
import { describe, expect, it } from 'vitest';
import { deriveFeatures, type DerivedFeature } from '~/server/sync/ptc/features';
import { offerOf, offerWithFields, rawOf } from '../helpers/jan10-offers';

type Row = [DerivedFeature['featureType'], string, string | null, string, boolean];
/** The expected rows in order, as [type, name, value, label, highlighted]. */
const rows = (...expected: Row[]): DerivedFeature[] =>
  expected.map(([featureType, featureName, featureValue, displayName, isHighlighted], displayOrder) => ({
    featureType,
    featureName,
    featureValue,
    displayName,
    displayOrder,
    isHighlighted,
  }));

const renewable100: Row = ['energy', 'renewable_100', '100', '100% renewable', true];
const renewable26: Row = ['energy', 'renewable_partial', '26', '26% renewable', false];
const timeOfUse: Row = ['energy', 'time_of_use', null, 'Time-of-use pricing', true];
const prepaid: Row = ['billing', 'prepaid', null, 'Prepaid', true];
const minUsage: Row = ['billing', 'min_usage_fee', null, 'Minimum-usage fee or credit', true];
const autoPay: Row = ['billing', 'autopay_required', null, 'Auto pay required', false];
const noDeposit: Row = ['billing', 'no_deposit', null, 'No deposit', false];
const newOnly: Row = ['contract', 'new_customers_only', null, 'New customers only', false];
const perMonthFee = (amount: string): Row => [
  'contract',
  'etf_per_month',
  amount,
  'Cancellation fee per remaining month',
  false,
];
const billCredit = (amount: string | null): Row => ['billing', 'bill_credit', amount, 'Bill credit', true];

const derived = (id: string) => deriveFeatures(offerOf(id));

describe('features of recorded rows, whole', () => {
  it('Think Clean 12 (34706): 100 % renewable, new customers only, nothing else', () => {
    expect(derived('34706')).toEqual({
      features: rows(renewable100, newOnly),
      requiresAutoPay: false,
      requiresDeposit: false,
    });
  });

  it('34721: time of use, auto pay required by "This product requires Autopay", $15 per remaining month', () => {
    expect(derived('34721')).toEqual({
      features: rows(renewable100, timeOfUse, autoPay, perMonthFee('15.00')),
      requiresAutoPay: true,
      requiresDeposit: false,
    });
  });

  it('Constellation 12406: the first dollar amount of the fees text as the bill credit, minimum usage from the flag', () => {
    expect(offerOf('12406').hasMinUsageFee).toBe(true);
    expect(derived('12406')).toEqual({
      features: rows(renewable26, billCredit('35'), minUsage),
      requiresAutoPay: false,
      requiresDeposit: false,
    });
  });

  it('Champion 18540: "No monthly fee or minimum usage requirement" promises no minimum usage, so no such feature', () => {
    expect(offerOf('18540').hasMinUsageFee).toBe(false);
    expect(derived('18540').features).toEqual(rows(renewable26, timeOfUse));
  });

  it('34545: "No hidden fees, minimum usage, or gimmicks." is no minimum-usage feature either', () => {
    expect(rawOf('34545').SpecialTerms).toContain('No hidden fees, minimum usage, or gimmicks.');
    expect(offerOf('34545').hasMinUsageFee).toBe(false);
    expect(derived('34545').features.map((f) => f.featureName)).not.toContain('min_usage_fee');
  });

  it('prepaid 20174: "no credit check or deposit required" is no deposit, not a deposit requirement', () => {
    expect(derived('20174')).toEqual({
      features: rows(renewable26, prepaid, noDeposit, newOnly),
      requiresAutoPay: false,
      requiresDeposit: false,
    });
  });

  it('prepaid 33670 without deposit wording: neither deposit feature', () => {
    expect(derived('33670')).toEqual({
      features: rows(renewable26, prepaid, newOnly),
      requiresAutoPay: false,
      requiresDeposit: false,
    });
  });

  it('Spanish 35800 with no renewable share: "Se requiere pago automático" requires auto pay', () => {
    expect(offerOf('35800').percentGreen).toBeNull();
    expect(derived('35800')).toEqual({
      features: rows(timeOfUse, autoPay, newOnly),
      requiresAutoPay: true,
      requiresDeposit: false,
    });
  });

  it('Ambit 16428: automatic payment in one sentence and "requirements" in the next is not a requirement', () => {
    expect(derived('16428')).toEqual({
      features: rows(['energy', 'renewable_partial', '3', '3% renewable', false], newOnly),
      requiresAutoPay: false,
      requiresDeposit: false,
    });
  });

  it('28251: $20 per remaining month, with two decimals', () => {
    expect(derived('28251').features).toEqual(rows(renewable26, perMonthFee('20.00')));
  });
});

// No recorded row exercises these branches; each test takes a real row and moves or trims its
// own recorded wording.
describe('rules the recorded wording does not reach', () => {
  const constellationCredit = rawOf('12406')['Fees/Credits']!;

  it('reads the bill credit from the special terms when the fees text is blank', () => {
    const o = offerWithFields('12406', { 'Fees/Credits': '', SpecialTerms: constellationCredit });
    expect(deriveFeatures(o).features).toEqual(rows(renewable26, billCredit('35'), minUsage));
  });

  it('keeps a bill credit without a dollar amount, with no value', () => {
    const o = offerWithFields('12406', { 'Fees/Credits': constellationCredit.replace(/\$\d+ /g, '') });
    expect(deriveFeatures(o).features).toEqual(rows(renewable26, billCredit(null), minUsage));
  });

  it('requires a deposit when the terms say "deposit required" without the "no", except on a prepaid plan', () => {
    const terms = rawOf('20174').SpecialTerms!.replace('no credit check or ', '');
    expect(terms).toBe(
      'Fixed price for 6 months with deposit required. A minimum first payment of $75.00 is required to connect service.',
    );
    expect(deriveFeatures(offerWithFields('20174', { SpecialTerms: terms }))).toEqual({
      features: rows(renewable26, prepaid, newOnly),
      requiresAutoPay: false,
      requiresDeposit: false,
    });
    expect(deriveFeatures(offerWithFields('20174', { SpecialTerms: terms, PrePaid: 'False' }))).toEqual({
      features: rows(renewable26, ['billing', 'deposit_required', null, 'Deposit may be required', false], newOnly),
      requiresAutoPay: false,
      requiresDeposit: true,
    });
  });
});
