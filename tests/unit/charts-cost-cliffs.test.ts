// Bill-credit cliffs on the cost chart: Rhythm Saver 12 on Oncor (idKey 35279, 2026-01-29) posts
// 19.6 / 9.6 / 14.7¢ with a $100 credit at 1,000 kWh or more. Sampled every 250 kWh its curve ran
// diagonally from 750 to 1,000 kWh and crossed the 900 kWh marker near 13.6¢; the bill is 19.6¢.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { costCurveChart, FRAME } from '~/lib/charts';
import {
  buildCostModel,
  cliffUsages,
  costCurve,
  costCurves,
  CostInputError,
  monthlyCost,
  parseUsageTerms,
  type CurvePoint,
} from '~/lib/cost';
import { anyPlan, usage } from '../helpers/cost-arbitraries';
import { EXPORT_2026_01_29, readExportPlans } from '../helpers/ptc-export-rows';

const { plans } = readExportPlans(EXPORT_2026_01_29);
const rhythm = plans.find((p) => p.id === '35279')!;
const flatPlan = plans.find((p) => p.id === '28213')!; // Frontier Power Saver 12: 14.2 / 13.8 / 13.6¢
const pairs = (d: string) =>
  [...d.matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)].map((m) => ({ x: Number(m[1]), y: Number(m[2]) }));
const at = (points: readonly CurvePoint[], kwh: number) => points.find((p) => p.usageKwh === kwh);

describe('cliffUsages', () => {
  const stepsOf = (text: string) => parseUsageTerms(text).steps;

  it('puts both sides of each threshold, honouring inclusive and exclusive bounds', () => {
    expect(cliffUsages(stepsOf('A $100 bill credit applies when usage is 1,000 kWh or more.'), 0, 3000)).toEqual([
      999, 1000,
    ]);
    expect(cliffUsages(stepsOf('A $50 bill credit applies for usage more than 1,000 kWh.'), 0, 3000)).toEqual([
      1000, 1001,
    ]);
    expect(cliffUsages(stepsOf('A $9.95 fee applies if usage is below 500 kWh.'), 0, 3000)).toEqual([499, 500]);
    expect(cliffUsages(stepsOf('A $9.95 fee applies if usage is 500 kWh or less.'), 0, 3000)).toEqual([500, 501]);
    expect(cliffUsages(stepsOf('Get a $30 bill credit when usage is between 1,000 and 2,000 kWh.'), 0, 3000)).toEqual([
      999, 1000, 2000, 2001,
    ]);
  });

  it('keeps only the usages inside the range', () => {
    const steps = stepsOf('Get a $30 bill credit when usage is between 1,000 and 2,000 kWh.');
    expect(cliffUsages(steps, 1000, 1500)).toEqual([1000]);
    expect(cliffUsages(steps, 2500, 3000)).toEqual([]);
  });
});

describe('costCurve with cliffs and included usages', () => {
  it('draws Rhythm Saver 12’s $100 credit as a 1 kWh drop at 1,000 kWh', () => {
    const curve = costCurve(rhythm, { cliffs: true, include: [900] });
    expect(buildCostModel(rhythm).kind).toBe('step');
    const [below, onIt] = [at(curve, 999)!, at(curve, 1000)!];
    expect(onIt.bill).toBeCloseTo(96, 9);
    expect(below.bill - onIt.bill).toBeGreaterThan(99);
    expect(curve.indexOf(onIt)).toBe(curve.indexOf(below) + 1);
  });

  it('has a point at the shopper’s 900 kWh equal to the monthly estimate (19.6¢, not the 13.6¢ of the old slope)', () => {
    const curve = costCurve(rhythm, { cliffs: true, include: [900] });
    const point = at(curve, 900)!;
    const estimate = monthlyCost(rhythm, 900);
    expect(point.bill).toBe(estimate.bill);
    expect(point.centsPerKwh).toBe(estimate.centsPerKwh);
    expect(point.centsPerKwh).toBeCloseTo(19.6, 9);
    // What the 250 kWh grid alone drew at 900 kWh: 60 % of the way from 750 to 1,000 kWh.
    const grid = costCurve(rhythm);
    const slope = at(grid, 750)!.centsPerKwh! + 0.6 * (at(grid, 1000)!.centsPerKwh! - at(grid, 750)!.centsPerKwh!);
    expect(slope).toBeCloseTo(13.6, 9);
  });

  it('leaves a plan without a known threshold on its grid, plus the included usage', () => {
    expect(costCurve(flatPlan, { cliffs: true }).map((p) => p.usageKwh)).toEqual(
      costCurve(flatPlan).map((p) => p.usageKwh),
    );
    expect(costCurve(flatPlan, { include: [900, 4000] }).map((p) => p.usageKwh)).toContain(4000);
  });

  it('is sorted, repeat-free and equal to the monthly estimate at every point, for any plan', () => {
    fc.assert(
      fc.property(anyPlan, usage, (plan, extra) => {
        const curve = costCurve(plan, { cliffs: true, include: [extra, 1000] });
        const usages = curve.map((p) => p.usageKwh);
        for (let i = 1; i < usages.length; i++) expect(usages[i]).toBeGreaterThan(usages[i - 1]!);
        expect(usages).toContain(extra);
        for (const point of curve) expect(point.bill).toBe(monthlyCost(plan, point.usageKwh).bill);
        const steps = buildCostModel(plan).fit?.steps ?? [];
        for (const u of cliffUsages(steps, 250, 3000)) expect(usages).toContain(u);
      }),
      { numRuns: 100 },
    );
  });

  it('refuses a bad included usage and too many of them', () => {
    expect(() => costCurve(rhythm, { include: [-5] })).toThrow(CostInputError);
    expect(() => costCurve(rhythm, { include: Array.from({ length: 25 }, (_, i) => i) })).toThrow(/at most 24/);
  });
});

