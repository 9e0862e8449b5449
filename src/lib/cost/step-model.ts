// The step model: bill = base $/month + rate × kWh + the credits and fees read from the text.
// Base and rate are solved from the posted prices; the model is only trusted when it reproduces
// all three of them to the export's rounding.
import { POSTED_KWH, type PostedBills } from './interpolate';
import { stepsTotal } from './usage-terms';
import type { UsageStep } from './types';

/** A fitted step model. */
export interface StepFit {
  /** Fixed dollars per month (may come out slightly negative from rounding). */
  baseCharge: number;
  /** Marginal $/kWh. */
  energyRate: number;
  steps: readonly UsageStep[];
  /** Worst |model price − posted price| in $/kWh over the three posted points, before correction. */
  maxError: number;
  /** Dollars added at 500/1,000/2,000 kWh so the model hits the posted bills exactly. */
  corrections: PostedBills;
}

/**
 * Best base + rate for these steps in the minimax sense, or null when no positive rate fits. With
 * two unknowns and three points the best fit misses each point by the same amount with
 * alternating sign (Chebyshev alternation on x = 1/u), which gives a closed form.
 */
export function fitStepModel(bills: PostedBills, steps: readonly UsageStep[]): StepFit | null {
  // Price model a/u + b against y = posted price with the steps taken out; x = 1/u.
  const [b500, b1000, b2000] = bills;
  const y500 = (b500 - stepsTotal(steps, 500)) / 500;
  const y1000 = (b1000 - stepsTotal(steps, 1000)) / 1000;
  const y2000 = (b2000 - stepsTotal(steps, 2000)) / 2000;
  const a = (y500 - y2000) / (1 / 500 - 1 / 2000);
  const h = (y1000 - y2000 - a * (1 / 1000 - 1 / 2000)) / 2;
  const b = y2000 - a / 2000 + h;
  if (!Number.isFinite(a) || !Number.isFinite(b) || b <= 0) return null;
  const core = (u: number) => a + b * u + stepsTotal(steps, u);
  const corrections: PostedBills = [b500 - core(500), b1000 - core(1000), b2000 - core(2000)];
  const maxError = Math.max(...POSTED_KWH.map((u, i) => Math.abs(corrections[i]!) / u));
  return { baseCharge: a, energyRate: b, steps, maxError, corrections };
}

/**
 * The fitted bill at any usage. The sub-rounding corrections are interpolated between the posted
 * points and held flat outside them, so the curve passes through the posted bills exactly
 * without bending the marginal rate beyond them.
 */
export function stepBill(fit: StepFit, usageKwh: number): number {
  const [c500, c1000, c2000] = fit.corrections;
  const correction =
    usageKwh <= 500
      ? c500
      : usageKwh <= 1000
        ? c500 + ((c1000 - c500) * (usageKwh - 500)) / 500
        : usageKwh <= 2000
          ? c1000 + ((c2000 - c1000) * (usageKwh - 1000)) / 1000
          : c2000;
  const bill = fit.baseCharge + fit.energyRate * usageKwh + stepsTotal(fit.steps, usageKwh) + correction;
  return Math.max(0, bill);
}
