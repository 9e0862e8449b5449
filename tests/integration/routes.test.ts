import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attrValues, canonicalOf, h1Count, isNoindex, jsonLdOf, titleOf } from '../helpers/html';
import { seededDatabase } from '../helpers/seeded';
import { startServer, type RunningServer } from '../helpers/server';

const SITE = 'http://localhost:4321'; // the build's SITE_URL default: canonical URLs use it

let db: Awaited<ReturnType<typeof seededDatabase>>;
let server: RunningServer;
let sql: postgres.Sql;
let dir: string;
const get = (p: string, init?: RequestInit) => fetch(`${server.url}${p}`, { redirect: 'manual', ...init });
const page = async (p: string) => {
  const res = await get(p);
  return { res, html: await res.text() };
};

beforeAll(async () => {
  const seeded = await seededDatabase(['jan10', 'jan29']);
  db = seeded;
  const handle = seeded.handle;
  await handle.close();
  dir = mkdtempSync(path.join(tmpdir(), 'cmp-routes-'));
  // The test client is loopback: trusting it as a proxy lets X-Forwarded-For stand for distinct shoppers.
  server = await startServer({ DATABASE_URL: db.url, FALLBACK_DIR: dir, TRUSTED_PROXIES: '127.0.0.1,::1' });
  sql = postgres(db.url, { max: 1 });
}, 180_000);
afterAll(async () => {
  await server?.stop();
  await sql?.end();
  await db?.drop();
  rmSync(dir, { recursive: true, force: true });
});

const planId = async (externalId: string) =>
  (await sql<{ id: string }[]>`SELECT id FROM electricity_plans WHERE external_id = ${externalId}`)[0]!.id;

describe('home and directory', () => {
  it('home: ZIP form, largest cities, ranking explanation, data source and date', async () => {
    const { res, html } = await page('/');
    expect(res.status).toBe(200);
    expect(html).toContain('action="/zip"');
    expect(html).toContain('href="/texas/houston"');
    expect(html).toContain('id="how-we-rank"');
    expect(html).toContain('Power to Choose export of 29 Jan 2026 (recorded copy)');
    expect(canonicalOf(html)).toBe(`${SITE}/`);
    expect(h1Count(html)).toBe(1);
    expect(jsonLdOf(html)).toEqual([expect.objectContaining({ '@type': 'BreadcrumbList' })]);
  });

  it('/texas lists every city with choice, apart from those led by their own utility, and explains the cities without', async () => {
    const { res, html } = await page('/texas');
    expect(res.status).toBe(200);
    // Cities whose own municipal utility serves most homes are listed apart (issue 17).
    const n = (
      await sql<{ n: number }[]>`SELECT COUNT(*)::int AS n FROM cities WHERE is_active AND is_deregulated
        AND inside_city_slug IS NULL AND NOT (choice_status = 'mixed' AND led_by_utility IS NOT NULL)`
    )[0]!.n;
    expect(titleOf(html)).toContain(`${n} cities`);
    expect(html).toContain('href="/texas/dallas"');
    expect(html).toMatch(/San Antonio<\/a>: City of San Antonio utility/);
    expect(h1Count(html)).toBe(1);
  });
});

