// Why: the figures are printed as one table, judged against the targets, and kept as JSON for comparing runs.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { PageSize } from './page-sizes';
import type { ScenarioResult } from './run-scenario';

export interface TargetCheck {
  target: string;
  measured: string;
  /** null when the scenario it needs was not run (--only), or for a line given only for scale. */
  pass: boolean | null;
}

const fmt = (n: number | undefined, digits = 2) => (n === undefined || !Number.isFinite(n) ? '—' : n.toFixed(digits));

// Closed-loop load: mean latency = connections / throughput, so a latency bound at N connections is a throughput bound.
const needs = (r: ScenarioResult, ms: number) =>
  `${fmt(r.latencyMs.p99)} ms (a mean ≤ ${ms} ms at ${r.connections} connections needs ≥ ${Math.round((r.connections * 1000) / ms)} req/s; got ${fmt(r.reqPerSec, 0)})`;

/** Prints one row per scenario. */
export function printScenarioTable(results: ScenarioResult[]): void {
  const head = [
    'id',
    'scenario',
    'conn',
    'dur s',
    'req/s',
    '×base',
    'p50 ms',
    'p97.5',
    'p99',
    'app p50',
    'err',
    'non2xx',
  ];
  const widths = [3, 34, 5, 6, 9, 6, 7, 7, 7, 8, 4, 7];
  const line = (cells: string[]) =>
    cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' ');
  console.log('\nHTTP scenarios (latency from the client over loopback; "app" = the server\'s Server-Timing app;dur)');
  console.log(line(head));
  for (const r of results) {
    console.log(
      line([
        r.id,
        r.name.slice(0, widths[1]),
        String(r.connections),
        String(r.durationS),
        fmt(r.reqPerSec, 0),
        fmt(r.ratioToBaseline),
        fmt(r.latencyMs.p50),
        fmt(r.latencyMs.p97_5),
        fmt(r.latencyMs.p99),
        fmt(r.serverAppMs?.p50),
        String(r.errors + r.timeouts),
        String(r.non2xx),
      ]),
    );
  }
  for (const r of results) {
    const cache = Object.entries(r.cache)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ');
    console.log(`  (${r.id}) ${r.target}${cache ? ` — cache: ${cache}` : ''}${r.note ? ` — ${r.note}` : ''}`);
  }
}

/** Checks the performance targets against the measured figures. */
export function checkTargets(results: ScenarioResult[], pages: PageSize[]): TargetCheck[] {
  const byId = new Map(results.map((r) => [r.id, r]));
  const checks: TargetCheck[] = [];
  const add = (target: string, measured: string, pass: boolean | null) => checks.push({ target, measured, pass });
  const city = byId.get('b');
  if (city) {
    add(
      'city page warm ≥ 0.20× baseline req/s',
      `${fmt(city.ratioToBaseline)}×`,
      city.ratioToBaseline === undefined ? null : city.ratioToBaseline >= 0.2,
    );
    add(`city page warm p99 ≤ 10 ms at ${city.connections} connections`, needs(city, 10), city.latencyMs.p99 <= 10);
  }
  const pg = byId.get('c-pg');
  if (pg)
    add(
      `city page caching off, PostgreSQL: p99 ≤ 25 ms at ${pg.connections} connections`,
      needs(pg, 25),
      pg.latencyMs.p99 <= 25,
    );
  // The issue names no concurrency for this one: judged at 50 (as the page) and at 1 (service time alone).
  for (const id of ['e', 'e1']) {
    const zip = byId.get(id);
    if (zip)
      add(
        `ZIP API warm: p99 ≤ 5 ms at ${zip.connections} connection${zip.connections === 1 ? '' : 's'}`,
        needs(zip, 5),
        zip.latencyMs.p99 <= 5,
      );
  }
  const baseline = byId.get('a');
  if (baseline)
    add(
      'for scale: the static baseline itself at 50 connections',
      `p99 ${fmt(baseline.latencyMs.p99)} ms at ${fmt(baseline.reqPerSec, 0)} req/s`,
      null,
    );
  const failing = results.filter((r) => r.errors + r.timeouts + r.non2xx > 0);
  add(
    'no errors and no non-2xx in any scenario',
    failing.length ? failing.map((r) => `${r.id}: ${r.errors + r.timeouts} err, ${r.non2xx} non-2xx`).join('; ') : '0',
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
    console.log(`  ${c.pass === null ? 'INFO' : c.pass ? 'PASS' : 'FAIL'}  ${c.target}: ${c.measured}`);
}

/** Writes the run to bench-results/<timestamp>.json and returns the file's path. */
export function writeJson(root: string, report: object): string {
  const dir = path.join(root, 'bench-results');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  return file;
}
