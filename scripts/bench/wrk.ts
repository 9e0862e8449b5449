// Why: the load generator is wrk (C, one thread), so it costs the server far less CPU than a Node client would.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseWrkOutput, type WrkResult } from './wrk-output';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const LUA = path.join(HERE, 'wrk-report.lua');

const hasWrk = () => spawnSync('wrk', ['-v'], { stdio: 'ignore' }).error === undefined;

/** Installs Debian's wrk with apt-get when it is missing; exits with a clear message when it cannot. */
export function ensureWrk(): void {
  if (hasWrk()) return;
  console.log('[bench] wrk is not installed: running apt-get install -y wrk (Debian package "wrk")');
  const sudo = process.getuid?.() === 0 ? [] : ['sudo', '-n'];
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const apt = (args: string[]) => {
    const [command, ...rest] = [...sudo, 'apt-get', ...args];
    return spawnSync(command!, rest, { stdio: 'inherit', env }).status === 0;
  };
  if (apt(['install', '-y', '--no-install-recommends', 'wrk']) || (apt(['update']) && apt(['install', '-y', 'wrk'])))
    if (hasWrk()) return;
  console.error(
    '[bench] could not install wrk. Install it yourself (Debian/Ubuntu: `sudo apt-get install wrk`) and run the bench again.',
  );
  process.exit(2);
}

/** Path of an executable, or undefined (e.g. `which('nginx')`); also looks in the sbin directories. */
export function which(name: string): string | undefined {
  for (const dir of [...(process.env.PATH ?? '').split(':'), '/usr/sbin', '/usr/local/sbin']) {
    const candidate = path.join(dir, name);
    if (dir && spawnSync('test', ['-x', candidate]).status === 0) return candidate;
  }
  return undefined;
}

export interface WrkOptions {
  url: string;
  connections: number;
  durationS: number;
  threads?: number;
  headers?: Record<string, string>;
  /** Spread the requests over this many clients (X-Forwarded-For), for a per-client rate limit. */
  clients?: number;
}

/** wrk-report.lua, with wrk-clients.lua appended when `clients` is given, in a temp file; returns it and a remover. */
function script(clients?: number): { file: string; remove(): void } {
  if (!clients) return { file: LUA, remove: () => {} };
  const dir = mkdtempSync(path.join(tmpdir(), 'cmp-wrk-'));
  const file = path.join(dir, 'script.lua');
  const rotation = readFileSync(path.join(HERE, 'wrk-clients.lua'), 'utf8').replaceAll('__CLIENTS__', String(clients));
  writeFileSync(file, `${readFileSync(LUA, 'utf8')}\n${rotation}`);
  return { file, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Runs wrk once with the JSON reporter and returns its parsed figures (and its raw output). */
export async function runWrk(options: WrkOptions): Promise<WrkResult & { raw: string }> {
  const lua = script(options.clients);
  const args = [
    `-t${options.threads ?? 1}`,
    `-c${options.connections}`,
    `-d${options.durationS}s`,
    '--timeout',
    '10s',
    '--latency',
    '-s',
    lua.file,
    ...Object.entries(options.headers ?? {}).flatMap(([k, v]) => ['-H', `${k}: ${v}`]),
    options.url,
  ];
  const raw = await new Promise<string>((resolve, reject) => {
    const child = spawn('wrk', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`wrk exited with ${code}:\n${out}`))));
  }).finally(lua.remove);
  return { ...parseWrkOutput(raw), raw };
}

/** The version line of wrk, for the report. */
export const wrkVersion = () =>
  spawnSync('wrk', ['-v'], { encoding: 'utf8' }).stdout.split('\n')[0]?.trim() || 'unknown';
