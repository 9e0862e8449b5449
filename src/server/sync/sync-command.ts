import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { z } from 'zod';
import type { AppConfig } from '~/server/core/config';
import { openDatabase } from '~/server/db/client';
import type { Db } from '~/server/db/types';
import { buildFallback } from './saved/build-saved-files';
import { loadTerritory } from './load-sources';
import { loadPlanSource } from './ptc/source';
import { runSync, type SyncStep } from './run-sync';
import { formatSummary } from './summary';

export const SYNC_USAGE = `Usage: npm run data:sync [-- options]

Imports Power to Choose plans and Texas cities, ZIPs and utilities, then writes the
per-city fallback files. With no options it does everything, reading the live export
and falling back to the newest recorded export in PLANS_SNAPSHOT_DIR.

  --file <path>       import this recorded export instead of the live one
  --only <part>       plans | territory | fallback: run just that part
  --skip-fallback     do not rewrite the fallback files after the import
  --allow-older       import an export older than the data already synced
  -h, --help          show this help`;

const argsSchema = z.object({
  file: z.string().min(1).optional(),
  only: z.enum(['plans', 'territory', 'fallback'], { error: 'must be plans, territory or fallback' }).optional(),
  skipFallback: z.boolean().default(false),
  allowOlder: z.boolean().default(false),
  help: z.boolean().default(false),
});

export type SyncArgs = z.output<typeof argsSchema>;

/** Parses and validates data:sync's flags; throws with a usage hint on anything unknown. */
export function parseSyncArgs(argv: string[]): SyncArgs {
  const { values } = parseArgs({
    args: argv,
    options: {
      file: { type: 'string' },
      only: { type: 'string' },
      'skip-fallback': { type: 'boolean' },
      'allow-older': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  const parsed = argsSchema.safeParse({
    file: values.file,
    only: values.only,
    skipFallback: values['skip-fallback'],
    allowOlder: values['allow-older'],
    help: values.help,
  });
  if (!parsed.success) {
    throw new Error(
      `${parsed.error.issues.map((i) => `--${String(i.path[0])} ${i.message}`).join('; ')}\n\n${SYNC_USAGE}`,
    );
  }
  return parsed.data;
}

const STEPS: SyncStep[] = ['tdsps', 'cities', 'zips', 'providers', 'plans', 'features', 'history', 'aggregates'];

/** A progress bar on stderr when it is a terminal; plain step lines otherwise (CI logs). */
function progress(label: string, total: number) {
  if (!process.stderr.isTTY) {
    return { update: (_n: number, step?: string) => step && console.error(`[${label}] ${step}`), stop: () => {} };
  }
  const bar = new cliProgress.SingleBar(
    { format: `${label.padEnd(9)} [{bar}] {value}/{total} {step}`, stream: process.stderr, hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0, { step: '' });
  return { update: (n: number, step?: string) => bar.update(n, { step: step ?? '' }), stop: () => bar.stop() };
}

/** Runs data:sync against an open database; the caller owns opening and closing it. */
export async function runDataSync(db: Db, args: SyncArgs, config: AppConfig): Promise<void> {
  if (args.only !== 'fallback') {
    const plans =
      args.only === 'territory'
        ? undefined
        : await loadPlanSource({
            file: args.file,
            url: config.sources.plansUrl,
            snapshotDir: config.sources.snapshotDir,
            timeoutMs: config.sources.fetchTimeoutMs,
          });
    if (plans?.fallbackReason)
      console.error(`[sync] ${plans.fallbackReason}: using the recorded export ${plans.source}`);
    const territory = args.only === 'plans' ? undefined : loadTerritory(config.sources);
    const bar = progress('import', STEPS.length);
    try {
      const summary = await runSync(db, {
        plans,
        territory,
        allowOlder: args.allowOlder,
        onStep: (step) => bar.update(STEPS.indexOf(step) + 1, step),
      });
      bar.stop();
      console.log(formatSummary(summary));
    } catch (error) {
      bar.stop();
      throw error;
    }
  }
  if (args.only === 'fallback' || (!args.only && !args.skipFallback)) {
    const started = performance.now();
    const bar = progress('fallback', 1);
    const result = await buildFallback(db, config.fallbackDir, (done, total) => {
      bar.update(done);
      if (done === 1) bar.update(done, `of ${total} cities`);
    });
    bar.stop();
    console.log(
      `Fallback: ${result.files} files (${(result.bytes / 1e6).toFixed(1)} MB) in ${config.fallbackDir}/ in ` +
        `${((performance.now() - started) / 1000).toFixed(1)} s${result.removed ? `, ${result.removed} stale removed` : ''}`,
    );
  }
}

/** Opens the configured database, runs data:sync, closes it. */
export async function dataSyncMain(argv: string[], config: AppConfig): Promise<void> {
  const args = parseSyncArgs(argv);
  if (args.help) {
    console.log(SYNC_USAGE);
    return;
  }
  const handle = await openDatabase(config.database);
  try {
    await runDataSync(handle.db, args, config);
  } finally {
    await handle.close();
  }
}
