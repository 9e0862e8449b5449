// Points for the server-rendered cost chart: the bill and the average price across a usage range.
// A usage credit or fee makes the bill jump at its threshold; sampled every 250 kWh that jump
// would be drawn as a slope across the whole gap (Rhythm Saver 12 at 900 kWh would read ~14¢
// instead of 21¢), so a chart asks for `cliffs` and for the shopper's usage to be `include`d.
import { buildCostModel, estimateUnchecked, type CostModel } from './cost-model';
import { assertUsage, CostInputError } from './errors';
import type { CostOptions, PlanPricing, UsageStep } from './types';

/** One point of a cost curve. */
export interface CurvePoint {
  usageKwh: number;
  bill: number;
  /** Null below 1 kWh, where an average price means nothing. */
  centsPerKwh: number | null;
}

/** The usages a curve covers. */
export interface CurveRange {
  /** First usage of the grid (default 250 kWh). */
  from?: number;
  /** Last usage of the grid, included when the step lands on it (default 3,000 kWh). */
  to?: number;
  /** Grid spacing (default 250 kWh). */
  step?: number;
  /** More usages to evaluate, e.g. the shopper's, so the chart's marker meets the curve at the bill shown; kept even outside from–to. */
  include?: readonly number[];
  /** Add the usages either side of every credit or fee threshold between from and to, so each jump is drawn vertical. */
  cliffs?: boolean;
}

/** How far below (or above) a threshold the other side of a jump is drawn: meters bill whole kWh, so 999 is the last usage without a "1,000 kWh or more" credit. */
export const CLIFF_WIDTH_KWH = 1;

// Enough for a smooth chart at 10 kWh resolution over the whole range; more only costs time.
const MAX_POINTS = 501;
// A handful of marked usages (the shopper's, a few comparisons); more is not a marker any more.
const MAX_INCLUDED = 24;

/**
 * The usages, inside [from, to], on both sides of each threshold where a step makes the bill jump:
 * "1,000 kWh or more" jumps between 999 and 1,000, "more than 1,000 kWh" between 1,000 and 1,001,
 * "below 500 kWh" between 499 and 500, "500 kWh or less" between 500 and 501. Pass the steps of a
 * fitted step model (`model.fit.steps`): an interpolated bill has no known threshold.
 */
export function cliffUsages(steps: readonly UsageStep[], from: number, to: number): number[] {
  const usages: number[] = [];
  for (const step of steps) {
    if (step.fromKwh !== null) usages.push(...jump(step.fromKwh, step.fromInclusive ? 'below' : 'above'));
    if (step.toKwh !== null) usages.push(...jump(step.toKwh, step.toInclusive ? 'above' : 'below'));
  }
  return usages.filter((u) => u >= from && u <= to);
}

// The two usages of a jump at `threshold`, whose other side lies just below or just above it.
const jump = (threshold: number, otherSide: 'below' | 'above') =>
  otherSide === 'below' ? [threshold - CLIFF_WIDTH_KWH, threshold] : [threshold, threshold + CLIFF_WIDTH_KWH];

// The grid of a range after checking it, with the extra usages it asks for (still unsorted).
function checkedRange(range: CurveRange): { from: number; to: number; grid: number[]; include: number[] } {
  const from = assertUsage(range.from ?? 250, 'curve start');
  const to = assertUsage(range.to ?? 3000, 'curve end');
  const step = range.step ?? 250;
  if (to < from) throw new CostInputError(`curve end (${to} kWh) is below its start (${from} kWh)`);
  if (typeof step !== 'number' || !Number.isFinite(step) || step <= 0)
    throw new CostInputError(`curve step must be a positive number of kWh, got ${String(step)}`);
  const count = Math.floor((to - from) / step + 1e-9) + 1;
  if (count > MAX_POINTS)
    throw new CostInputError(`curve would have ${count} points; at most ${MAX_POINTS} are allowed`);
  const include = range.include ?? [];
  if (include.length > MAX_INCLUDED)
    throw new CostInputError(`a curve includes at most ${MAX_INCLUDED} extra usages, got ${include.length}`);
  // Multiply rather than accumulate so 0.1-kWh steps do not drift.
  const grid = Array.from({ length: count }, (_, i) => Math.min(to, from + i * step));
  return { from, to, grid, include: include.map((u) => assertUsage(u, 'included usage')) };
}

// Sorted and without repeats, so the polyline never doubles back.
const ordered = (usages: readonly number[]) => [...new Set(usages)].sort((a, b) => a - b);

const pointAt = (model: CostModel, usage: number): CurvePoint => {
  const { usageKwh, bill, centsPerKwh } = estimateUnchecked(model, usage);
  return { usageKwh, bill, centsPerKwh };
};

/** Bill and ¢/kWh from `from` to `to` every `step` kWh (defaults 250 to 3,000 by 250), plus any usages and cliffs asked for. */
export function costCurve(plan: PlanPricing, range: CurveRange = {}, options: CostOptions = {}): CurvePoint[] {
  const { from, to, grid, include } = checkedRange(range);
  const model = buildCostModel(plan, options);
  const cliffs = range.cliffs ? cliffUsages(model.fit?.steps ?? [], from, to) : [];
  return ordered([...grid, ...include, ...cliffs]).map((u) => pointAt(model, u));
}

/**
 * One curve per plan, all at the same usages: the grid, the included usages and, with `cliffs`,
 * every plan's jumps. A chart comparing plans then has a value for each of them in every row of its table.
 */
export function costCurves(
  plans: readonly PlanPricing[],
  range: CurveRange = {},
  options: CostOptions = {},
): CurvePoint[][] {
  const { from, to, grid, include } = checkedRange(range);
  const models = plans.map((plan) => buildCostModel(plan, options));
  const cliffs = range.cliffs ? models.flatMap((model) => cliffUsages(model.fit?.steps ?? [], from, to)) : [];
  const usages = ordered([...grid, ...include, ...cliffs]);
  return models.map((model) => usages.map((u) => pointAt(model, u)));
}
