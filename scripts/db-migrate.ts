// Applies the committed migrations to DATABASE_URL (or the embedded PGlite directory).
// Usage: npm run db:migrate
import { ConfigError, parseConfig } from '~/server/core/config';
import { redactUrl } from '~/server/db/postgres';
import { runMigrations } from '~/server/db/migrate';

async function main() {
  const { database } = parseConfig();
  if (process.env.DEPLOY_TARGET === 'netlify' && database.driver === 'pglite') {
    throw new Error(
      'Netlify builds need DATABASE_URL or NETLIFY_DATABASE_URL: serverless functions cannot use embedded PGlite.',
    );
  }
  const where = database.driver === 'postgres' ? redactUrl(database.url) : `PGlite at ${database.dir}`;
  console.log(`[migrate] applying migrations to ${where}`);
  const started = performance.now();
  await runMigrations(database);
  console.log(`[migrate] done in ${Math.round(performance.now() - started)} ms`);
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
