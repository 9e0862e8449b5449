// Starts the production server built by `npm run build`. Usage: npm run serve
import { ConfigError } from '~/server/core/config';
import { launch } from '~/server/app/launch';

async function main() {
  const server = await launch();
  console.log(`[start] ChooseMyPower is serving on ${server.url}`);
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`[stop] ${signal} received, closing connections`);
    server.stop().then(
      () => process.exit(0),
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