describe('city pages', () => {
  it('ranks Dallas plans by estimated bill, with summary, provenance, canonical and JSON-LD', async () => {
    const { res, html } = await page('/texas/dallas');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toContain('s-maxage');
    expect(titleOf(html)).toMatch(/^Dallas electricity plans: 152 plans from \d+\.\d¢\/kWh$/);
    expect(canonicalOf(html)).toBe(`${SITE}/texas/dallas`);
    expect(isNoindex(html)).toBe(false);
    expect(h1Count(html)).toBe(1);
    expect(html).toContain('Oncor Electric Delivery');
    expect(html).toContain('Power to Choose export of 29 Jan 2026');
    // Ranked by the next twelve months (issue 10), not by one month's bill.
    const years = attrValues(html, 'data-year').map(Number);
    expect(years).toHaveLength(20);
    expect(years).toEqual([...years].sort((a, b) => a - b));
    const ld = jsonLdOf(html) as { '@type': string; itemListElement?: unknown[] }[];
    expect(ld.map((x) => x['@type'])).toEqual(['BreadcrumbList', 'ItemList']);
    expect(ld[1]!.itemListElement).toHaveLength(20);
    // The list names the cards' plans in the cards' order, each by its plan page's Product @id.
    const items = ld[1]!.itemListElement as { item: { '@id': string; url: string } }[];
    expect(items.map((e) => e.item.url.replace(/^https?:\/\/[^/]+\/plans\//, ''))).toEqual(
      attrValues(html, 'data-plan-id'),
    );
    expect(items.every((e) => e.item['@id'] === `${e.item.url}#product`)).toBe(true);
    expect(html).toContain('rel="nofollow sponsored noopener"');
    expect(html).toContain('href="/texas/dallas?page=2"');
  });

  it('re-ranks at another usage, as a noindex page pointing at the base page', async () => {
    const base = attrValues((await page('/texas/dallas')).html, 'data-plan-id');
    const { res, html } = await page('/texas/dallas?usage=500');
    expect(res.status).toBe(200);
    expect(isNoindex(html)).toBe(true);
    expect(canonicalOf(html)).toBe(`${SITE}/texas/dallas`);
    expect(attrValues(html, 'data-plan-id')).not.toEqual(base);
  });

  it('serves indexable filter pages with their own title and canonical', async () => {
    const { res, html } = await page('/texas/dallas/12-month/fixed-rate');
    expect(res.status).toBe(200);
    expect(titleOf(html)).toMatch(/^Dallas 12-month fixed-rate electricity plans: \d+ plans/);
    expect(canonicalOf(html)).toBe(`${SITE}/texas/dallas/12-month/fixed-rate`);
    expect(isNoindex(html)).toBe(false);
  });

  it('redirects filters to their canonical path, and query filters that can be a path', async () => {
    let res = await get('/texas/dallas/fixed-rate/12-month');
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe('/texas/dallas/12-month/fixed-rate');
    res = await get('/texas/dallas?term=12&rate=fixed&usage=1500');
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe('/texas/dallas/12-month/fixed-rate?usage=1500');
  });

  it('keeps other combinations in the query string, noindex, canonical to the base page', async () => {
    const { res, html } = await page('/texas/dallas?tou=exclude&autopay=exclude');
    expect(res.status).toBe(200);
    expect(isNoindex(html)).toBe(true);
    expect(canonicalOf(html)).toBe(`${SITE}/texas/dallas`);
  });

  it('offers a utility switch in a city served by several utilities', async () => {
    const { res, html } = await page('/texas/austin');
    expect(res.status).toBe(200);
    expect(html).toContain('aria-label="Choose your utility"');
    expect(html).toContain('href="/texas/austin?utility=AEP_NORTH"');
    expect(html).toContain('Austin Energy');
  });

  it('explains a city without retail choice', async () => {
    const { res, html } = await page('/texas/san-antonio');
    expect(res.status).toBe(200);
    expect(html).toContain('data-not-deregulated');
    expect(html).toContain('City of San Antonio utility');
  });

  it('answers unknown cities, filters and pages with a real 404', async () => {
    for (const p of [
      '/texas/atlantis',
      '/texas/dallas/cheapest',
      '/texas/dallas/12-month/24-month',
      '/texas/dallas?page=99',
      '/nowhere',
    ]) {
      expect((await get(p)).status, p).toBe(404);
    }
  });

  it('rejects a malformed usage with 400, not 500', async () => {
    for (const p of [
      '/texas/dallas?usage=abc',
      '/texas/dallas?usage=-5',
      '/texas/dallas?usage=99999',
      '/texas/dallas?term=forever',
    ]) {
      expect((await get(p)).status, p).toBe(400);
    }
  });

  it('301s upper-case and trailing-slash URLs to the canonical form', async () => {
    let res = await get('/Texas/Dallas');
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe('/texas/dallas');
    res = await get('/texas/dallas/');
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe('/texas/dallas');
  });

  // One character outside Latin-1 (an en dash in our own text) turns the whole page string into
  // two-byte, and V8 then encodes it several times slower (docs/performance.md). Plan data can
  // still bring such characters; Dallas's recorded plans on page 1 do not.
  it.each(['/texas/dallas', '/es/texas/dallas', '/'])('%s is Latin-1 throughout', async (p) => {
    const { res, html } = await page(p);
    expect(res.status).toBe(200);
    expect([...new Set(html.match(/[^\u0000-\u00ff]/gu) ?? [])]).toEqual([]);
  });
});

describe('ZIP lookup', () => {
  it('sends a one-utility ZIP to its city with that utility', async () => {
    const res = await get('/zip/75201');
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/texas/dallas?utility=ONCOR');
  });

  it('asks which utility serves a split ZIP', async () => {
    const { res, html } = await page('/zip/77414');
    expect(res.status).toBe(200);
    expect(html).toContain('data-zip-kind="multiple"');
    expect(html.match(/\?utility=/g)).toHaveLength(3);
  });

  it('names the utility of a ZIP without retail choice', async () => {
    const { res, html } = await page('/zip/78701');
    expect(res.status).toBe(200);
    expect(html).toContain('data-zip-kind="not-deregulated"');
    expect(html).toContain('Austin Energy');
  });

  it('400 with the form for a malformed ZIP, 404 for an unknown one', async () => {
    const bad = await page('/zip/7520x');
    expect(bad.res.status).toBe(400);
    expect(bad.html).toContain('role="alert"');
    expect(bad.html).toContain('name="zip"');
    expect((await get('/zip/00000')).status).toBe(404);
  });

  it('the form target redirects a valid ZIP and rejects anything else', async () => {
    const ok = await get('/zip?zip=75201');
    expect(ok.status).toBe(303);
    expect(ok.headers.get('location')).toBe('/zip/75201');
    const bad = await page('/zip?zip=%3Cscript%3E');
    expect(bad.res.status).toBe(400);
    expect(bad.html).not.toContain('<script>');
    expect(bad.html).toContain('&lt;script&gt;');
  });
});

describe('plan, provider and compare pages', () => {
  it('plan page: facts, costs, curve, history chart and Product JSON-LD', async () => {
    const id = await planId('11677');
    const { res, html } = await page(`/plans/${id}`);
    expect(res.status).toBe(200);
    expect(h1Count(html)).toBe(1);
    expect(html).toContain('role="img"');
    expect(html).toMatch(/15\.3¢/);
    const ld = jsonLdOf(html) as { '@type': string; '@id'?: string }[];
    expect(ld.map((x) => x['@type'])).toEqual(['BreadcrumbList', 'Product']);
    // The @id a city page's list names this plan by.
    expect(ld[1]!['@id']).toMatch(new RegExp(`^https?://[^/]+/plans/${id}#product$`));
  });

  it('a plan no longer offered answers 410 with a clear notice', async () => {
    const { res, html } = await page(`/plans/${await planId('12406')}`);
    expect(res.status).toBe(410);
    expect(html).toContain('data-inactive');
    expect(isNoindex(html)).toBe(true);
  });

  it('unknown plans and providers are 404', async () => {
    expect((await get('/plans/000000000000000000000000')).status).toBe(404);
    expect((await get('/plans/not-an-id')).status).toBe(404);
    expect((await get('/providers/nobody')).status).toBe(404);
  });

  it('providers list and a provider page', async () => {
    const list = await page('/providers');
    expect(list.res.status).toBe(200);
    expect(list.html).toContain('href="/providers/think-energy"');
    const one = await page('/providers/think-energy');
    expect(one.res.status).toBe(200);
    expect(titleOf(one.html)).toMatch(/^Think Energy: \d+ Texas electricity plans from/);
  });

  it('compare shows two to four plans side by side and rejects one', async () => {
    const ids = [await planId('11677'), await planId('34706')];
    const { res, html } = await page(`/compare?plans=${ids.join(',')}`);
    expect(res.status).toBe(200);
    expect(html).toContain('data-compare');
    expect(html).toContain('role="img"');
    expect((await get(`/compare?plans=${ids[0]}`)).status).toBe(400);
  });
});

describe('static files', () => {
  it('carry the security headers too, although they never reach the middleware', async () => {
    const css = /href="(\/_astro\/[^"]+\.css)"/.exec((await page('/')).html)![1]!;
    for (const p of ['/favicon.svg', css]) {
      const res = await get(p);
      expect(res.status, p).toBe(200);
      expect(res.headers.get('x-content-type-options'), p).toBe('nosniff');
      expect(res.headers.get('content-security-policy'), p).toContain("default-src 'self'");
      expect(res.headers.get('permissions-policy'), p).toContain('browsing-topics=()');
    }
  });

  it('send the render-blocking stylesheet compressed to a browser that accepts it', async () => {
    const css = /href="(\/_astro\/[^"]+\.css)"/.exec((await page('/')).html)![1]!;
    const plain = await get(css, { headers: { 'accept-encoding': 'identity' } });
    const br = await get(css, { headers: { 'accept-encoding': 'gzip, deflate, br, zstd' } });
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('vary')).toBe('Accept-Encoding');
    expect(Number(br.headers.get('content-length'))).toBeLessThan(Number(plain.headers.get('content-length')) / 3);
    expect(await br.text()).toBe(await plain.text()); // fetch decodes: the same stylesheet
  });
});

