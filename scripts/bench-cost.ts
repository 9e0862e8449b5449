// Times the true-cost engine on real data: every offer of the utility with the most offers in the
// recorded 2026-01-10 export, ranked at one usage and drawn as cost curves (target: ranking ≤ 1 ms),
// then the year estimate: CenterPoint on 2026-01-10 and Oncor on 2026-01-29 ranked over twelve
// shaped months, after-term assumption included (target ≤ 2 ms).
// Usage: npm run bench:cost [-- usageKwh]   (PLANS_SNAPSHOT_DIR overrides ../shared/data/powertochoose)
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterTermAssumption, costCurve, rankPlans, rankPlansForYear, type RankablePlan } from '~/lib/cost';
import { shapedUsages } from '~/lib/usage';
import { parseConfig } from '~/server/core/config';
import { parsePtcExport } from '~/server/sync/ptc/parse-export';
import { rawToPlanPricing } from '~/server/sync/ptc/to-plan-pricing';

const EXPORT = 'ptc-export-offers_2026-01-10.csv';

/** Every priced row of an export, by the export's utility name. */
function plansByUtility(fileName: string): Map<string, RankablePlan[]> {
  const dir = parseConfig().sources.snapshotDir;
  if (!dir) throw new Error('PLANS_SNAPSHOT_DIR is not set and ../shared/data/powertochoose does not exist');
  const { rows } = parsePtcExport(readFileSync(path.join(dir, fileName), 'utf8'), fileName);
  const byUtility = new Map<string, RankablePlan[]>();
  for (const { raw } of rows) {
    const plan = rawToPlanPricing(raw);
    if (plan) byUtility.set(raw.TduCompanyName!, [...(byUtility.get(raw.TduCompanyName!) ?? []), plan]);
  }
  return byUtility;
}

function time(label: string, iterations: number, run: () => unknown): void {
  for (let i = 0; i < Math.min(200, iterations); i++) run();
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const started = performance.now();
    run();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))]!.toFixed(3);
  console.log(`[bench] ${label}: median ${at(0.5)} ms, p95 ${at(0.95)} ms (${iterations} runs)`);
}

const usage = Number(process.argv[2] ?? 1000);
const [utility, plans] = [...plansByUtility(EXPORT)].sort((a, b) => b[1].length - a[1].length)[0]!;
console.log(`[bench] ${plans.length} offers of ${utility} from ${EXPORT}, usage ${usage} kWh`);
time(`rank ${plans.length} plans`, 5000, () => rankPlans(plans, usage));
time(`cost curves for ${plans.length} plans (12 points each)`, 1000, () => plans.map((plan) => costCurve(plan)));

// The year: January sign-up, the Texas shape around the same average usage.
const usages = shapedUsages(usage, 0);
for (const [fileName, name] of [
  [EXPORT, 'CENTERPOINT ENERGY HOUSTON ELECTRIC LLC'],
  ['ptc-export-offers_2026-01-29.reconstructed.csv', 'ONCOR ELECTRIC DELIVERY COMPANY'],
] as const) {
  const rows = plansByUtility(fileName).get(name) ?? [];
  const label = `${rows.length} ${name.split(' ')[0]} rows of ${/\d{4}-\d{2}-\d{2}/.exec(fileName)![0]}`;
  time(`year rank, ${label} (assumption + 12 months)`, 2000, () =>
    rankPlansForYear(rows, usages, 0, afterTermAssumption(rows)),
  );
  const assumption = afterTermAssumption(rows);
  time(`year rank, ${label} (12 months, assumption built)`, 2000, () => rankPlansForYear(rows, usages, 0, assumption));
}
