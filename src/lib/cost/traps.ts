// Plain-words warnings about a plan. Each label comes from one rule so it can be tested on its own
// and on real offers; the numbers in the text come from the same cost model the ranking uses.
import { BILL_CREDIT_DIP_CENTS, buildCostModel, type CostModel } from './cost-model';
import { describeBand, describeStep, formatCentsPerKwh, formatDollars, formatKwh } from './format';
import { dipAt1000Cents } from './interpolate';
import type { CostOptions, PlanPricing, TrapLabel, UsageStep } from './types';

/** Fixed terms shorter than this are teaser terms. */
export const SHORT_TERM_MONTHS = 6;

/** Every trap label for a plan, most serious first. */
export function planTraps(plan: PlanPricing, options: CostOptions = {}): TrapLabel[] {
  const model = buildCostModel(plan, options);
  const labels = [
    billCreditTrap(plan, model),
    minimumUsageTrap(plan, model),
    usageFeeTrap(model),
    timeOfUseTrap(plan),
    shortTermTrap(plan),
    variableRateTrap(plan),
    prepaidTrap(plan),
    perMonthEtfTrap(plan),
  ].filter((label): label is TrapLabel => label !== null);
  const rank = { high: 0, medium: 1, low: 2 };
  return labels.sort((a, b) => rank[a.severity] - rank[b.severity]);
}

/** A usage credit: the price dips at 1,000 kWh, or the text names a credit. */
export function billCreditTrap(plan: PlanPricing, model: CostModel): TrapLabel | null {
  const credit = lowestCredit(model.terms.steps);
  const dip = dipAt1000Cents(plan) >= BILL_CREDIT_DIP_CENTS;
  // Without a named credit, guess one only when the text names nothing else that could cause the dip.
  const explained = model.terms.flatBelowKwh !== null || model.terms.steps.length > 0;
  if (!credit && (!dip || explained)) return null;
  const severity = dip ? 'high' : 'medium';
  if (!credit) {
    const text =
      `Costs ${formatCentsPerKwh(plan.rate500)} at 500 kWh and ${formatCentsPerKwh(plan.rate2000)} at 2,000 kWh, ` +
      `but ${formatCentsPerKwh(plan.rate1000)} at 1,000 kWh: a bill credit probably applies only around 1,000 kWh`;
    return { kind: 'bill-credit', severity, text };
  }
  const rule = credit.toKwh !== null && credit.fromKwh !== null ? 'only applies' : 'needs';
  const why = `the ${describeStep(credit)} ${rule} ${describeBand(credit)}`;
  const justBelow = (credit.fromKwh ?? 0) - 100;
  if (model.kind === 'step' && justBelow > 0) {
    const price = model.billAt(justBelow) / justBelow;
    return {
      kind: 'bill-credit',
      severity,
      text: `Costs ${formatCentsPerKwh(price)} if you use ${formatKwh(justBelow)} kWh: ${why}`,
    };
  }
  const text =
    `Costs ${formatCentsPerKwh(plan.rate500)} at 500 kWh but ${formatCentsPerKwh(plan.rate1000)} at 1,000 kWh: ` + why;
  return { kind: 'bill-credit', severity, text };
}

/** A fee for low usage, a flat minimum bill, or the export's flag with nothing to explain it. */
export function minimumUsageTrap(plan: PlanPricing, model: CostModel): TrapLabel | null {
  const { steps, flatBelowKwh } = model.terms;
  if (flatBelowKwh !== null) {
    const flat = formatDollars(model.bills[0]);
    const text = `Costs ${formatCentsPerKwh(plan.rate500)} if you use 500 kWh: the bill is the same ${flat} for any usage below ${formatKwh(flatBelowKwh)} kWh`;
    return { kind: 'minimum-usage', severity: 'high', text };
  }
  const fee = steps.find((s) => s.kind === 'fee' && s.fromKwh === null && s.toKwh !== null);
  if (fee)
    return {
      kind: 'minimum-usage',
      severity: 'high',
      text: `Adds a ${describeStep(fee)} in months you use ${describeBand(fee)}`,
    };
  if (plan.hasMinUsageFee && steps.length === 0)
    return {
      kind: 'minimum-usage',
      severity: 'medium',
      text: 'Has a minimum-usage fee or usage credit that the listing does not spell out: check the Electricity Facts Label',
    };
  return null;
}

