// Imports plans, cities, ZIPs and utilities, then writes the fallback files.
// Usage: npm run data:sync [-- --file <export.csv>] [-- --only plans|territory|fallback]
import { ConfigError, parseConfig } from '~/server/core/config';
import { dataSyncMain, describeSyncError } from '~/server/sync/sync-command';

dataSyncMain(process.argv.slice(2), parseConfig()).catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : describeSyncError('data:sync', error));
  process.exit(1);
});
