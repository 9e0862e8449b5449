import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attrValues, jsonLdOf, titleOf } from '../helpers/html';
import { seededDatabase } from '../helpers/seeded';
import { startServer, type RunningServer } from '../helpers/server';

// Issue 10 (rank by the next twelve months) and issue 17 (who really serves you), through the
// built server on the recorded 2026-01-29 data.
let db: Awaited<ReturnType<typeof seededDatabase>>;
let server: RunningServer;
let dir: string;
const get = (p: string) => fetch(`${server.url}${p}`, { redirect: 'manual' });
const page = async (p: string) => {
  const res = await get(p);
  return { res, html: await res.text() };
};
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

beforeAll(async () => {
  db = await seededDatabase(['jan29']);
  await db.handle.close();
  dir = mkdtempSync(path.join(tmpdir(), 'cmp-honesty-'));
  server = await startServer({ DATABASE_URL: db.url, FALLBACK_DIR: dir });
}, 180_000);
afterAll(async () => {
  await server?.stop();
  await db?.drop();
  rmSync(dir, { recursive: true, force: true });
});

interface ApiPlan {
  rank: number;
  estimatedBill: number;
  centsPerKwh: number;
  warnings: unknown[];
  plan: { id: string; name: string };
  year: { estimate: number; months: { bill: number; pricedBy: string }[]; creditMissedMonths: string[] } | null;
}

