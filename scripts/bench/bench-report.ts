// Why: each scenario is read against the real limits measured in the same run, and judged against issue 14's targets.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { PageSize } from './page-sizes';
import type { ScenarioResult } from './run-scenario';

export interface TargetCheck {
  target: string;
  measured: string;
  /** null when a scenario it needs was not run (--only). */
  pass: boolean | null;
}

export interface Ratios {
  node?: { rps: number; p99: number };
  nginx?: { rps: number; p99: number };
}

const fmt = (n: number | undefined, digits = 2) => (n === undefined || !Number.isFinite(n) ? '—' : n.toFixed(digits));

/** req/s and p99 of `r` divided by those of the bare Node and nginx runs that sent the same bytes. */
export function ratios(r: ScenarioResult, all: ScenarioResult[]): Ratios {
  const of = (server: string) => {
    const base = all.find((b) => b.server === server && b.body === r.body && b.connections === r.connections);
    return base && { rps: r.reqPerSec / base.reqPerSec, p99: r.latencyMs.p99 / base.latencyMs.p99 };
  };
  return { node: of('bare Node'), nginx: of('nginx') };
}

/** Prints one row per scenario, with its ratios to bare Node and nginx at the same concurrency. */
export function printScenarioTable(results: ScenarioResult[]): void {
  const head = ['id', 'scenario', 'conn', 'req/s', 'p99 ms', 'r/s×node', 'p99×node', 'r/s×nginx', 'p99×nginx'];
  const tail = ['non2xx', 'err', 'B/resp', 'body B'];
  const widths = [10, 36, 4, 8, 8, 8, 8, 9, 9, 6, 4, 7, 7];
  const line = (cells: string[]) =>
    cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' ');
  console.log('\nHTTP scenarios (wrk -t1 over loopback; ratios against the same bytes at the same concurrency)');
  console.log(line([...head, ...tail]));
  for (const r of results) {
    const x = ratios(r, results);
    console.log(
      line([
        r.id,
        r.name.slice(0, widths[1]),
        String(r.connections),
        fmt(r.reqPerSec, 0),
        fmt(r.latencyMs.p99, 1),
        fmt(x.node?.rps),
        fmt(x.node?.p99),
        fmt(x.nginx?.rps),
        fmt(x.nginx?.p99),
        String(r.non2xx),
        String(r.socketErrors),
        String(r.bytesPerResponse),
        String(r.bodyBytes),
      ]),
    );
  }
  for (const r of results) if (r.note) console.log(`  (${r.id}) ${r.path} — ${r.note}`);
}

/** Checks issue 14's targets and the sanity conditions that keep a fast error from passing for a fast page. */
export function checkTargets(results: ScenarioResult[], pages: PageSize[]): TargetCheck[] {
  const byId = new Map(results.map((r) => [r.id, r]));
  const checks: TargetCheck[] = [];
  const add = (target: string, measured: string, pass: boolean | null) => checks.push({ target, measured, pass });
  const vsNode = (id: string, min: number, label: string, p99Max?: number) => {
    const r = byId.get(id);
    const x = r && ratios(r, results).node;
    if (!r || !x) return add(`${label} ≥ ${min}× bare Node req/s`, 'not run', null);
    // A fast error is no fast page: a scenario with any non-2xx or socket error meets no target.
    const bad = r.non2xx + r.socketErrors > 0 || r.checkStatus !== 200;
    const why = bad ? ` but ${r.non2xx} non-2xx, ${r.socketErrors} socket errors, check ${r.checkStatus}` : '';
    add(`${label} ≥ ${min}× bare Node req/s`, `${fmt(x.rps)}×${why}`, x.rps >= min && !bad);
    if (p99Max !== undefined)
      add(`${label} p99 ≤ ${p99Max}× bare Node p99`, `${fmt(x.p99)}×${why}`, x.p99 <= p99Max && !bad);
  };
  vsNode('b', 0.5, 'warm city page, PostgreSQL', 3);
  vsNode('p', 0.5, 'warm city page, PGlite');
  vsNode('e', 0.3, 'warm ZIP API');
  const now = byId.get('c-pg');
  const before = byId.get('c-old');
  const speedup = now && before ? now.reqPerSec / before.reqPerSec : undefined;
  add(
    'uncached city page, PostgreSQL, 10 conn ≥ 1.5× efa25d4 req/s',
    now && before ? `${fmt(speedup)}× (${fmt(now.reqPerSec, 0)} vs ${fmt(before.reqPerSec, 0)} req/s)` : 'not run',
    speedup === undefined ? null : speedup >= 1.5,
  );
  const failing = results.filter((r) => r.non2xx + r.socketErrors > 0 || r.checkStatus !== 200);
  add(
    'every scenario answered 200, no non-2xx, no socket errors',
    failing.length
      ? failing.map((r) => `${r.id}: status ${r.checkStatus}, ${r.non2xx} non-2xx, ${r.socketErrors} err`).join('; ')
      : '0',
    failing.length === 0 && results.length > 0,
  );
  const cityPage = pages.find((p) => p.page === 'city');
  if (cityPage) {
    add('city page HTML ≤ 60 KB gzip', `${fmt(cityPage.gzipBytes / 1024, 1)} KB`, cityPage.gzipBytes <= 60 * 1024);
    const blocking = pages.flatMap((p) => p.blockingScripts.map((s) => `${p.page}: ${s}`));
    add('no render-blocking JavaScript', blocking.length ? blocking.join('; ') : 'none', blocking.length === 0);
  }
  return checks;
}

export function printTargets(checks: TargetCheck[]): void {
  console.log('\nTargets');
  for (const c of checks)
    console.log(`  ${c.pass === null ? 'SKIP' : c.pass ? 'MET ' : 'NOT MET'}  ${c.target}: ${c.measured}`);
}

/** Writes the run to bench-results/<timestamp>.json and returns the file's path. */
export function writeJson(root: string, report: object): string {
  const dir = path.join(root, 'bench-results');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  return file;
}
