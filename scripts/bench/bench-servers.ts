// Why: every scenario must hit the real production server (scripts/serve.mjs → dist/launcher.mjs), started and stopped cleanly.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface BenchServer {
  label: string;
  url: string;
  pid: number;
  /** performance.now() just before the process was spawned. */
  spawnedAt: number;
  output(): string;
  stop(): Promise<void>;
}

// Only what the server needs, never a developer's DATABASE_URL or REDIS_URL; all traffic stays on loopback.
const baseEnv = (): NodeJS.ProcessEnv => ({
  PATH: process.env.PATH,
  HOME: process.env.HOME,
  ASTRO_TELEMETRY_DISABLED: '1',
  HOST: '127.0.0.1',
  PORT: '0',
  NODE_ENV: 'production',
  DATABASE_SSL: 'disable',
  // The config caps this at 100,000 a minute; the ZIP API scenario must never see a 429.
  RATE_LIMIT_PER_MINUTE: '100000',
  // Every bench request comes from one loopback client: the per-network render guard would refuse the uncached runs.
  RENDER_LIMIT_PER_MINUTE: '0',
  // Embedded mode's first start would fetch the live export: a closed loopback port makes it use the recorded one.
  PLANS_EXPORT_URL: 'http://127.0.0.1:1/export',
  PLANS_FETCH_TIMEOUT_MS: '1000',
  ...sourceEnv(),
});

/** The recorded-data locations, when the developer overrides them (otherwise ../shared/data is used). */
export const sourceEnv = (): NodeJS.ProcessEnv => ({
  PLANS_SNAPSHOT_DIR: process.env.PLANS_SNAPSHOT_DIR,
  ZIP_TDSP_FILE: process.env.ZIP_TDSP_FILE,
  ZIP_UTILITY_FILE: process.env.ZIP_UTILITY_FILE,
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Stops a child: SIGTERM, then SIGKILL if it has not exited within `graceMs` (5 s). */
export async function stopChild(child: ChildProcess, graceMs = 5_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}

/** Spawns the production launcher with `env` and resolves on its "serving on" line. */
export async function startBenchServer(
  label: string,
  env: NodeJS.ProcessEnv,
  options: {
    timeoutMs?: number;
    nodeArgs?: string[];
    track?: (stop: () => Promise<void>) => void;
    /** Another checkout to serve (an old commit's build); this one by default. */
    root?: string;
    /** How long a stop waits for the exit before SIGKILL: a --cpu-prof server writes its profile as it exits. */
    stopGraceMs?: number;
  } = {},
): Promise<BenchServer> {
  const spawnedAt = performance.now();
  const args = [...(options.nodeArgs ?? []), 'scripts/serve.mjs'];
  const child = spawn(process.execPath, args, { cwd: options.root ?? ROOT, env: { ...baseEnv(), ...env } });
  const stop = () => stopChild(child, options.stopGraceMs);
  options.track?.(stop);
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  const timeoutMs = options.timeoutMs ?? 60_000;
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`${label}: no "serving on" in ${timeoutMs} ms:\n${out}`)),
      timeoutMs,
    );
    const onData = () => {
      const match = /serving on (http:\/\/\S+)/.exec(out);
      if (!match) return;
      clearTimeout(timer);
      resolve(match[1]!);
    };
    child.stdout.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${label}: server exited with ${code} before serving:\n${out}`));
    });
  });
  if (!url.startsWith('http://127.0.0.1:')) throw new Error(`${label}: refusing non-loopback URL ${url}`);
  return { label, url, pid: child.pid!, spawnedAt, output: () => out, stop };
}

/** Polls `url` until it answers 200; bounded by `timeoutMs`. Returns performance.now() at that answer. */
export async function waitFor200(url: string, timeoutMs = 120_000): Promise<number> {
  const deadline = performance.now() + timeoutMs;
  for (let attempt = 0; attempt < 10_000 && performance.now() < deadline; attempt++) {
    try {
      const res = await fetch(url);
      await res.arrayBuffer();
      if (res.status === 200) return performance.now();
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
  throw new Error(`no 200 from ${url} within ${timeoutMs} ms`);
}

/** Resident memory of a process in MB (VmRSS from /proc/<pid>/status), or NaN when unavailable. */
export function rssMb(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

/** Samples a process's RSS every `everyMs` until the returned function is called; gives peak and mean. */
export function sampleRss(pid: number, everyMs = 250): () => { peakMb: number; meanMb: number; samples: number } {
  const values: number[] = [];
  const timer = setInterval(() => {
    const value = rssMb(pid);
    if (Number.isFinite(value) && values.length < 100_000) values.push(value);
  }, everyMs);
  return () => {
    clearInterval(timer);
    const peakMb = values.length ? Math.max(...values) : Number.NaN;
    const meanMb = values.length ? values.reduce((a, b) => a + b, 0) / values.length : Number.NaN;
    return { peakMb, meanMb, samples: values.length };
  };
}