/** A fee that starts above some usage rather than below it. */
export function usageFeeTrap(model: CostModel): TrapLabel | null {
  const fee = model.terms.steps.find((s) => s.kind === 'fee' && s.fromKwh !== null);
  return fee
    ? {
        kind: 'usage-fee',
        severity: 'medium',
        text: `Adds a ${describeStep(fee)} in months you use ${describeBand(fee)}`,
      }
    : null;
}

/** Free or cheap hours: the posted averages assume a typical household's timing. */
export function timeOfUseTrap(plan: PlanPricing): TrapLabel | null {
  if (!plan.isTimeOfUse) return null;
  const words = `${plan.productName ?? ''} ${plan.specialTerms ?? ''}`;
  const window = /weekend|fin(?:es)? de semana|saturday|sunday|s[aá]bado|domingo/i.test(words)
    ? 'free or cheaper weekends'
    : /night|noche|nocturn/i.test(words)
      ? 'free or cheaper nights'
      : /\bdays?\b|daytime|d[ií]as|a\.?m\.? to/i.test(words)
        ? 'free or cheaper daytime hours'
        : 'prices that change with the time of day';
  const text = `Time of use (${window}): power at other hours costs more than the posted price, which assumes a typical household's timing`;
  return { kind: 'time-of-use', severity: 'medium', text };
}

/** A fixed price that only lasts a few months. */
export function shortTermTrap(plan: PlanPricing): TrapLabel | null {
  if (plan.rateType !== 'fixed' || plan.termMonths >= SHORT_TERM_MONTHS) return null;
  const text =
    plan.termMonths > 0
      ? `Price is fixed for only ${plan.termMonths} month${plan.termMonths === 1 ? '' : 's'}: after that it can change`
      : 'No fixed term is posted: the price may change at any time';
  return { kind: 'short-term', severity: 'medium', text };
}

/** A price the provider or a market index can move every month. */
export function variableRateTrap(plan: PlanPricing): TrapLabel | null {
  if (plan.rateType === 'indexed')
    return {
      kind: 'variable-rate',
      severity: 'high',
      text: 'Indexed rate: the price follows a market index, so bills can jump when wholesale prices spike',
    };
  if (plan.rateType === 'variable')
    return {
      kind: 'variable-rate',
      severity: 'medium',
      text: 'Variable rate: the provider can change the price from month to month',
    };
  return null;
}

/** Prepaid service: pay ahead, and a low balance can cut the power. */
export function prepaidTrap(plan: PlanPricing): TrapLabel | null {
  return plan.isPrepaid
    ? {
        kind: 'prepaid',
        severity: 'low',
        text: 'Prepaid: you pay in advance, and service can be cut off soon after the balance runs out',
      }
    : null;
}

/** An early-termination fee charged for every month left in the contract. */
export function perMonthEtfTrap(plan: PlanPricing): TrapLabel | null {
  const fee = plan.cancellationFee;
  if (!plan.cancellationFeePerMonth || fee === null || fee === undefined || !(fee > 0)) return null;
  const worst =
    plan.termMonths > 0 ? `: leaving right after signing up costs up to ${formatDollars(fee * plan.termMonths)}` : '';
  return {
    kind: 'etf-per-month',
    severity: 'low',
    text: `Early-termination fee of ${formatDollars(fee)} for each month left${worst}`,
  };
}

function lowestCredit(steps: readonly UsageStep[]): UsageStep | null {
  const credits = steps.filter((s) => s.kind === 'credit');
  credits.sort((a, b) => (a.fromKwh ?? 0) - (b.fromKwh ?? 0));
  return credits[0] ?? null;
}
