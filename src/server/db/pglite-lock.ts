import { linkSync, mkdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';

/** A second process (or a second open in this one) tried to use a PGlite directory in use. */
export class PgliteLockedError extends Error {
  constructor(
    readonly dir: string,
    readonly holder: LockInfo,
  ) {
    super(
      `The embedded database at ${dir} is already open in process ${holder.pid} on ${holder.host} ` +
        `(since ${holder.since}). PGlite allows one process per directory. Stop that process, ` +
        'set PGLITE_DIR to another directory, or set DATABASE_URL to use PostgreSQL.',
    );
    this.name = 'PgliteLockedError';
  }
}

interface LockInfo {
  pid: number;
  host: string;
  since: string;
}

/** The lock sits beside the data directory so PGlite's initdb never sees a foreign file. */
export const lockPathFor = (dir: string) => `${path.resolve(dir)}.lock`;

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readHolder(lockPath: string): LockInfo | undefined {
  try {
    return JSON.parse(readFileSync(lockPath, 'utf8')) as LockInfo;
  } catch {
    return undefined; // vanished between our link attempt and this read
  }
}

/**
 * Takes an exclusive lock on a PGlite directory, or throws PgliteLockedError naming the
 * holder. A lock left by a dead process on this host is taken over. Returns `release`.
 */
export function acquirePgliteLock(dir: string): () => void {
  const lockPath = lockPathFor(dir);
  mkdirSync(path.dirname(lockPath), { recursive: true });
  const me: LockInfo = { pid: process.pid, host: hostname(), since: new Date().toISOString() };

  // Write the claim to a private file first and hard-link it into place: link() fails
  // atomically if the lock exists, and a lock file is never seen half-written.
  const claim = `${lockPath}.${process.pid}.${Date.now()}`;
  writeFileSync(claim, JSON.stringify(me));
  try {
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        linkSync(claim, lockPath);
        let released = false;
        const release = () => {
          if (released) return;
          released = true;
          process.off('exit', release);
          if (readHolder(lockPath)?.pid === me.pid) unlinkSync(lockPath);
        };
        process.on('exit', release);
        return release;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        const holder = readHolder(lockPath);
        if (holder === undefined) continue; // released meanwhile: try again
        const stale = holder.host === me.host && !isAlive(holder.pid);
        if (!stale) throw new PgliteLockedError(path.resolve(dir), holder);
        rmSync(lockPath, { force: true });
      }
    }
  } finally {
    rmSync(claim, { force: true });
  }
  throw new Error(`Could not take the lock ${lockPath}; another process keeps replacing it.`);
}
