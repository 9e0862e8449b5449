import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dir = mkdtempSync(path.join(tmpdir(), 'cmp-cli-'));
const run = (args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/data-sync.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, PGLITE_DIR: path.join(dir, 'db'), FALLBACK_DIR: path.join(dir, 'data') },
    timeout: 120_000,
  });

describe('npm run data:sync', () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('rejects an unknown option with the usage text and a non-zero exit', () => {
    const r = run(['--only', 'everything']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('--only must be plans, territory or fallback');
    expect(r.stderr).toContain('Usage: npm run data:sync');
  });

  it('exits non-zero on a file that is not an export, saying nothing was imported', () => {
    const file = path.join(dir, 'not-an-export_2026-01-10.csv');
    writeFileSync(file, 'zip,city\n75201,Dallas\n');
    const r = run(['--file', file, '--skip-fallback']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/not a Power to Choose export.*Nothing was imported/);
  });
});
