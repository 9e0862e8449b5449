import type { AppConfig } from '~/server/core/config';
import { openDatabase } from '~/server/db/client';
import { runMigrations } from '~/server/db/migrate';
import { latestSnapshotDate } from './run-sync';
import { buildFallback, type SavedFilesResult } from './saved/build-saved-files';

/** The one-time step a first deploy on an empty database needs, said where the build fails. */
export const FIRST_DEPLOY_STEP =
  'run `npm run data:sync` once against this DATABASE_URL from a checkout that has the recorded data in ../shared/data ' +
  '(a Netlify build has no territory files to import), then deploy again';

/**
 * What a deploy build does before `astro build`: apply the migrations, check the database
 * holds data, and write the saved files the function will carry (only the current set, so the
 * bundle holds one copy). Fails with a clear message on an empty database.
 */
export async function prepareDeployData(config: AppConfig): Promise<SavedFilesResult> {
  if (config.database.driver !== 'postgres')
    throw new Error(
      'A deploy build needs DATABASE_URL (or NETLIFY_DATABASE_URL): serverless functions cannot use PGlite.',
    );
  await runMigrations(config.database);
  const handle = await openDatabase(config.database);
  try {
    if ((await latestSnapshotDate(handle.db)) === null)
      throw new Error(`The database has no plan data yet: ${FIRST_DEPLOY_STEP}.`);
    return await buildFallback(handle.db, config.fallbackDir, undefined, { keepPrevious: false });
  } finally {
    await handle.close();
  }
}