describe('JSON API', () => {
  it('/api/zip answers each kind and rejects bad input with JSON 400', async () => {
    const one = await (await get('/api/zip/75201')).json();
    expect(one).toMatchObject({ kind: 'single', city: { slug: 'dallas' }, tdsp: { code: 'ONCOR' } });
    const bad = await get('/api/zip/abc');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { code: 'invalid_input' } });
  });

  it('/api/plans ranks by the chosen usage and validates its query', async () => {
    const res = await get('/api/plans?city=dallas&usage=1500&term=12');
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.usageKwh).toBe(1500);
    const bills = body.plans.map((p: { estimatedBill: number }) => p.estimatedBill);
    expect(bills).toEqual([...bills].sort((a: number, b: number) => a - b));
    expect(
      body.plans.every((p: { plan: { termMonths: number } }) => p.plan.termMonths >= 7 && p.plan.termMonths <= 12),
    ).toBe(true);
    expect((await get('/api/plans?city=dallas&usage=-1')).status).toBe(400);
    expect((await get('/api/plans')).status).toBe(400);
    expect((await get('/api/plans?city=atlantis')).status).toBe(404);
  });
});

describe('sitemaps and robots', () => {
  it('the sitemap index lists four sitemaps, and the city sitemap every active city with plans', async () => {
    const index = await (await get('/sitemap.xml')).text();
    expect(index.match(/<sitemap>/g)).toHaveLength(4);
    const cities = await (await get('/sitemaps/cities.xml')).text();
    const n = (
      await sql<
        { n: number }[]
      >`SELECT COUNT(*)::int AS n FROM cities WHERE is_active AND is_deregulated AND active_plans_count > 0`
    )[0]!.n;
    // Issue 16: each city page is listed in English and in Spanish, each naming both versions.
    expect(cities.match(/<url>/g)).toHaveLength(2 * n);
    expect(cities).toContain(`<loc>${SITE}/texas/dallas</loc><lastmod>2026-01-29</lastmod>`);
    expect((await get('/sitemaps/everything.xml')).status).toBe(404);
  });

  it('robots.txt points at the sitemap', async () => {
    expect(await (await get('/robots.txt')).text()).toContain(`Sitemap: ${SITE}/sitemap.xml`);
  });
});

