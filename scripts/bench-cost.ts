// Times the true-cost engine on real data: every offer of the utility with the most offers in the
// recorded 2026-01-10 export, ranked at one usage and drawn as cost curves. Target: ranking ≤ 1 ms.
// Usage: npm run bench:cost [-- usageKwh]   (PLANS_SNAPSHOT_DIR overrides ../shared/data/powertochoose)
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { costCurve, rankPlans, type RankablePlan } from '~/lib/cost';
import { parseConfig } from '~/server/core/config';
import { parsePtcExport } from '~/server/sync/ptc/parse-export';
import { rawToPlanPricing } from '~/server/sync/ptc/to-plan-pricing';

const EXPORT = 'ptc-export-offers_2026-01-10.csv';

function loadPlans(): { utility: string; plans: RankablePlan[] } {
  const dir = parseConfig().sources.snapshotDir;
  if (!dir) throw new Error('PLANS_SNAPSHOT_DIR is not set and ../shared/data/powertochoose does not exist');
  const { rows } = parsePtcExport(readFileSync(path.join(dir, EXPORT), 'utf8'), EXPORT);
  const byUtility = new Map<string, RankablePlan[]>();
  for (const { raw } of rows) {
    const plan = rawToPlanPricing(raw);
    if (plan) byUtility.set(raw.TduCompanyName!, [...(byUtility.get(raw.TduCompanyName!) ?? []), plan]);
  }
  const [utility, plans] = [...byUtility].sort((a, b) => b[1].length - a[1].length)[0]!;
  return { utility, plans };
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
const { utility, plans } = loadPlans();
console.log(`[bench] ${plans.length} offers of ${utility} from ${EXPORT}, usage ${usage} kWh`);
time(`rank ${plans.length} plans`, 5000, () => rankPlans(plans, usage));
time(`cost curves for ${plans.length} plans (12 points each)`, 1000, () => plans.map((plan) => costCurve(plan)));
