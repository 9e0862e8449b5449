import { describe, expect, it } from 'vitest';
import {
  BILL_CREDIT_DIP_CENTS,
  buildCostModel,
  dipAt1000Cents,
  EFL_PRICE_TOLERANCE,
  planTraps,
  type PlanPricing,
  type TrapKind,
} from '~/lib/cost';
import { EXPORT_2026_01_10, EXPORT_2026_01_29, readExportPlans, type ExportPlan } from '../helpers/ptc-export-rows';

const { plans } = readExportPlans(EXPORT_2026_01_10);
const byId = new Map(plans.map((p) => [p.id, p]));
const plan = (idKey: string): ExportPlan => {
  const found = byId.get(idKey);
  if (!found) throw new Error(`idKey ${idKey} is not in ${EXPORT_2026_01_10}`);
  return found;
};
const label = (p: PlanPricing, kind: TrapKind) => planTraps(p).find((l) => l.kind === kind);

describe('bill-credit label', () => {
  it('prices the month just below the credit from the step model (Rhythm Saver 12, AEP Central, idKey 35273)', () => {
    const rhythm = plan('35273');
    expect([rhythm.rep, rhythm.rate500, rhythm.rate1000, rhythm.rate2000]).toEqual(['RHYTHM', 0.208, 0.11, 0.161]);
    expect(buildCostModel(rhythm).kind).toBe('step');
    expect(label(rhythm, 'bill-credit')).toEqual({
      kind: 'bill-credit',
      severity: 'high',
      text: 'Costs 21.0¢/kWh if you use 900 kWh: the $100 bill credit needs 1,000 kWh or more',
    });
  });

  it('reads the Spanish listing of the same offer the same way (idKey 35274)', () => {
    expect(label(plan('35274'), 'bill-credit')?.text).toBe(label(plan('35273'), 'bill-credit')?.text);
  });

  it('falls back to the posted prices when the credit does not explain them (TXU Value Edge 12, idKey 33726)', () => {
    const txu = plan('33726');
    const model = buildCostModel(txu, { tolerance: EFL_PRICE_TOLERANCE });
    expect(model.approximate).toBe(true);
    expect(model.reason).toMatch(/^The \$30 bill credit at 800 kWh or more does not reproduce the posted prices/);
    expect(label(txu, 'bill-credit')?.text).toBe(
      'Costs 19.8¢/kWh at 500 kWh but 13.5¢/kWh at 1,000 kWh: the $30 bill credit needs 800 kWh or more',
    );
  });

  it('says "around 1,000 kWh" when the prices dip but the text names no credit', () => {
    const silent = { ...plan('35273'), feesCredits: null, specialTerms: null };
    expect(buildCostModel(silent).approximate).toBe(true);
    expect(label(silent, 'bill-credit')).toEqual({
      kind: 'bill-credit',
      severity: 'high',
      text: 'Costs 20.8¢/kWh at 500 kWh and 16.1¢/kWh at 2,000 kWh, but 11.0¢/kWh at 1,000 kWh: a bill credit probably applies only around 1,000 kWh',
    });
  });

  it.each([EXPORT_2026_01_10, EXPORT_2026_01_29])(
    'in %s fires exactly on the rows whose text names a credit, and those all dip at 1,000 kWh',
    (file) => {
      const all = readExportPlans(file).plans;
      const labelled = all.filter((p) => label(p, 'bill-credit')).map((p) => p.id);
      const withCredit = all.filter((p) => buildCostModel(p).terms.steps.some((s) => s.kind === 'credit'));
      expect(labelled).toEqual(withCredit.map((p) => p.id));
      expect(withCredit.every((p) => dipAt1000Cents(p) >= BILL_CREDIT_DIP_CENTS)).toBe(true);
      expect(labelled.length).toBe(file === EXPORT_2026_01_10 ? 68 : 40);
    },
  );

  it('does not fire on a plain fixed plan (Cirro Smart Simple 12, idKey 11682)', () => {
    expect(planTraps(plan('11682'))).toEqual([]);
  });
});

