import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The checkout's root. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Where a test's Netlify build writes, beside the Node build the other tests use. */
export const NETLIFY_OUT = { outDir: 'dist-netlify', savedDir: '.netlify-test-data' } as const;

/** The built SSR function and the saved files bundled with it. */
export const FUNCTION_DIR = path.join(ROOT, '.netlify', 'v1', 'functions', 'ssr');

/** Runs an npm script (or any command) in the checkout with only `env` beyond PATH and HOME. */
export function run(
  command: string[],
  env: NodeJS.ProcessEnv,
  timeoutMs = 240_000,
): Promise<{ code: number | null; output: string }> {
  const child = spawn(command[0]!, command.slice(1), {
    cwd: ROOT,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ASTRO_TELEMETRY_DISABLED: '1', ...env },
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  return new Promise((resolve) =>
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    }),
  );
}
