// Rewrites the per-city fallback JSON files in FALLBACK_DIR (default data/) from the database.
// Usage: npm run data:build
import { ConfigError, parseConfig } from '~/server/core/config';
import { dataSyncMain } from '~/server/sync/sync-command';

dataSyncMain(['--only', 'fallback'], parseConfig()).catch((error: unknown) => {
  console.error(error instanceof ConfigError || error instanceof Error ? `data:build failed: ${error.message}` : error);
  process.exit(1);
});
