// Trap-label rules pinned on hand-written pricing objects: each plan is just the numbers and text a
// rule reads, chosen so one comparison or word in the rule decides the outcome. Where a step model
// must fit, the prices are worked out from a stated base charge, energy rate and credit or fee.
import { describe, expect, it } from 'vitest';
import { buildCostModel, planTraps, type PlanPricing, type TrapKind, type UsageStep } from '~/lib/cost';
import { minimumUsageTrap } from '~/lib/cost/traps';
import { pricing } from '../helpers/pricing';

const plan = pricing;
const label = (p: PlanPricing, kind: TrapKind) => planTraps(p).find((l) => l.kind === kind);

describe('trap label order', () => {
  it('puts high labels before medium ones before low ones, keeping the rule order within a severity', () => {
    const p = plan({
      feesCredits: 'A $10 fee applies when you use more than 2,000 kWh.',
      isTimeOfUse: true,
      productName: 'Free Nights 12',
      rateType: 'indexed',
      isPrepaid: true,
      cancellationFee: 20,
      cancellationFeePerMonth: true,
    });
    expect(planTraps(p).map((l) => [l.kind, l.severity])).toEqual([
      ['variable-rate', 'high'],
      ['usage-fee', 'medium'],
      ['time-of-use', 'medium'],
      ['prepaid', 'low'],
      ['etf-per-month', 'low'],
    ]);
  });
});

describe('bill-credit label edges', () => {
  it('does not guess a credit from a dip when the text names a fee that could cause it', () => {
    const dipping = { rate500: 0.15, rate1000: 0.12, rate2000: 0.15 };
    // The same prices with no text do get the guessed label, so the fee is what stops it.
    expect(label(plan(dipping), 'bill-credit')?.text).toMatch(/a bill credit probably applies only around 1,000 kWh$/);
    const withFee = plan({ ...dipping, feesCredits: 'A $9.95 fee applies if usage is below 500 kWh.' });
    expect(buildCostModel(withFee).terms.steps).toHaveLength(1);
    expect(label(withFee, 'bill-credit')).toBeUndefined();
  });

  it('says a credit below some usage "needs" that usage and quotes the posted prices', () => {
    // Base $5 + 12¢/kWh, and a $10 credit below 500 kWh that none of the posted usages earns.
    const p = plan({
      rate500: 0.13,
      rate1000: 0.125,
      rate2000: 0.1225,
      feesCredits: 'A $10 credit applies when usage is below 500 kWh.',
    });
    expect(buildCostModel(p).kind).toBe('step');
    expect(label(p, 'bill-credit')).toEqual({
      kind: 'bill-credit',
      severity: 'medium',
      text: 'Costs 13.0¢/kWh at 500 kWh but 12.5¢/kWh at 1,000 kWh: the $10 bill credit needs less than 500 kWh',
    });
  });

  it('quotes the posted prices when the credit starts at 100 kWh, leaving no usage 100 kWh below it', () => {
    // Base $5 + 12¢/kWh − $10 from 100 kWh: 11¢, 11.5¢ and 11.75¢ at the posted usages.
    const p = plan({
      rate500: 0.11,
      rate1000: 0.115,
      rate2000: 0.1175,
      feesCredits: 'A $10 credit applies when usage is 100 kWh or more.',
    });
    expect(buildCostModel(p).kind).toBe('step');
    expect(label(p, 'bill-credit')?.text).toBe(
      'Costs 11.0¢/kWh at 500 kWh but 11.5¢/kWh at 1,000 kWh: the $10 bill credit needs 100 kWh or more',
    );
  });

  it('names the credit with the lowest threshold in either order', () => {
    const p = plan({
      feesCredits: 'A $50 credit applies at 2,000 kWh or more. A $30 credit applies at 1,000 kWh or more.',
    });
    expect(buildCostModel(p).terms.steps.map((s) => s.fromKwh)).toEqual([2000, 1000]);
    expect(label(p, 'bill-credit')?.text).toMatch(/: the \$30 bill credit needs 1,000 kWh or more$/);
    const lowFirst = plan({
      feesCredits: 'A $30 credit applies at 1,000 kWh or more. A $50 credit applies at 2,000 kWh or more.',
    });
    expect(label(lowFirst, 'bill-credit')?.text).toMatch(/: the \$30 bill credit needs 1,000 kWh or more$/);
  });

  it('names the credit that starts from zero before one with a threshold', () => {
    const p = plan({
      feesCredits: 'A $50 credit applies at 2,000 kWh or more. A $30 credit applies below 500 kWh.',
    });
    expect(label(p, 'bill-credit')?.text).toMatch(/: the \$30 bill credit needs less than 500 kWh$/);
  });

  it('is not raised by a fee alone, whatever its band', () => {
    for (const feesCredits of [
      'A $10 fee applies when you use more than 2,000 kWh.',
      'A $9.95 fee applies if usage is below 500 kWh.',
    ])
      expect(label(plan({ feesCredits }), 'bill-credit')).toBeUndefined();
  });
});

