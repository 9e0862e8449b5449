// Why: an old commit can reuse this checkout's node_modules when its lockfile asks for the same runtime packages.
interface LockEntry {
  version?: string;
  dev?: boolean;
  optional?: boolean;
}

export interface Lockfile {
  packages?: Record<string, LockEntry>;
}

export interface LockDifferences {
  /** Packages (by node_modules path) the server may load at run time whose version differs or is missing. */
  runtime: string[];
  /** Packages only devDependencies need (lint, types, test tools): they cannot change what the server does. */
  devOnly: string[];
}

/** Where `installed` does not give `wanted` the same version, split into run-time and dev-only packages. */
export function lockDifferences(wanted: Lockfile, installed: Lockfile): LockDifferences {
  const have = installed.packages ?? {};
  const runtime: string[] = [];
  const devOnly: string[] = [];
  for (const [where, entry] of Object.entries(wanted.packages ?? {})) {
    if (where === '' || have[where]?.version === entry.version) continue;
    const line = `${where.replace(/^node_modules\//, '')} ${entry.version ?? '?'} (have ${have[where]?.version ?? 'none'})`;
    (entry.dev ? devOnly : runtime).push(line);
  }
  return { runtime, devOnly };
}
