import { describe, expect, it } from 'vitest';
import { parseUsageTerms, readUsageTerms, stepApplies, stepsTotal, type UsageStep } from '~/lib/cost';

// The credit and fee sentences below are copied from [Fees/Credits] of the 2026-01-10 export
// unless marked as made up; made-up ones cover wordings the export does not contain yet.
const atLeast = (amount: number, kwh: number, kind: UsageStep['kind'] = 'credit'): UsageStep => ({
  kind,
  amount,
  fromKwh: kwh,
  fromInclusive: true,
  toKwh: null,
  toInclusive: false,
});

describe('parseUsageTerms', () => {
  it.each([
    [
      'Rhythm will automatically apply a $100 bill credit to your invoice for each billing cycle where usage is at least 1000 kWh.',
      [atLeast(100, 1000)],
    ],
    [
      'Rhythm aplicará automáticamente un crédito de $100 a su factura por cada ciclo de facturación donde el uso sea de al menos 1000 kWh.',
      [atLeast(100, 1000)],
    ],
    [
      'A bill credit of $30 will be applied for each billing cycle in which usage is 800 kWh or more',
      [atLeast(30, 800)],
    ],
    [
      'Por cada ciclo de facturación con un consumo de 1000 kWh o más, se aplicará a tu factura un créditode $30.',
      [atLeast(30, 1000)],
    ],
    [
      'A 12-month fixed-rate plan with no base charges and 100% renewable energy. Get a $125 usage credit each month your usage is 1,000 kWh or more.',
      [atLeast(125, 1000)],
    ],
    [
      'Un plan de tarifa fija por 12 meses sin cargos base y con 100% energía renovable. Recibe un crédito de $125 cada mes que tu consumo sea de 1,000 kWh o más.',
      [atLeast(125, 1000)],
    ],
  ])('reads the credit in %j', (text, steps) => {
    expect(parseUsageTerms(text)).toEqual({ steps, flatBelowKwh: null });
  });

  it('reads both Constellation credits, the second one cumulative at 2,000 kWh, in English and Spanish', () => {
    const en =
      'Constellation will automatically apply a $35 bill credit to your invoice for each billing cycle where usage is at least 1000 kWh. An additional $15 bill credit will be applied when usage reaches 2000 kWh';
    const es =
      'Constellation aplicará automáticamente un crédito en la factura de $ 35 a su factura para cada ciclo de facturación donde el uso sea de al menos 1000 kWh. Se aplicará un crédito adicional de $ 15 en la factura cuando el uso alcance los 2000 kWh';
    for (const text of [en, es]) {
      const { steps } = parseUsageTerms(text);
      expect(steps).toEqual([atLeast(35, 1000), atLeast(15, 2000)]);
      expect([999, 1000, 1999, 2000].map((u) => stepsTotal(steps, u))).toEqual([0, -35, -35, -50]);
    }
  });

  it('reads a flat bill below a usage as a flat-bill clause, not a step', () => {
    expect(parseUsageTerms('Pay the same amount every month whenever your usage is below 1,000 kWh.')).toEqual({
      steps: [],
      flatBelowKwh: 1000,
    });
    expect(
      parseUsageTerms('Pague la misma cantidad cada mes cuando su uso de electricidad es menos de 1,000 kWh.')
        .flatBelowKwh,
    ).toBe(1000);
  });

  it('reads minimum-usage fees, bands and strict thresholds (made-up wordings)', () => {
    expect(parseUsageTerms('A $9.95 fee applies if usage is below 500 kWh.').steps).toEqual([
      { kind: 'fee', amount: 9.95, fromKwh: null, fromInclusive: false, toKwh: 500, toInclusive: false },
    ]);
    expect(parseUsageTerms('Se aplicará un cargo de $9.95 si el consumo es menor de 500 kWh.').steps).toEqual([
      { kind: 'fee', amount: 9.95, fromKwh: null, fromInclusive: false, toKwh: 500, toInclusive: false },
    ]);
    expect(parseUsageTerms('Get a $50 bill credit when usage is between 1,000 and 2,000 kWh.').steps).toEqual([
      { kind: 'credit', amount: 50, fromKwh: 1000, fromInclusive: true, toKwh: 2000, toInclusive: true },
    ]);
    expect(parseUsageTerms('A $40 credit applies when you use more than 1,200 kWh.').steps).toEqual([
      { kind: 'credit', amount: 40, fromKwh: 1200, fromInclusive: false, toKwh: null, toInclusive: false },
    ]);
  });

  it.each([
    // Real [SpecialTerms] that mention fees and usage without stating one.
    'Ask for our PTC rates. Lock in your energy rate with no Base Charges, no Minimum Use fees or Payment fees!',
    'Free power from 12 midnight Friday night to 11:59 PM Sunday night. No monthly fee or minimum usage requirement.',
    'Fixed price for 12 months with no credit check or deposit required.  A first payment of $75.00 is required to connect service.',
    // Made up: a negated fee with a threshold, two amounts in one sentence, and a threshold with no direction.
    'There is no $9.95 fee when usage is below 500 kWh.',
    'Get a $50 bill credit at 1,000 kWh and a $25 bill credit at 2,000 kWh or more.',
    'A $30 bill credit is tied to 1,000 kWh.',
  ])('reads nothing from %j', (text) => {
    expect(parseUsageTerms(text)).toEqual({ steps: [], flatBelowKwh: null });
  });
});