describe('costCurves', () => {
  it('puts every plan on the same usages, including each plan’s cliffs', () => {
    const [credit, flat] = costCurves([rhythm, flatPlan], { cliffs: true, include: [900] });
    expect(credit!.map((p) => p.usageKwh)).toEqual(flat!.map((p) => p.usageKwh));
    expect(flat!.map((p) => p.usageKwh)).toEqual(expect.arrayContaining([900, 999, 1000]));
    expect(at(flat!, 999)!.bill).toBe(monthlyCost(flatPlan, 999).bill);
  });
});

describe('the cost chart of Rhythm Saver 12 at 900 kWh', () => {
  const [credit, flat] = costCurves([rhythm, flatPlan], { cliffs: true, include: [900] });
  // Laid out inside each test, so mutation testing sees which tests reach the layout code.
  const layout = () => {
    const chart = costCurveChart({
      series: [
        { label: 'Rhythm Saver 12', points: credit! },
        { label: 'Frontier Power Saver 12', points: flat! },
      ],
      markerKwh: 900,
      title: 'Cost at your usage',
    })!;
    const [zero, top] = [chart.yTicks[0]!, chart.yTicks[chart.yTicks.length - 1]!];
    const yOf = (cents: number) => zero.at - ((zero.at - top.at) * cents) / Number(top.label.replace('¢', ''));
    return { chart, line: pairs(chart.lines[0]!.d), yOf };
  };

  it('has a near-vertical segment at 1,000 kWh', () => {
    const { line } = layout();
    const x1000 = FRAME.left + ((1000 - 250) / (3000 - 250)) * (FRAME.right - FRAME.left);
    const cliff = line.findIndex((p, i) => i > 0 && Math.abs(p.x - x1000) < 0.01);
    expect(cliff).toBeGreaterThan(0);
    const [before, after] = [line[cliff - 1]!, line[cliff]!];
    expect(after.x - before.x).toBeLessThan(0.5);
    expect(after.y - before.y).toBeGreaterThan(40); // 21.0¢ → 9.6¢ downwards on the SVG
  });

  it('meets the usage marker at the 19.6¢ the table shows', () => {
    const { chart, line, yOf } = layout();
    const onMarker = line.find((p) => p.x === chart.marker!.x)!;
    expect(onMarker).toBeDefined();
    expect(onMarker.y).toBeCloseTo(yOf(monthlyCost(rhythm, 900).centsPerKwh!), 1);
    const row = chart.table.rows.find((r) => r.header === '900')!;
    expect(row.cells).toEqual(['19.6¢/kWh', '13.8¢/kWh']);
  });

  it('draws points appended out of order in usage order', () => {
    const shuffled = [...credit!].reverse();
    const again = costCurveChart({ series: [{ label: 'Rhythm Saver 12', points: shuffled }], title: 't' })!;
    const xs = pairs(again.lines[0]!.d).map((p) => p.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
  });
});
