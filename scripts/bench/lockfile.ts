// Why: an old commit can reuse this checkout's node_modules when its lockfile asks for the same run-time packages.
interface LockEntry {
  version?: string;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
}

export interface Lockfile {
  packages?: Record<string, LockEntry>;
}

export interface LockDifferences {
  /** Packages (by node_modules path) reachable from `dependencies` whose version differs or is missing. */
  runtime: string[];
  /** Packages only devDependencies reach (lint, types, test tools): they cannot change what the server does. */
  devOnly: string[];
}

/** Where `name` required from the package at `from` lands, by Node's lookup through the lockfile's paths. */
function resolve(packages: Record<string, LockEntry>, from: string, name: string): string | undefined {
  for (let dir = from; ;) {
    const candidate = `${dir ? `${dir}/` : ''}node_modules/${name}`;
    if (packages[candidate]) return candidate;
    if (!dir) return undefined;
    const cut = dir.lastIndexOf('/node_modules/');
    dir = cut < 0 ? '' : dir.slice(0, cut);
  }
}

/** Every lockfile path the root's `dependencies` reach (not its devDependencies). */
export function runtimeClosure(lock: Lockfile): Set<string> {
  const packages = lock.packages ?? {};
  const seen = new Set<string>();
  const pending: [string, string][] = Object.keys(packages['']?.dependencies ?? {}).map((name) => ['', name]);
  while (pending.length > 0) {
    const [from, name] = pending.pop()!;
    const where = resolve(packages, from, name);
    if (!where || seen.has(where)) continue;
    seen.add(where);
    const entry = packages[where]!;
    for (const deps of [entry.dependencies, entry.optionalDependencies, entry.peerDependencies])
      for (const dep of Object.keys(deps ?? {})) pending.push([where, dep]);
  }
  return seen;
}

/** Where `installed` does not give `wanted` the same version, split into run-time and dev-only packages. */
export function lockDifferences(wanted: Lockfile, installed: Lockfile): LockDifferences {
  const have = installed.packages ?? {};
  const runtimeSet = runtimeClosure(wanted);
  const runtime: string[] = [];
  const devOnly: string[] = [];
  for (const [where, entry] of Object.entries(wanted.packages ?? {})) {
    if (where === '' || have[where]?.version === entry.version) continue;
    const line = `${where.replace(/^node_modules\//, '')} ${entry.version ?? '?'} (have ${have[where]?.version ?? 'none'})`;
    (runtimeSet.has(where) ? runtime : devOnly).push(line);
  }
  return { runtime, devOnly };
}