describe('minimum-usage label', () => {
  it('explains a flat bill below 1,000 kWh (Texans Choice Texas Instant 12, idKey 35977)', () => {
    expect(planTraps(plan('35977'))).toEqual([
      {
        kind: 'minimum-usage',
        severity: 'high',
        text: 'Costs 29.0¢/kWh if you use 500 kWh: the bill is the same $145 for any usage below 1,000 kWh',
      },
    ]);
  });

  it('names a fee below a usage', () => {
    const withFee = { ...plan('11682'), feesCredits: 'A $9.95 fee applies if usage is below 500 kWh.' };
    expect(label(withFee, 'minimum-usage')?.text).toBe('Adds a $9.95 fee in months you use less than 500 kWh');
  });

  it('ignores "no Minimum Use fees" (Amigo Basics PTC - 60, idKey 24334) but flags an unexplained export flag', () => {
    const amigo = plan('24334');
    expect(amigo.specialTerms).toContain('no Minimum Use fees');
    expect(label(amigo, 'minimum-usage')).toBeUndefined();
    expect(label({ ...amigo, hasMinUsageFee: true }, 'minimum-usage')?.severity).toBe('medium');
  });
});

describe('other labels', () => {
  it('names the free hours of time-of-use plans (Texans Choice Free Nights 12, idKey 36013; Champion Free Weekends-24, idKey 18540)', () => {
    expect(label(plan('36013'), 'time-of-use')?.text).toBe(
      "Time of use (free or cheaper nights): power at other hours costs more than the posted price, which assumes a typical household's timing",
    );
    expect(label(plan('18540'), 'time-of-use')?.text).toMatch(/^Time of use \(free or cheaper weekends\)/);
    expect(label({ ...plan('36013'), isTimeOfUse: false }, 'time-of-use')).toBeUndefined();
  });

  it('flags a 3-month fixed term (Ranchero Power Smart & Fixed - 3, idKey 29270) but not a 6-month one', () => {
    expect(label(plan('29270'), 'short-term')?.text).toBe('Price is fixed for only 3 months: after that it can change');
    expect(label({ ...plan('29270'), termMonths: 6 }, 'short-term')).toBeUndefined();
  });

  it('flags variable and indexed rates (NEC Co-op Energy, idKey 618)', () => {
    const nec = plan('618');
    expect(nec.rateType).toBe('variable');
    expect(label(nec, 'variable-rate')).toEqual({
      kind: 'variable-rate',
      severity: 'medium',
      text: 'Variable rate: the provider can change the price from month to month',
    });
    expect(label({ ...nec, rateType: 'indexed' }, 'variable-rate')?.severity).toBe('high');
    // A variable plan's 0-month term is not a teaser term.
    expect(label(nec, 'short-term')).toBeUndefined();
  });

  it('flags prepaid service (Payless Power PTC 6 Month - Prepaid, idKey 20174)', () => {
    expect(planTraps(plan('20174'))).toEqual([
      {
        kind: 'prepaid',
        severity: 'low',
        text: 'Prepaid: you pay in advance, and service can be cut off soon after the balance runs out',
      },
    ]);
  });

  it('spells out a per-month early-termination fee ("20 / remaining month", idKey 35273)', () => {
    expect(label(plan('35273'), 'etf-per-month')?.text).toBe(
      'Early-termination fee of $20 for each month left: leaving right after signing up costs up to $240',
    );
    expect(label(plan('11682'), 'etf-per-month')).toBeUndefined();
  });

  it('lists the most serious labels first', () => {
    const severities = planTraps({ ...plan('35273'), isPrepaid: true, rateType: 'variable' }).map((l) => l.severity);
    expect(severities).toEqual(['high', 'medium', 'low', 'low']);
  });
});
