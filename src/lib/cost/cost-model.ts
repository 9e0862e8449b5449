// Picks the model for one plan and answers "what is the bill at N kWh". The step model is used only
// when the plan's own text explains its posted prices; otherwise the baseline interpolation is
// used and the estimate says why it may be off between the posted points.
import { assertUsage, CostInputError } from './errors';
import { describeBand, describeStep, formatCentsPerKwh, formatKwh } from './format';
import { dipAt1000Cents, interpolatedBill, postedBills, type PostedBills } from './interpolate';
import { fitStepModel, stepBill, type StepFit } from './step-model';
import { readUsageTerms } from './usage-terms';
import type { CostEstimate, CostModelKind, CostOptions, PlanPricing, UsageTerms } from './types';

/** Half the last digit of a price posted with 4 decimals ($/kWh): the raw export's rounding. */
export const POSTED_PRICE_TOLERANCE = 0.00005;

/** Half of 0.1¢ in $/kWh: the rounding of EFL averages and of the 2026-01-29 reconstructed file. */
export const EFL_PRICE_TOLERANCE = 0.0005;

/** A dip at 1,000 kWh this deep (¢/kWh, on bills) marks a usage credit; plain plans stay under 0.1¢. */
export const BILL_CREDIT_DIP_CENTS = 1;

/** Smallest usage with an average price; below it `centsPerKwh` is null. */
export const MIN_AVERAGE_KWH = 1;

// Float slack on top of the rounding tolerance, so a price exactly half a digit off still passes.
const FLOAT_SLACK = 1e-9;

/** A plan's fitted cost model: evaluate it many times without re-reading the text. */
export interface CostModel {
  kind: CostModelKind;
  approximate: boolean;
  reason: string | null;
  terms: UsageTerms;
  /** The accepted step fit, or null when the bill is interpolated. */
  fit: StepFit | null;
  bills: PostedBills;
  tolerance: number;
  /** Bill in dollars at a usage already validated by the caller. */
  billAt(usageKwh: number): number;
}

/** Fits the cost model for one plan (throws CostInputError for implausible prices or tolerance). */
export function buildCostModel(plan: PlanPricing, options: CostOptions = {}): CostModel {
  // Default: REPs compute their posted averages from EFLs rounded to 0.1¢ (99.5% of the raw
  // export's prices sit on that grid), so half of 0.1¢ is the honest rounding to test against.
  const tolerance = options.tolerance ?? EFL_PRICE_TOLERANCE;
  if (!Number.isFinite(tolerance) || tolerance < 0)
    throw new CostInputError(`tolerance must be a non-negative number of $/kWh, got ${tolerance}`);
  const bills = postedBills(plan);
  const terms = readUsageTerms(plan);
  const interpolated = (approximate: boolean, reason: string | null): CostModel => ({
    kind: 'interpolated',
    approximate,
    reason,
    terms,
    fit: null,
    bills,
    tolerance,
    billAt: (u) => interpolatedBill(bills, u),
  });

  if (terms.steps.length > 0) {
    const fit = fitStepModel(bills, terms.steps);
    if (fit && fit.maxError <= tolerance + FLOAT_SLACK)
      return {
        kind: 'step',
        approximate: false,
        reason: null,
        terms,
        fit,
        bills,
        tolerance,
        billAt: (u) => stepBill(fit, u),
      };
    const first = terms.steps[0]!;
    const miss = fit ? ` (off by up to ${formatCentsPerKwh(fit.maxError)})` : '';
    return interpolated(
      true,
      `The ${describeStep(first)} at ${describeBand(first)} does not reproduce the posted prices${miss}, ` +
        'so the bill between 500, 1,000 and 2,000 kWh is interpolated.',
    );
  }
  if (terms.flatBelowKwh !== null) {
    // A flat bill below 1,000 kWh is exactly what the baseline draws when the 500 and 1,000 kWh bills match.
    const flatMatches = terms.flatBelowKwh === 1000 && Math.abs(bills[0] - bills[1]) <= 1500 * tolerance + FLOAT_SLACK;
    return interpolated(
      !flatMatches,
      flatMatches
        ? null
        : `The flat bill below ${formatKwh(terms.flatBelowKwh)} kWh does not match the posted prices, so the bill is interpolated.`,
    );
  }
  if (dipAt1000Cents(plan) >= BILL_CREDIT_DIP_CENTS)
    return interpolated(
      true,
      'The posted prices dip at 1,000 kWh the way a usage credit does, but the plan text does not say ' +
        'which, so the bill between the posted points is interpolated.',
    );
  if (plan.hasMinUsageFee)
    return interpolated(
      true,
      'Power to Choose flags a minimum-usage fee or credit that the plan text does not describe, ' +
        'so the bill between the posted points may be off.',
    );
  return interpolated(false, null);
}

/** The estimate at one usage from an already fitted model (usage is validated). */
export function estimateWith(model: CostModel, usageKwh: number): CostEstimate {
  const usage = assertUsage(usageKwh);
  return estimateUnchecked(model, usage);
}

/** Same as estimateWith for callers that validated the usage once for many plans. */
export function estimateUnchecked(model: CostModel, usageKwh: number): CostEstimate {
  const bill = model.billAt(usageKwh);
  // Below 1 kWh an average is a fixed charge divided by almost nothing (1e-300 kWh overflows to ∞).
  return {
    usageKwh,
    bill,
    centsPerKwh: usageKwh >= MIN_AVERAGE_KWH ? (bill / usageKwh) * 100 : null,
    model: model.kind,
    approximate: model.approximate,
    reason: model.reason,
  };
}

/** Expected monthly bill for one plan at one usage (0–5,000 kWh). */
export function monthlyCost(plan: PlanPricing, usageKwh: number, options: CostOptions = {}): CostEstimate {
  const usage = assertUsage(usageKwh);
  return estimateUnchecked(buildCostModel(plan, options), usage);
}
