import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const MIGRATIONS = path.join('src', 'server', 'db', 'migrations');

// The migrations are read from disk at run time. This module may run from src/ (tsx,
// vitest) or from a bundled chunk under dist/server/, so walk up to the project root
// instead of trusting a path relative to this file or to the working directory.
/** The checkout's root folder (the one holding package.json and src/). */
export function projectRoot(): string {
  const starts = [path.dirname(fileURLToPath(import.meta.url)), process.cwd()];
  for (const start of starts) {
    for (let dir = start; ; dir = path.dirname(dir)) {
      if (existsSync(path.join(dir, MIGRATIONS, 'meta', '_journal.json'))) return dir;
      if (path.dirname(dir) === dir) break;
    }
  }
  throw new Error(`Cannot find ${MIGRATIONS} above ${starts.join(' or ')}; run from the project checkout.`);
}

/** Absolute path of the committed drizzle-kit migrations folder. */
export function migrationsFolder(): string {
  return path.join(projectRoot(), MIGRATIONS);
}
