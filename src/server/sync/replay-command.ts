import { parseArgs } from 'node:util';
import { z } from 'zod';
import type { AppConfig } from '~/server/core/config';
import { openDatabase } from '~/server/db/client';
import type { Db } from '~/server/db/types';
import { loadTerritory } from './load-sources';
import { formatReplayProgress, replayExports, type ReplayResult } from './replay';
import { GUARD_OPTIONS, guardArgs, guardLimits, writeFallback } from './sync-command';

export const REPLAY_USAGE = `Usage: npm run data:replay [-- [folder] [options]]

Imports every recorded Power to Choose export in a folder (default PLANS_SNAPSHOT_DIR) in date
order, so price history holds every recorded date: cities and ZIPs once, then the plans of each
date. Exports not newer than the data already synced are skipped. Then rewrites the per-city
fallback files.

  --skip-fallback     do not rewrite the fallback files afterwards
  --force             import an export even when the guard judges it damaged
  --max-deactivated-share <0-1>, --min-utility-share <0-1>   the guard's limits (see data:sync)
  -h, --help          show this help`;

const argsSchema = z.object({
  dir: z.string().min(1).optional(),
  skipFallback: z.boolean().default(false),
  help: z.boolean().default(false),
  ...guardArgs,
});

export type ReplayArgs = z.output<typeof argsSchema>;

/** Parses data:replay's folder and flags; throws with the usage text on anything unknown. */
export function parseReplayArgs(argv: string[]): ReplayArgs {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { 'skip-fallback': { type: 'boolean' }, help: { type: 'boolean', short: 'h' }, ...GUARD_OPTIONS },
    allowPositionals: true,
    strict: true,
  });
  if (positionals.length > 1)
    throw new Error(`Expected at most one folder, got ${positionals.length}\n\n${REPLAY_USAGE}`);
  const parsed = argsSchema.safeParse({
    dir: positionals[0],
    skipFallback: values['skip-fallback'],
    help: values.help,
    force: values.force,
    maxDeactivatedShare: values['max-deactivated-share'],
    minUtilityShare: values['min-utility-share'],
  });
  if (!parsed.success) {
    throw new Error(
      `${parsed.error.issues.map((i) => `${String(i.path[0])}: ${i.message}`).join('; ')}\n\n${REPLAY_USAGE}`,
    );
  }
  return parsed.data;
}

/** Replays a folder of exports into an open database, printing a line per date, then the saved files. */
export async function runDataReplay(
  db: Db,
  args: ReplayArgs,
  config: AppConfig,
  opts: { deferCounts?: boolean } = {},
): Promise<ReplayResult> {
  const dir = args.dir ?? config.sources.snapshotDir;
  if (!dir)
    throw new Error('No folder given and PLANS_SNAPSHOT_DIR is not set (nor ../shared/data/powertochoose present).');
  const territory = loadTerritory(config.sources);
  const result = await replayExports(db, {
    dir,
    territory,
    limits: guardLimits(args, config),
    force: args.force,
    deferCounts: opts.deferCounts,
    onProgress: (p) => console.log(formatReplayProgress(p)),
  });
  if (result.skipped.length) {
    console.log(`[replay] skipped ${result.skipped.length} export(s) not newer than the data already synced`);
  }
  console.log(
    `[replay] ${result.imported.length} export(s) imported in ${(result.durationMs / 1000).toFixed(1)} s from ${dir}`,
  );
  if (!args.skipFallback && result.imported.length > 0) await writeFallback(db, config);
  return result;
}

/** Opens the configured database, replays, closes it. */
export async function dataReplayMain(argv: string[], config: AppConfig): Promise<void> {
  const args = parseReplayArgs(argv);
  if (args.help) {
    console.log(REPLAY_USAGE);
    return;
  }
  const handle = await openDatabase(config.database);
  try {
    await runDataReplay(handle.db, args, config);
  } finally {
    await handle.close();
  }
}