describe('the year ranking', () => {
  it('ranks Dallas by the next twelve months by default: no plan that misses its credit in 3+ months is in the top 10', async () => {
    const body = (await (await get('/api/plans?city=dallas')).json()) as {
      view: string;
      plans: ApiPlan[];
      afterTerm: unknown;
    };
    expect(body.view).toBe('year');
    const all: ApiPlan[] = [];
    for (let p = 1; p <= 8; p++) {
      const res = await get(`/api/plans?city=dallas&page=${p}`);
      if (res.status !== 200) break;
      all.push(...((await res.json()) as { plans: ApiPlan[] }).plans);
    }
    expect(all).toHaveLength(152);
    expect(all.slice(0, 10).filter((p) => p.year!.creditMissedMonths.length >= 3)).toEqual([]);
    const saver = all.find((p) => p.plan.name === 'Saver 12');
    expect(saver!.rank).toBeGreaterThan(10);
    for (const p of all) {
      expect(p.year!.months).toHaveLength(12);
      const sum = p.year!.months.reduce((s, m) => s + m.bill, 0);
      expect(Math.abs(sum - p.year!.estimate)).toBeLessThan(0.07); // both rounded to cents
    }
    expect(body.afterTerm).toMatchObject({ basis: 'month-to-month', utilityName: 'Oncor Electric Delivery' });
  });

  it('keeps every field /api/plans had, and offers the one-month view as an option', async () => {
    const year = (await (await get('/api/plans?city=dallas&usage=1500')).json()) as {
      plans: ApiPlan[];
      usageKwh: number;
    };
    expect(year.usageKwh).toBe(1500);
    expect(Object.keys(year.plans[0]!)).toEqual(
      expect.arrayContaining(['rank', 'estimatedBill', 'centsPerKwh', 'approximate', 'warnings', 'plan', 'year']),
    );
    const month = (await (await get('/api/plans?city=dallas&usage=1500&view=month')).json()) as { plans: ApiPlan[] };
    const bills = month.plans.map((p) => p.estimatedBill);
    expect(bills).toEqual([...bills].sort((a, b) => a - b));
    expect(month.plans[0]!.year).toBeNull();
  });

  it('shows ?usage=800 as 800 and explains the ranking and the after-term assumption on cards', async () => {
    const { res, html } = await page('/texas/dallas?usage=800');
    expect(res.status).toBe(200);
    expect(html).toMatch(/id="usage"[^>]*value="800"/);
    expect(text(html)).toContain('ranked by the estimated cost of the next 12 months');
    expect(text(html)).toMatch(
      /After (month \d+|the first month) we assume \d+\.\d¢\/kWh, today's median month-to-month price in Oncor Electric Delivery's area/,
    );
    const pages = await Promise.all([1, 2, 3, 4, 5, 6, 7, 8].map((p) => page(`/texas/dallas?usage=800&page=${p}`)));
    expect(pages.map((p) => text(p.html)).join(' ')).toMatch(
      /Credit missed in \d+ of 12 months \((Jan|Feb|Mar|Apr|May|Oct|Nov|Dec)/,
    );
  });

  it('the plan page draws the twelve bills as bars, and compare shows the months side by side', async () => {
    const first = (await (await get('/api/plans?city=dallas')).json()) as { plans: ApiPlan[] };
    const [a, b] = first.plans;
    const plan = await page(`/plans/${a!.plan.id}`);
    expect(plan.html).toContain('data-year-chart');
    expect(attrValues(plan.html, 'data-priced-by')).toHaveLength(12);
    const compare = await page(`/compare?plans=${a!.plan.id},${b!.plan.id}`);
    expect(compare.res.status).toBe(200);
    expect(attrValues(compare.html, 'data-compare-month')).toHaveLength(12);
    expect(attrValues(compare.html, 'data-priced-by')).toHaveLength(24);
  });
});

describe('who really serves you', () => {
  it('78520 asks, naming Brownsville Public Utilities Board and AEP Texas Central', async () => {
    const { res, html } = await page('/zip/78520');
    expect(res.status).toBe(200);
    expect(html).toContain('data-zip-kind="ask"');
    expect(html).toContain('Brownsville Public Utilities Board');
    expect(html).toContain('AEP Texas Central');
    const api = (await (await get('/api/zip/78520')).json()) as {
      kind: string;
      status: string;
      utilities: { kind: string; name: string }[];
    };
    expect(api).toMatchObject({ kind: 'ask', status: 'mixed' });
    expect(api.utilities).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'tdsp', name: 'AEP Texas Central' }),
        expect.objectContaining({ kind: 'municipal', name: 'Brownsville Public Utilities Board' }),
      ]),
    );
  });

  it('75040 (Garland) asks; 75201 (Dallas) still goes straight to Oncor; 78704 still explains Austin Energy', async () => {
    expect((await page('/zip/75040')).html).toContain('data-zip-kind="ask"');
    const dallas = await get('/zip/75201');
    expect(dallas.status).toBe(302);
    expect(dallas.headers.get('location')).toBe('/texas/dallas?utility=ONCOR');
    const austin = await page('/zip/78704');
    expect(austin.html).toContain('data-zip-kind="not-deregulated"');
    expect(austin.html).toContain('Austin Energy');
  });

  it('answering the question: the city utility explains no choice; an unknown answer is a 400', async () => {
    const ask = await page('/zip/78520');
    const muni = /href="(\/zip\/78520\?bill=eia-\d+)"/.exec(ask.html)![1]!;
    const { html } = await page(muni);
    expect(html).toContain('data-zip-kind="no-choice-utility"');
    expect((await get('/zip/78520?bill=ONCOR')).status).toBe(400);
  });

  it('Garland, Denton, College Station and Brownsville are not sold as places with choice, and lead with their own utility', async () => {
    const home = await page('/');
    const choice = /data-largest-cities[^>]*>([\s\S]*?)<\/ul>/.exec(home.html)![1]!;
    for (const slug of ['garland', 'denton', 'college-station', 'brownsville'])
      expect(choice).not.toContain(`href="/texas/${slug}"`);
    expect(home.html).toContain('data-own-utility-cities');
    for (const [slug, utility] of [
      ['garland', 'City of Garland utility'],
      ['denton', 'City of Denton utility'],
      ['college-station', 'City of College Station utility'],
      ['brownsville', 'Brownsville Public Utilities Board'],
    ]) {
      const { html } = await page(`/texas/${slug}`);
      expect(html).toContain('data-city-lead="own-utility"');
      expect(text(html)).toContain(`are served by ${utility}`);
      expect(titleOf(html)).toMatch(
        new RegExp(`^[A-Za-z ]+ electricity: ${utility}, and \\d+ plans for .+ addresses$`),
      );
      const list = jsonLdOf(html).find((x) => (x as { '@type': string })['@type'] === 'ItemList') as { name: string };
      expect(list.name).toMatch(/^Plans for addresses in .+'s area of /);
    }
    const api = (await (await get('/api/plans?city=garland')).json()) as { caveat: string };
    expect(api.caveat).toContain('Most homes in Garland are served by City of Garland utility');
  });

  it('/texas names no co-op for El Paso, Longview or Huntsville, and does not list Alief as a city without choice', async () => {
    const { html } = await page('/texas');
    const regulated = /data-regulated[^>]*>([\s\S]*?)<\/ul>/.exec(html)![1]!;
    expect(regulated).not.toMatch(/Coop|Cooperative/i);
    expect(regulated).not.toContain('href="/texas/alief"');
    expect(text(regulated)).toMatch(/El Paso : a regulated utility outside the competitive market/);
    const alief = await page('/texas/alief');
    expect(alief.html).toContain('data-city-lead="inside"');
    expect(alief.html).toContain('href="/texas/houston"');
  });

  it('provider pages head their sections with utility names, not codes', async () => {
    const { html } = await page('/providers/think-energy');
    expect(html).not.toMatch(/Plans in the [A-Z_]+ area/);
    // Issue 16: the heading comes from the dictionary, so Astro escapes its apostrophe.
    expect(html.replace(/&#39;/g, "'")).toContain("Plans in Oncor Electric Delivery's area");
  });
});
