import { parseConfig } from '~/server/core/config';
// postgres.js directly, not db/client: the function's bundle then never pulls in PGlite.
import { openPostgres } from '~/server/db/postgres';
import { runScheduledSync } from './scheduled-sync';

/**
 * The body of Netlify's scheduled function (netlify/functions/daily-sync.mts): a plans-only
 * sync of today's live export into DATABASE_URL. Netlify has no territory files and serves no
 * saved files, so neither is touched. Answers 200 when the sync ran or was deliberately not
 * run (refused, skipped), 500 when it failed; the details are in data_sync_runs.
 */
export async function netlifyDailySync(env: NodeJS.ProcessEnv = process.env): Promise<Response> {
  const config = parseConfig(env);
  if (config.database.driver !== 'postgres') {
    return Response.json(
      { status: 'failed', message: 'DATABASE_URL (or NETLIFY_DATABASE_URL) must be set: functions cannot use PGlite' },
      { status: 500 },
    );
  }
  const handle = openPostgres({ ...config.database, max: 2, healthIntervalMs: 0 });
  try {
    const outcome = await runScheduledSync(handle.db, config, { rebuildFallback: false });
    return Response.json(outcome, { status: outcome.status === 'failed' ? 500 : 200 });
  } finally {
    await handle.close();
  }
}
