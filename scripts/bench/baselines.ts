// Why: the site is judged against the real limits of this machine: nginx and a bare Node server sending the same bytes.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { stopChild } from './bench-servers';
import { which } from './wrk';

/** One response body, fetched from the running site, served as-is at the same path. */
export interface FixedBody {
  path: string;
  body: Buffer;
  contentType: string;
}

export interface Baseline {
  label: string;
  url: string;
  stop(): Promise<void>;
}

const HERE = path.dirname(fileURLToPath(import.meta.url));

function writeBodies(dir: string, bodies: FixedBody[]) {
  mkdirSync(dir, { recursive: true });
  return bodies.map((b, i) => {
    const file = path.join(dir, `body-${i}.bin`);
    writeFileSync(file, b.body);
    return { path: b.path, file, contentType: b.contentType };
  });
}

/** Spawns `command` and resolves with `port` once its stdout matches `ready`. */
function startProcess(label: string, command: string, args: string[], ready: RegExp, port?: number) {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  return new Promise<Baseline>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${label} did not start in 10 s:\n${out}`)), 10_000);
    const done = (p: number) => {
      clearTimeout(timer);
      resolve({ label, url: `http://127.0.0.1:${p}`, stop: () => stopChild(child) });
    };
    child.stdout.on('data', (d) => {
      out += d;
      const match = ready.exec(out);
      if (match) done(Number(match[1] ?? port));
    });
    child.stderr.on('data', (d) => (out += d));
    child.once('exit', (code) => reject(new Error(`${label} exited with ${code}:\n${out}`)));
    // nginx prints nothing when ready: poll its port instead.
    if (port !== undefined) void waitForPort(port).then(() => done(port), reject);
  });
}

async function waitForPort(port: number): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const ok = await fetch(`http://127.0.0.1:${port}/`).then(
      () => true,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`nothing listening on ${port}`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
    probe.once('error', reject);
  });
}

/** A bare node:http server (a child process, like the site) answering `bodies` from memory. */
export function startBareNode(bodies: FixedBody[], dir: string): Promise<Baseline> {
  const manifest = path.join(dir, 'manifest.json');
  writeFileSync(manifest, JSON.stringify(writeBodies(dir, bodies)));
  const script = path.join(HERE, 'bare-node-server.mjs');
  return startProcess('bare Node', process.execPath, [script, manifest], /listening on (\d+)/);
}

/** nginx, one worker, serving each body as a static file with the site's Content-Type; no compression, no log. */
export async function startNginx(bodies: FixedBody[], dir: string): Promise<Baseline> {
  const nginx = which('nginx');
  if (!nginx) throw new Error('nginx is not installed (Debian: apt-get install nginx-light)');
  const files = writeBodies(dir, bodies);
  // Every temp path compiled into this nginx goes under `dir`, so nothing outside it is touched.
  const built = spawnSync(nginx, ['-V'], { encoding: 'utf8' }).stderr;
  const temps = [...built.matchAll(/--http-([\w-]+)-temp-path=/g)].map(([, name]) => {
    mkdirSync(path.join(dir, 'tmp', name!), { recursive: true });
    return `${name!.replace('-', '_')}_temp_path ${path.join(dir, 'tmp', name!)};`;
  });
  const port = await freePort();
  const locations = files.map((f) => `location = ${f.path} { default_type "${f.contentType}"; alias ${f.file}; }`);
  const conf = `daemon off; master_process off; worker_processes 1;
pid ${path.join(dir, 'nginx.pid')}; error_log ${path.join(dir, 'error.log')} warn;
events { worker_connections 4096; }
http {
  types {} access_log off; server_tokens off; etag off; gzip off; sendfile on; tcp_nopush on;
  keepalive_requests 10000000; keepalive_timeout 75s;
  ${temps.join('\n  ')}
  server { listen 127.0.0.1:${port}; ${locations.join('\n    ')} }
}
`;
  writeFileSync(path.join(dir, 'nginx.conf'), conf);
  return startProcess('nginx', nginx, ['-e', path.join(dir, 'error.log'), '-p', dir, '-c', 'nginx.conf'], /$^/, port);
}
