import { parseArgs } from 'node:util';
import { z } from 'zod';
import type { AppConfig } from '~/server/core/config';
import { openDatabase } from '~/server/db/client';
import type { Db } from '~/server/db/types';
import { buildFallback } from './saved/build-saved-files';
import { purgeAnalytics } from './schedule/purge-analytics';
import { loadTerritory } from './load-sources';
import { loadPlanSource } from './ptc/source';
import type { GuardLimits } from '~/server/core/sync-settings';
import { ImportRefusedError } from './errors';
import { runSync, type SyncStep } from './run-sync';
import { progress } from './progress';
import { formatSummary } from './summary';

export const SYNC_USAGE = `Usage: npm run data:sync [-- options]

Imports Power to Choose plans and Texas cities, ZIPs and utilities, then writes the
per-city fallback files. With no options it does everything, reading the live export
and falling back to the newest recorded export in PLANS_SNAPSHOT_DIR.

  --file <path>       import this recorded export instead of the live one
  --only <part>       plans | territory | fallback: run just that part
  --skip-fallback     do not rewrite the fallback files after the import
  --allow-older       import an export older than the data already synced
  --force             import even when the guard judges the export damaged
                      (the run records that it was forced, and why)
  --max-deactivated-share <0-1>  refuse when more than this share of the active
                      offers would be deactivated (default SYNC_MAX_DEACTIVATED_SHARE, 0.4)
  --min-utility-share <0-1>      refuse when a utility would keep fewer than this
                      share of its active offers (default SYNC_MIN_UTILITY_SHARE, 0.6)
  -h, --help          show this help

A refused import writes only its data_sync_runs row, leaves the fallback files alone and
exits non-zero with the reason.`;

const shareFlag = z.coerce
  .number({ error: 'must be a number from 0 to 1' })
  .min(0, 'must be a number from 0 to 1')
  .max(1, 'must be a number from 0 to 1')
  .optional();

/** The guard flags data:sync and data:replay share. */
export const guardArgs = {
  force: z.boolean().default(false),
  maxDeactivatedShare: shareFlag,
  minUtilityShare: shareFlag,
};

/** The guard flags for node:util parseArgs. */
export const GUARD_OPTIONS = {
  force: { type: 'boolean' },
  'max-deactivated-share': { type: 'string' },
  'min-utility-share': { type: 'string' },
} as const;

const argsSchema = z.object({
  file: z.string().min(1).optional(),
  only: z.enum(['plans', 'territory', 'fallback'], { error: 'must be plans, territory or fallback' }).optional(),
  skipFallback: z.boolean().default(false),
  allowOlder: z.boolean().default(false),
  help: z.boolean().default(false),
  ...guardArgs,
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
      ...GUARD_OPTIONS,
    },
    strict: true,
  });
  const parsed = argsSchema.safeParse({
    file: values.file,
    only: values.only,
    skipFallback: values['skip-fallback'],
    allowOlder: values['allow-older'],
    help: values.help,
    force: values.force,
    maxDeactivatedShare: values['max-deactivated-share'],
    minUtilityShare: values['min-utility-share'],
  });
  if (!parsed.success) {
    throw new Error(
      `${parsed.error.issues.map((i) => `--${kebab(String(i.path[0]))} ${i.message}`).join('; ')}\n\n${SYNC_USAGE}`,
    );
  }
  return parsed.data;
}

const kebab = (s: string) => s.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** The guard limits of a run: flags over the environment's. */
export const guardLimits = (
  args: { maxDeactivatedShare?: number; minUtilityShare?: number },
  config: AppConfig,
): GuardLimits => ({
  maxDeactivatedShare: args.maxDeactivatedShare ?? config.sync.limits.maxDeactivatedShare,
  minUtilityShare: args.minUtilityShare ?? config.sync.limits.minUtilityShare,
});

/** The message a command prints when a sync did not happen: each refusal reason on its own line. */
export function describeSyncError(command: string, error: unknown): string {
  if (error instanceof ImportRefusedError) {
    return `${command} refused the import:\n${error.reasons.map((r) => `  - ${r}`).join('\n')}`;
  }
  return `${command} failed: ${error instanceof Error ? error.message : String(error)}`;
}

const STEPS: SyncStep[] = ['tdsps', 'cities', 'zips', 'providers', 'plans', 'features', 'history', 'aggregates'];

/** Runs data:sync against an open database; the caller owns opening and closing it. */
export async function runDataSync(db: Db, args: SyncArgs, config: AppConfig): Promise<void> {
  // A cron line running data:sync daily keeps the retention promise as the in-process schedule does.
  if (!args.only) await purgeAnalytics(db, config, (line) => console.error(line));
  if (args.only !== 'fallback') {
    const plans =
      args.only === 'territory'
        ? undefined
        : await loadPlanSource({
            file: args.file,
            url: config.sources.plansUrl,
            snapshotDir: config.sources.snapshotDir,
            timeoutMs: config.sources.fetchTimeoutMs,
            maxBytes: config.sources.maxBytes,
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
        force: args.force,
        limits: guardLimits(args, config),
        onStep: (step) => bar.update(STEPS.indexOf(step) + 1, step),
      });
      bar.stop();
      console.log(formatSummary(summary));
    } catch (error) {
      // A refused or failed import leaves the saved files as they are: they still match the data.
      bar.stop();
      throw error;
    }
  }
  if (args.only === 'fallback' || (!args.only && !args.skipFallback)) await writeFallback(db, config);
}

/** Rewrites the saved per-city files from the database, with progress and a one-line result. */
export async function writeFallback(db: Db, config: AppConfig): Promise<void> {
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
