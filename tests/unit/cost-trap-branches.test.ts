// Trap labels on made-up plans, one branch each: the wordings are the parser's own test cases.
import { describe, expect, it } from 'vitest';
import { planTraps, type PlanPricing, type TrapKind } from '~/lib/cost';
import { pricing } from '../helpers/pricing';

const plan = pricing;
const label = (p: PlanPricing, kind: TrapKind) => planTraps(p).find((l) => l.kind === kind);

describe('bill-credit label branches', () => {
  it('is medium when the text names a credit but the prices do not dip', () => {
    const p = plan({ feesCredits: 'A $40 credit applies when you use more than 1,200 kWh.' });
    expect(label(p, 'bill-credit')).toMatchObject({ kind: 'bill-credit', severity: 'medium' });
    expect(label(p, 'bill-credit')?.text).toMatch(/: the \$40 bill credit needs more than 1,200 kWh$/);
  });

  it('says a credit for a band of usage "only applies" inside it', () => {
    const p = plan({ feesCredits: 'Get a $50 bill credit when usage is between 1,000 and 2,000 kWh.' });
    expect(label(p, 'bill-credit')?.text).toMatch(/the \$50 bill credit only applies between 1,000 and 2,000 kWh$/);
  });
});

describe('usage-fee label', () => {
  it('names a fee that starts above some usage, and nothing for a plain plan', () => {
    const fee = plan({ feesCredits: 'A $10 fee applies when you use more than 2,000 kWh.' });
    expect(label(fee, 'usage-fee')).toEqual({
      kind: 'usage-fee',
      severity: 'medium',
      text: expect.stringMatching(/^Adds a \$10 fee in months you use more than 2,000 kWh$/),
    });
    expect(label(plan({}), 'usage-fee')).toBeUndefined();
    // A fee below some usage is a minimum-usage fee, not a usage fee.
    const minimum = plan({ feesCredits: 'A $9.95 fee applies if usage is below 500 kWh.' });
    expect(label(minimum, 'usage-fee')).toBeUndefined();
    expect(label(minimum, 'minimum-usage')).toMatchObject({ severity: 'high' });
  });
});

describe('time-of-use label', () => {
  const tou = (productName: string | null, specialTerms: string | null = null) =>
    label(plan({ isTimeOfUse: true, productName, specialTerms }), 'time-of-use')?.text;

  it('names the cheap window from the name or the terms, in English or Spanish', () => {
    expect(tou('Free Weekends 12')).toMatch(/^Time of use \(free or cheaper weekends\): /);
    expect(tou(null, 'Gratis los fines de semana')).toMatch(/\(free or cheaper weekends\)/);
    expect(tou('Free Nights 12')).toMatch(/\(free or cheaper nights\)/);
    expect(tou('Noches Gratis')).toMatch(/\(free or cheaper nights\)/);
    expect(tou('Free Days 12')).toMatch(/\(free or cheaper daytime hours\)/);
    expect(tou(null, 'Free power from 9 a.m. to 5 p.m.')).toMatch(/\(free or cheaper daytime hours\)/);
    expect(tou('Smart Saver 12')).toBe(
      "Time of use (prices that change with the time of day): power at other hours costs more than the posted price, which assumes a typical household's timing",
    );
    expect(tou(null, null)).toMatch(/\(prices that change with the time of day\)/);
  });
});

describe('short-term label', () => {
  it('counts the months of a short fixed term, and says when none is posted', () => {
    expect(label(plan({ termMonths: 1 }), 'short-term')?.text).toBe(
      'Price is fixed for only 1 month: after that it can change',
    );
    expect(label(plan({ termMonths: 5 }), 'short-term')?.text).toBe(
      'Price is fixed for only 5 months: after that it can change',
    );
    expect(label(plan({ termMonths: 0 }), 'short-term')?.text).toBe(
      'No fixed term is posted: the price may change at any time',
    );
    expect(label(plan({ termMonths: 6 }), 'short-term')).toBeUndefined();
    expect(label(plan({ termMonths: 3, rateType: 'variable' }), 'short-term')).toBeUndefined();
  });
});