describe('minimum-usage label edges', () => {
  it('is not raised by a credit, a fee above some usage or a fee inside a band', () => {
    for (const feesCredits of [
      'Get a $50 bill credit when usage is between 1,000 and 2,000 kWh.',
      'A $10 credit applies when usage is below 500 kWh.',
      'A $10 fee applies when you use more than 2,000 kWh.',
      'A $10 fee applies when usage is between 1,000 and 2,000 kWh.',
    ]) {
      const p = plan({ feesCredits });
      expect(buildCostModel(p).terms.steps).toHaveLength(1);
      expect(label(p, 'minimum-usage')).toBeUndefined();
    }
  });

  it('is not raised by a fee with no band at all, which no sentence yields but a model may hold', () => {
    const p = plan({});
    const everywhere: UsageStep = {
      kind: 'fee',
      amount: 5,
      fromKwh: null,
      fromInclusive: false,
      toKwh: null,
      toInclusive: false,
    };
    const model = buildCostModel(p);
    expect(minimumUsageTrap(p, { ...model, terms: { ...model.terms, steps: [everywhere] } })).toBeNull();
  });

  it('words the export flag alone exactly', () => {
    expect(label(plan({ hasMinUsageFee: true }), 'minimum-usage')).toEqual({
      kind: 'minimum-usage',
      severity: 'medium',
      text: 'Has a minimum-usage fee or usage credit that the listing does not spell out: check the Electricity Facts Label',
    });
  });
});

describe('time-of-use window words', () => {
  const tou = (specialTerms: string) => label(plan({ isTimeOfUse: true, specialTerms }), 'time-of-use');

  it('reads the singular Spanish weekend and Saturday', () => {
    expect(tou('Electricidad gratis el fin de semana')?.text).toMatch(/^Time of use \(free or cheaper weekends\)/);
    expect(tou('Electricidad gratis el sábado')?.text).toMatch(/^Time of use \(free or cheaper weekends\)/);
    expect(tou('Electricidad gratis el sabado')?.text).toMatch(/^Time of use \(free or cheaper weekends\)/);
  });

  it('reads a single day, Spanish days and "am to" without periods as daytime', () => {
    for (const words of ['Free power every day', 'Electricidad gratis todos los días', 'Free from 9 am to 5 pm'])
      expect(tou(words)).toEqual({
        kind: 'time-of-use',
        severity: 'medium',
        text: "Time of use (free or cheaper daytime hours): power at other hours costs more than the posted price, which assumes a typical household's timing",
      });
    expect(tou('Free from 9 a.m to 5 pm')?.text).toMatch(/\(free or cheaper daytime hours\)/);
    expect(tou('Free from 9 am. to 5 pm')?.text).toMatch(/\(free or cheaper daytime hours\)/);
  });
});

describe('short-term, variable-rate and per-month ETF wording', () => {
  it('rates a short term medium', () => {
    expect(label(plan({ termMonths: 3 }), 'short-term')?.severity).toBe('medium');
  });

  it('words an indexed rate exactly', () => {
    expect(label(plan({ rateType: 'indexed' }), 'variable-rate')).toEqual({
      kind: 'variable-rate',
      severity: 'high',
      text: 'Indexed rate: the price follows a market index, so bills can jump when wholesale prices spike',
    });
  });

  it('has no label for a zero per-month fee', () => {
    expect(label(plan({ cancellationFee: 0, cancellationFeePerMonth: true }), 'etf-per-month')).toBeUndefined();
  });

  it('gives no worst case when no term is posted', () => {
    const p = plan({ termMonths: 0, rateType: 'variable', cancellationFee: 20, cancellationFeePerMonth: true });
    expect(label(p, 'etf-per-month')?.text).toBe('Early-termination fee of $20 for each month left');
  });
});
