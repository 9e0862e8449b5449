// Points for the server-rendered cost chart: the bill and the average price across a usage range.
import { buildCostModel, estimateUnchecked } from './cost-model';
import { assertUsage, CostInputError } from './errors';
import type { CostOptions, PlanPricing } from './types';

/** One point of a cost curve. */
export interface CurvePoint {
  usageKwh: number;
  bill: number;
  /** Null below 1 kWh, where an average price means nothing. */
  centsPerKwh: number | null;
}

/** The usage range a curve covers, inclusive of both ends when the step lands on them. */
export interface CurveRange {
  from?: number;
  to?: number;
  step?: number;
}

// Enough for a smooth chart at 10 kWh resolution over the whole range; more only costs time.
const MAX_POINTS = 501;

/** Bill and ¢/kWh from `from` to `to` every `step` kWh (defaults 250 to 3,000 by 250). */
export function costCurve(plan: PlanPricing, range: CurveRange = {}, options: CostOptions = {}): CurvePoint[] {
  const from = assertUsage(range.from ?? 250, 'curve start');
  const to = assertUsage(range.to ?? 3000, 'curve end');
  const step = range.step ?? 250;
  if (to < from) throw new CostInputError(`curve end (${to} kWh) is below its start (${from} kWh)`);
  if (typeof step !== 'number' || !Number.isFinite(step) || step <= 0)
    throw new CostInputError(`curve step must be a positive number of kWh, got ${String(step)}`);
  const count = Math.floor((to - from) / step + 1e-9) + 1;
  if (count > MAX_POINTS)
    throw new CostInputError(`curve would have ${count} points; at most ${MAX_POINTS} are allowed`);
  const model = buildCostModel(plan, options);
  return Array.from({ length: count }, (_, i) => {
    // Multiply rather than accumulate so 0.1-kWh steps do not drift.
    const { usageKwh, bill, centsPerKwh } = estimateUnchecked(model, Math.min(to, from + i * step));
    return { usageKwh, bill, centsPerKwh };
  });
}
