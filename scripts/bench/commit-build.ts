// Why: "faster than before" is only meaningful against the old code built and measured in the same run, on the same machine.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, realpathSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './bench-servers';
import { lockDifferences, type Lockfile } from './lockfile';

export interface CommitBuild {
  commit: string;
  /** The checkout to start the server from (its scripts/serve.mjs and dist/). */
  root: string;
  /** How node_modules was provided, for the report. */
  modules: string;
  remove(): void;
}

const git = (...args: string[]) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();

/** Checks `commit` out into `dir` as a detached git worktree, gives it node_modules and builds it for production. */
export function buildCommit(commit: string, dir: string): CommitBuild {
  const full = git('rev-parse', '--verify', `${commit}^{commit}`);
  console.log(`[bench] building ${commit} (${full.slice(0, 12)}) in a git worktree at ${dir}`);
  git('worktree', 'add', '--detach', dir, full);
  const remove = () => {
    try {
      git('worktree', 'remove', '--force', dir);
    } catch (error) {
      console.error(`[bench] could not remove the worktree ${dir}:`, error);
    }
  };
  try {
    const wanted = JSON.parse(git('show', `${full}:package-lock.json`)) as Lockfile;
    const installed = JSON.parse(readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as Lockfile;
    const diff = lockDifferences(wanted, installed);
    let modules: string;
    if (diff.runtime.length === 0 && existsSync(path.join(ROOT, 'node_modules'))) {
      symlinkSync(realpathSync(path.join(ROOT, 'node_modules')), path.join(dir, 'node_modules'), 'dir');
      modules = `this checkout's node_modules (same run-time packages; ${diff.devOnly.length} dev-only differ)`;
    } else {
      console.log(
        `[bench] ${diff.runtime.length} run-time packages differ (${diff.runtime.slice(0, 3).join(', ')}…): npm ci`,
      );
      execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: dir, stdio: 'inherit' });
      modules = 'npm ci from its own lockfile';
    }
    execFileSync('npm', ['run', 'build'], {
      cwd: dir,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    });
    return { commit, root: dir, modules, remove };
  } catch (error) {
    remove();
    throw error;
  }
}