describe('shopper analytics', () => {
  const waitForRows = async (where: () => Promise<number>, want: number) => {
    for (let i = 0; i < 40 && (await where()) < want; i++) await new Promise((r) => setTimeout(r, 250));
    return where();
  };

  it('records a ZIP lookup off the request path with only a truncated network, and honours DNT and GPC', async () => {
    const count = async () =>
      (await sql<{ n: number }[]>`SELECT COUNT(*)::int AS n FROM user_interactions WHERE zip_code = '75202'`)[0]!.n;
    expect((await get('/zip/75202', { headers: { 'X-Forwarded-For': '203.0.113.77' } })).status).toBe(302);
    expect(await waitForRows(count, 1)).toBe(1);
    const rows = await sql<
      { ip: string; all: string }[]
    >`SELECT ip_address::text AS ip, row_to_json(u)::text AS all FROM user_interactions u WHERE zip_code = '75202'`;
    expect(rows[0]!.ip).toBe('203.0.113.0/24');
    expect(rows[0]!.all).not.toContain('203.0.113.77');
    await get('/zip/75202', { headers: { DNT: '1', 'X-Forwarded-For': '198.51.100.1' } });
    await get('/zip/75202', { headers: { 'Sec-GPC': '1', 'X-Forwarded-For': '198.51.100.2' } });
    // The recorder writes in arrival order, so once a later event is stored, any the opted-out
    // requests had queued would be stored too: wait for that one, then count.
    const later = async () =>
      (
        await sql<
          { n: number }[]
        >`SELECT COUNT(*)::int AS n FROM user_interactions WHERE zip_code = '75201' AND ip_address = '192.0.2.0/24'`
      )[0]!.n;
    await get('/zip/75201', { headers: { 'X-Forwarded-For': '192.0.2.123' } });
    expect(await waitForRows(later, 1)).toBe(1);
    expect(await count()).toBe(1);
  });
});
