import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePtcExport } from '~/server/sync/ptc/parse-export';
import { replayExports } from '~/server/sync/replay';
import { attrValues } from '../helpers/html';
import { recordedTerritory } from '../helpers/recorded';
import { SHARED_DATA } from '../helpers/seed-rows';
import { seededDatabase } from '../helpers/seeded';
import { startServer, type RunningServer } from '../helpers/server';

// Issue 11's market memory, on pages, from every recorded export replayed in date order.
const EXPORT_DIR = path.join(SHARED_DATA, 'powertochoose');
let db: Awaited<ReturnType<typeof seededDatabase>>;
let server: RunningServer;
let sql: postgres.Sql;
const get = (p: string) => fetch(`${server.url}${p}`);

beforeAll(async () => {
  db = await seededDatabase([]);
  await replayExports(db.handle.db, { dir: EXPORT_DIR, territory: recordedTerritory(), deferCounts: true });
  await db.handle.close();
  server = await startServer({ DATABASE_URL: db.url, FALLBACK_DIR: path.join(EXPORT_DIR, 'no-saved-files-needed') });
  sql = postgres(db.url, { max: 1 });
}, 300_000);
afterAll(async () => {
  await server?.stop();
  await sql?.end();
  await db?.drop();
});

/** The 1,000 kWh price ($/kWh text) each export file posts for an [idKey]. */
function pricesInFiles(externalIds: string[]): Map<string, string> {
  const byDate = new Map<string, string>();
  for (const file of readdirCsv()) {
    const date = /(\d{4}-\d{2}-\d{2})/.exec(file)![1]!;
    const { rows } = parsePtcExport(readFileSync(path.join(EXPORT_DIR, file), 'utf8'), file);
    const row = rows.find((r) => externalIds.includes(r.raw.idKey ?? ''));
    if (row) byDate.set(date, row.raw.kwh1000 ?? '');
  }
  return byDate;
}
const readdirCsv = () => readdirSync(EXPORT_DIR).filter((f) => /^ptc-export.*\.csv$/.test(f));

