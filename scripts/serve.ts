// Starts the production server built by `npm run build`. Usage: npm run serve
// The first SIGINT or SIGTERM stops it gracefully (in-flight requests finish within
// SHUTDOWN_TIMEOUT_MS); a second one exits at once.
import { launch } from '~/server/app/launch';
import { ConfigError } from '~/server/core/config';

async function main() {
  const server = await launch();
  console.log(`[start] ChooseMyPower is serving on ${server.url}`);
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) {
      console.log(`[stop] second ${signal}: exiting now`);
      process.exit(130);
    }
    stopping = true;
    console.log(`[stop] ${signal} received: finishing requests in flight`);
    server.stop().then(
      ({ drained, ms }) => {
        console.log(`[stop] ${drained ? 'drained' : 'deadline reached, connections cut'} after ${ms} ms`);
        process.exit(0);
      },
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