describe('readUsageTerms', () => {
  it('prefers [Fees/Credits] over a conflicting [SpecialTerms] (Octopus Lite, idKey 35687)', () => {
    const terms = readUsageTerms({
      feesCredits: 'Get a $125 usage credit each month your usage is 1,000 kWh or more.',
      specialTerms:
        'Use 1,000 kWh or more in a billing cycle and you’ll automatically get a $100 usage credit toward your bill.',
    });
    expect(terms).toEqual({ steps: [atLeast(125, 1000)], flatBelowKwh: null, source: 'feesCredits' });
  });

  it('falls back to [SpecialTerms] when [Fees/Credits] is empty', () => {
    const terms = readUsageTerms({
      feesCredits: null,
      specialTerms: 'Use 1,000 kWh or more in a billing cycle and you’ll automatically get a $100 usage credit.',
    });
    expect(terms).toEqual({ steps: [atLeast(100, 1000)], flatBelowKwh: null, source: 'specialTerms' });
  });
});

describe('stepApplies', () => {
  it('honours inclusive and exclusive bounds', () => {
    const band: UsageStep = {
      kind: 'credit',
      amount: 1,
      fromKwh: 1000,
      fromInclusive: false,
      toKwh: 2000,
      toInclusive: true,
    };
    expect([1000, 1000.5, 2000, 2000.5].map((u) => stepApplies(band, u))).toEqual([false, true, true, false]);
    expect([999.9, 1000].map((u) => stepApplies(atLeast(1, 1000), u))).toEqual([false, true]);
  });
});

describe('repeated statements', () => {
  it('keeps a step stated twice once, and keeps steps that differ in any bound', () => {
    const band = 'Get a $50 bill credit when usage is between 1,000 and 2,000 kWh.';
    expect(parseUsageTerms(`${band} ${band}`).steps).toHaveLength(1);
    const differ = [
      'Get a $50 bill credit when usage is between 1,000 and 2,500 kWh.',
      'Get a $50 bill credit when usage is between 1,200 and 2,000 kWh.',
      'Get a $60 bill credit when usage is between 1,000 and 2,000 kWh.',
      'A $50 credit applies when you use more than 1,000 kWh.',
      'A $50 fee applies when you use more than 1,000 kWh.',
    ];
    for (const other of differ) expect(parseUsageTerms(`${band} ${other}`).steps, other).toHaveLength(2);
    const strict = 'A $40 credit applies when you use more than 1,200 kWh.';
    const inclusive = 'A $40 credit applies when you use 1,200 kWh or more.';
    expect(parseUsageTerms(`${strict} ${inclusive}`).steps).toHaveLength(2);
    const below = 'A $9.95 fee applies if usage is below 500 kWh.';
    const upTo = 'A $9.95 fee applies if usage is 500 kWh or less.';
    expect(parseUsageTerms(`${below} ${upTo}`).steps).toHaveLength(2);
  });
});
