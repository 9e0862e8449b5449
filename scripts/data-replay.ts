// Imports every recorded export of a folder in date order (price history from all of them).
// Usage: npm run data:replay [-- [folder] [--skip-fallback] [--force]]
import { ConfigError, parseConfig } from '~/server/core/config';
import { dataReplayMain } from '~/server/sync/replay-command';
import { describeSyncError } from '~/server/sync/sync-command';

dataReplayMain(process.argv.slice(2), parseConfig()).catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : describeSyncError('data:replay', error));
  process.exit(1);
});
