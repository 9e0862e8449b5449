import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPglite } from '~/server/db/pglite';
import { lockPathFor, PgliteLockedError } from '~/server/db/pglite-lock';

const HOLDER = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../helpers/hold-pglite.ts');

/** Starts a separate process that opens `dir` and keeps it open. */
async function holdInChild(dir: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', HOLDER, dir], { stdio: ['ignore', 'pipe', 'pipe'] });
  let err = '';
  child.stderr!.on('data', (d) => (err += d));
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => d.toString().includes('ready') && resolve());
    child.on('exit', (code) => reject(new Error(`holder exited ${code}: ${err}`)));
  });
  return child;
}

const exited = (child: ChildProcess) => new Promise((resolve) => child.once('exit', resolve));

describe('PGlite directory lock', () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(path.join(tmpdir(), 'cmp-lock-'));
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('gives a second process a clear error naming the holder, then frees the directory on close', async () => {
    const dir = path.join(root, 'shared');
    const child = await holdInChild(dir);
    try {
      const error = await openPglite(dir).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(PgliteLockedError);
      expect((error as Error).message).toContain(`process ${child.pid}`);
      expect((error as Error).message).toContain('PGLITE_DIR');
    } finally {
      child.kill('SIGTERM');
      await exited(child);
    }
    expect(existsSync(lockPathFor(dir))).toBe(false);
    const handle = await openPglite(dir); // free again
    await handle.close();
  });

  it('also refuses a second open inside the same process', async () => {
    const dir = path.join(root, 'same-process');
    const first = await openPglite(dir);
    try {
      await expect(openPglite(dir)).rejects.toBeInstanceOf(PgliteLockedError);
    } finally {
      await first.close();
    }
  });

  it('takes over a lock left behind by a process that was killed', async () => {
    const dir = path.join(root, 'crashed');
    const child = await holdInChild(dir);
    child.kill('SIGKILL');
    await exited(child);
    expect(existsSync(lockPathFor(dir))).toBe(true); // stale: the holder could not clean up
    const handle = await openPglite(dir);
    await handle.close();
  });

  it('does not take over a lock held by a live process, even a foreign one', async () => {
    const dir = path.join(root, 'foreign');
    writeFileSync(lockPathFor(dir), JSON.stringify({ pid: 1, host: hostname(), since: '2026-01-01T00:00:00Z' }));
    await expect(openPglite(dir)).rejects.toThrow(/already open in process 1 /);
    rmSync(lockPathFor(dir));
  });
});
