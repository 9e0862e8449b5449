// Why: issue 14 asks for Lighthouse performance 100 on home, Dallas and a plan page (mobile defaults, Debian chromium).
// Usage: npm run bench:lighthouse [-- --runs 5]: each page audited `runs` times, its median run reported.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { resolvePages } from '../../tests/helpers/lighthouse-pages';
import { wholeNumberArg } from './args';
import { createBenchDatabase, ensureBuild, importRecordedData } from './bench-data';
import { startBenchServer } from './bench-servers';
import { auditPages, CATEGORIES } from './lighthouse-run';

async function main() {
  // Lighthouse's own advice on a host whose speed varies: run five times and take the median.
  const runs = wholeNumberArg('--runs', 5, 25);
  ensureBuild();
  const tmp = mkdtempSync(path.join(tmpdir(), 'cmp-bench-lighthouse-'));
  const database = await createBenchDatabase();
  try {
    await importRecordedData(database.url, path.join(tmp, 'saved'));
    const server = await startBenchServer('lighthouse', { DATABASE_URL: database.url, FALLBACK_DIR: tmp });
    try {
      const pages = await resolvePages(server.url);
      // Warm each page once: a shopper's request is a page-cache hit, as Lighthouse's should be.
      for (const p of pages) await (await fetch(server.url + p.path)).arrayBuffer();
      const audits = await auditPages(server.url, pages, CATEGORIES, runs);
      console.log('\nLighthouse (mobile defaults: simulated slow 4G, 4× CPU slowdown), Debian chromium headless');
      console.log(`Each page's median run of ${runs} by performance score; every run's score after "runs".`);
      console.log(`${'page'.padEnd(8)} ${CATEGORIES.map((c) => c.padStart(14)).join(' ')}  path`);
      for (const a of audits) {
        const scores = CATEGORIES.map((c) => String(a.scores[c] ?? '—').padStart(14)).join(' ');
        console.log(`${a.name.padEnd(8)} ${scores}  ${a.path}`);
        if (a.performanceRuns) console.log(`         runs: ${a.performanceRuns.join(', ')}`);
        if (a.retried) console.log(`         run again after a failed recording: ${a.retried.join(', ')}`);
        for (const [id, value] of Object.entries(a.metrics)) console.log(`         ${id}: ${value}`);
      }
      console.log(`\nTarget: performance 100 on every page (the median of ${runs} runs)`);
      for (const a of audits) {
        const met = a.scores.performance === 100;
        const why = (a.failing.performance ?? []).map((f) => `${f.id} (${f.score.toFixed(2)})`).join(', ');
        console.log(
          `  ${met ? 'MET    ' : 'NOT MET'}  ${a.name}: ${a.scores.performance}${why ? ` — below 1: ${why}` : ''}`,
        );
      }
      for (const a of audits)
        for (const c of CATEGORIES.slice(1))
          for (const f of a.failing[c] ?? []) console.log(`  ${a.name} ${c}: ${f.id} — ${f.title} — ${f.detail}`);
    } finally {
      await server.stop();
    }
  } finally {
    await database.drop();
    rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