describe('market memory on pages', () => {
  it('a plan page charts every recorded date and says when its price changed', async () => {
    const [plan] = await sql<{ id: string; n: number }[]>`
      SELECT h.plan_id AS id, count(*)::int AS n FROM plan_pricing_history h
      JOIN electricity_plans p ON p.id = h.plan_id AND p.is_active
      WHERE h.previous_rate_1000_kwh > h.rate_1000_kwh
      GROUP BY h.plan_id ORDER BY count(*) DESC, h.plan_id LIMIT 1`;
    const html = await (await get(`/plans/${plan!.id}`)).text();
    const dates = await sql<
      { n: number }[]
    >`SELECT count(*)::int AS n FROM plan_pricing_history WHERE plan_id = ${plan!.id}`;
    expect(dates[0]!.n).toBeGreaterThan(1);
    expect(html).toContain('data-price-changes');
    expect(html).toMatch(/Price cut by \d+\.\d+¢\/kWh on \d{1,2} Jan/);
    expect(html).toContain(`on ${dates[0]!.n} snapshot dates`);
  });

  it("a city page draws its utility's market over every export date, with the cheapest plan of each", async () => {
    const html = await (await get('/texas/dallas')).text();
    expect(html).toContain('data-market');
    expect(html).toContain('href="/texas/dallas/feed.xml"');
    expect(html).toMatch(/<link rel="alternate" type="application\/atom\+xml"[^>]*href="\/texas\/dallas\/feed.xml"/);
    const table = /data-cheapest-by-date[\s\S]*?<tbody>([\s\S]*?)<\/tbody>/.exec(html)![1]!;
    expect(table.match(/<tr/g)).toHaveLength(18);
  });

  it("marks exactly the cards whose history shows them new or cut in the newest export's week", async () => {
    // Every page of Dallas: each card's plan id and the marks it carries.
    const shown = new Map<string, string[]>();
    for (let page = 1; ; page++) {
      const res = await get(`/texas/dallas${page > 1 ? `?page=${page}` : ''}`);
      if (res.status === 404) break;
      const cards = (await res.text()).split('<article').slice(1);
      for (const card of cards)
        shown.set(/data-plan-id="([0-9a-f]{24})"/.exec(card)![1]!, attrValues(card, 'data-mark'));
    }
    expect(shown.size).toBeGreaterThan(100);
    // Independently from the history table: the seven days up to the newest export.
    const expected = await sql<{ id: string; mark: string }[]>`
      WITH bounds AS (SELECT max(snapshot_date) AS newest, min(snapshot_date) AS oldest FROM plan_pricing_history),
      firsts AS (SELECT plan_id, min(snapshot_date) AS first FROM plan_pricing_history GROUP BY plan_id)
      SELECT f.plan_id AS id, 'new' AS mark FROM firsts f, bounds b
        WHERE f.first > b.oldest AND f.first > b.newest - 7
      UNION
      SELECT h.plan_id, 'price-cut' FROM plan_pricing_history h, bounds b
        WHERE h.previous_rate_1000_kwh > h.rate_1000_kwh AND h.snapshot_date > b.newest - 7`;
    const want = new Map<string, string[]>();
    for (const { id, mark } of expected) if (shown.has(id)) want.set(id, [...(want.get(id) ?? []), mark].sort());
    const got = new Map([...shown].filter(([, m]) => m.length > 0).map(([id, m]) => [id, [...m].sort()]));
    expect(got.size).toBeGreaterThan(0);
    expect(got).toEqual(want);
  });

  it('the city feed is valid Atom listing real price cuts and new plans, dated by their export', async () => {
    const res = await get('/texas/dallas/feed.xml');
    expect(res.headers.get('content-type')).toContain('application/atom+xml');
    const xml = await res.text();
    expect(SyntaxValidator.validate(xml, { invalidCharSequence: { tagValue: true, attrLt: true } })).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['entry', 'link'].includes(name) }).parse(
      xml,
    );
    const feed = doc.feed;
    expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    for (const field of ['id', 'title', 'updated']) expect(feed[field]).toBeTruthy();
    expect(feed.author.name).toBe('ChooseMyPower');
    expect(feed.link.map((l: Record<string, string>) => l['@_rel']).sort()).toEqual(['alternate', 'self']);
    const entries = feed.entry as { id: string; title: string; updated: string; link: Record<string, string>[] }[];
    const exportDates = (
      await sql<
        { d: string }[]
      >`SELECT DISTINCT snapshot_date::text AS d FROM plan_pricing_history ORDER BY d DESC LIMIT 7`
    ).map((r) => r.d);
    expect(entries.length).toBeGreaterThan(0);
    for (const e of entries) {
      expect(e.id && e.title).toBeTruthy();
      expect(exportDates.map((d) => `${d}T06:00:00Z`)).toContain(e.updated);
      expect(e.link[0]!['@_href']).toMatch(/\/plans\/[0-9a-f]{24}$/);
    }
    // Every price cut in the feed is a real one: the export files posted a higher price before.
    const cuts = entries.filter((e) => e.title.startsWith('Price cut:'));
    expect(cuts.length).toBeGreaterThan(0);
    for (const cut of cuts.slice(0, 5)) {
      const id = /\/plans\/([0-9a-f]{24})$/.exec(cut.link[0]!['@_href']!)![1]!;
      const [plan] = await sql<{ ids: string[] }[]>`
        SELECT array_prepend(external_id, alternate_external_ids) AS ids FROM electricity_plans WHERE id = ${id}`;
      const prices = pricesInFiles(plan!.ids);
      const date = cut.updated.slice(0, 10);
      const [from, to] = [...cut.title.matchAll(/(\d+\.\d)¢\/kWh/g)].map((m) => Number(m[1]));
      expect(Number(prices.get(date)) * 100).toBeCloseTo(to!, 1);
      const before = [...prices]
        .filter(([d]) => d < date)
        .sort(([a], [b]) => a.localeCompare(b))
        .at(-1);
      expect(Number(before![1]) * 100).toBeCloseTo(from!, 1);
      expect(from!).toBeGreaterThan(to!);
    }
  });

  it('answers 404 for the feed of a city that does not exist or is not a slug', async () => {
    for (const p of ['/texas/atlantis/feed.xml', '/texas/Dallas%3Cx%3E/feed.xml']) {
      const res = await get(p);
      expect(res.status, p).toBe(404);
      expect(res.headers.get('content-type'), p).toContain('text/html');
    }
  });
});
