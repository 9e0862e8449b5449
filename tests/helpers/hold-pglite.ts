// Child process for the lock tests: opens a PGlite directory, says "ready", holds it
// until SIGTERM (clean close) or SIGKILL (a crash that leaves a stale lock behind).
import { openPglite } from '~/server/db/pglite';

const dir = process.argv[2];
if (!dir) throw new Error('usage: hold-pglite.ts <dir>');
openPglite(dir).then(
  (handle) => {
    // The handler goes in before "ready": stdout to a pipe is synchronous on Linux, so a loaded
    // machine could deliver the parent's SIGTERM between the two lines and kill us uncleanly.
    process.on('SIGTERM', () => void handle.close().then(() => process.exit(0)));
    process.stdout.write('ready\n');
    setInterval(() => {}, 1_000);
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(3);
  },
);
