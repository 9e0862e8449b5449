// Issue 16: every page in Spanish under /es. Each English route of routes.test.ts has a Spanish
// twin with the same status and lang="es"; hreflang pairs are reciprocal; Spanish pages show no
// English dictionary text (English source data is exempt and marked lang="en"; chart text is not);
// plan cards show the Spanish name and EFL wherever the recorded export has a Spanish twin.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatOf } from '~/lib/i18n';
import { attrValues, canonicalOf, jsonLdOf, titleOf } from '../helpers/html';
import { seededDatabase } from '../helpers/seeded';
import { startServer, type RunningServer } from '../helpers/server';
import { englishOnlyStrings, hreflangsOf, htmlLang, showsEnglish, spanishText } from '../helpers/spanish';

const SITE = 'http://localhost:4321';

let db: Awaited<ReturnType<typeof seededDatabase>>;
let server: RunningServer;
let sql: postgres.Sql;
let dir: string;
const get = (p: string) => fetch(`${server.url}${p}`, { redirect: 'manual' });
const page = async (p: string) => {
  const res = await get(p);
  return { res, html: await res.text() };
};
const es = (p: string) => (p === '/' ? '/es' : p.startsWith('/?') ? `/es${p.slice(1)}` : `/es${p}`);

beforeAll(async () => {
  const seeded = await seededDatabase(['jan10', 'jan29']);
  db = seeded;
  await seeded.handle.close();
  dir = mkdtempSync(path.join(tmpdir(), 'cmp-spanish-'));
  server = await startServer({ DATABASE_URL: db.url, FALLBACK_DIR: dir });
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
const activeIds = async (n: number) =>
  (
    await sql<{ id: string }[]>`SELECT p.id FROM electricity_plans p JOIN tdsp_territories t ON t.duns = p.tdsp_duns
      WHERE p.is_active AND t.code = 'ONCOR' ORDER BY p.id LIMIT ${n}`
  ).map((r) => r.id);

/** Every page route of routes.test.ts (API, sitemaps and robots have no twin). */
const englishRoutes = async () => {
  const ids = await activeIds(2);
  return [
    '/',
    '/texas',
    '/texas/dallas',
    '/texas/dallas?usage=500',
    '/texas/dallas/12-month/fixed-rate',
    '/texas/dallas/fixed-rate/12-month',
    '/texas/dallas?term=12&rate=fixed&usage=1500',
    '/texas/dallas?tou=exclude&autopay=exclude',
    '/texas/austin',
    '/texas/san-antonio',
    '/texas/atlantis',
    '/texas/dallas/cheapest',
    '/texas/dallas?page=99',
    '/Texas/Dallas',
    '/texas/dallas/',
    '/nowhere',
    '/zip/75201',
    '/zip/75202',
    '/zip/78701',
    '/zip/77414',
    '/zip/7520x',
    '/zip/00000',
    '/zip?zip=75201',
    '/zip?zip=%3Cscript%3E',
    `/plans/${ids[0]}`,
    `/plans/${await planId('12406')}`,
    '/plans/000000000000000000000000',
    '/plans/not-an-id',
    '/providers',
    '/providers/think-energy',
    '/providers/nobody',
    `/compare?plans=${ids.join(',')}`,
    `/compare?plans=${ids[0]}`,
    '/privacy',
  ];
};

describe('Spanish twins', () => {
  it('answer every English route with the same status, lang="es", and the redirect in Spanish', async () => {
    for (const en of await englishRoutes()) {
      const [a, b] = [await page(en), await page(es(en))];
      expect(b.res.status, es(en)).toBe(a.res.status);
      if (a.res.status >= 300 && a.res.status < 400) {
        const to = a.res.headers.get('location')!;
        expect(b.res.headers.get('location'), es(en)).toBe(es(to));
      } else {
        expect(htmlLang(a.html), en).toBe('en');
        expect(htmlLang(b.html), es(en)).toBe('es');
      }
    }
  });

  it('name each other with reciprocal hreflang alternates (en, es, x-default) and their own canonical', async () => {
    for (const en of await englishRoutes()) {
      const [a, b] = [await page(en), await page(es(en))];
      if (a.res.status !== 200) continue;
      const [ha, hb] = [hreflangsOf(a.html), hreflangsOf(b.html)];
      expect(Object.keys(ha).sort(), en).toEqual(['en', 'es', 'x-default']);
      expect(hb, en).toEqual(ha);
      expect(ha.en, en).toBe(canonicalOf(a.html));
      expect(ha.es, en).toBe(canonicalOf(b.html));
      expect(ha['x-default'], en).toBe(ha.en);
    }
  });

  it('answer prefixes that are no language with the 404', async () => {
    for (const p of ['/fr/texas', '/es/es/texas', '/es/api/plans', '/es/robots.txt', '/es/texas/dallas/feed.xml'])
      expect((await get(p)).status, p).toBe(404);
  });

  it('keep filters and usage in the language switch', async () => {
    const { html } = await page('/es/texas/dallas/12-month/fixed-rate?usage=1500');
    expect(html).toContain('href="/texas/dallas/12-month/fixed-rate?usage=1500" hreflang="en" lang="en"');
    const back = await page('/texas/dallas/12-month/fixed-rate?usage=1500');
    expect(back.html).toContain('href="/es/texas/dallas/12-month/fixed-rate?usage=1500" hreflang="es" lang="es"');
  });
});

describe('Spanish text', () => {
  // Every page type; plan and compare pages, with their charts, are added below.
  const translated = [
    '/es',
    '/es/texas',
    '/es/texas/dallas',
    '/es/texas/dallas?usage=500&view=month',
    '/es/texas/dallas/12-month/fixed-rate',
    '/es/texas/austin',
    '/es/texas/san-antonio',
    '/es/zip/75202',
    '/es/zip/77414',
    '/es/zip/78701',
    '/es/zip?zip=abc',
    '/es/nowhere',
    '/es/providers',
    '/es/providers/think-energy',
    '/es/privacy',
  ];

  it('shows no English dictionary string that differs from its Spanish translation', async () => {
    const english = englishOnlyStrings();
    expect(english.length).toBeGreaterThan(100);
    // The charts' own words are in the check, not only the pages'.
    expect(english).toEqual(expect.arrayContaining(['Monthly usage (kWh)', 'Plan price', 'not available', 'Date']));
    const ids = await activeIds(3);
    const pages = [
      ...translated,
      `/es/plans/${ids[0]}`,
      `/es/plans/${await planId('12406')}`,
      `/es/compare?plans=${ids.join(',')}`,
      `/es/compare?plans=${ids[0]}`,
    ];
    for (const p of pages) {
      const text = spanishText((await page(p)).html);
      for (const s of english) expect(showsEnglish(text, s), `${p} contains "${s}"`).toBe(false);
    }
  });

  it('draws the charts of plan, compare and city pages in Spanish, with nothing marked English', async () => {
    const ids = await activeIds(3);
    const MONTHS_ES = Array.from({ length: 12 }, (_, m) => formatOf('es').month(m));
    const chartWords: Record<string, string[]> = {
      [`/plans/${ids[0]}`]: ['Uso mensual (kWh)', '¢ por kWh', '$ al mes', 'Precio del plan', 'A 1,000 kWh', 'Fecha'],
      [`/compare?plans=${ids.join(',')}`]: ['Uso mensual (kWh)', 'Uso (kWh)', '$ al mes', 'Mes', 'Total'],
      '/texas/dallas': ['Mediana de los planes fijos de 12 meses', 'Plan más barato', 'Fecha'],
    };
    for (const [route, words] of Object.entries(chartWords)) {
      const text = spanishText((await page(es(route))).html);
      for (const word of words) expect(text, `${es(route)} lacks "${word}"`).toContain(word);
      // Twelve months of bills from this month on: every Spanish month name, as Intl es-US writes it.
      if (!route.startsWith('/texas'))
        for (const month of MONTHS_ES) expect(text, `${es(route)} lacks "${month}"`).toContain(month);
      // The English twin still draws English charts.
      expect((await page(route)).html, route).toContain(
        route.startsWith('/texas') ? 'Median 12-month fixed plan' : 'Monthly usage (kWh)',
      );
    }
  });

  it('keeps English plan names marked lang="en" in the chart legends of a Spanish page, and only there', async () => {
    const ids = (
      await sql<{ id: string }[]>`SELECT p.id FROM electricity_plans p JOIN tdsp_territories t ON t.duns = p.tdsp_duns
        WHERE p.is_active AND t.code = 'ONCOR' AND p.language IS DISTINCT FROM 'es'
          AND NOT COALESCE(p.alternate_documents @> '[{"language": "es"}]', false) ORDER BY p.id LIMIT 2`
    ).map((r) => r.id);
    expect(ids).toHaveLength(2);
    const legendLangs = (html: string) =>
      [...html.matchAll(/<li class="flex items-center gap-2">[\s\S]*?<span([^>]*)>/g)].map((m) => m[1]!.trim());
    // Two plans in each of the two charts; an after-term legend entry, if any, is Spanish.
    const spanish = legendLangs((await page(`/es/compare?plans=${ids.join(',')}`)).html);
    expect(spanish.filter((l) => l === 'lang="en"')).toHaveLength(4);
    expect(spanish.filter((l) => l !== 'lang="en"').every((l) => l === '')).toBe(true);
    const english = legendLangs((await page(`/compare?plans=${ids.join(',')}`)).html);
    expect(english.length).toBe(spanish.length);
    expect(english.every((l) => l === '')).toBe(true);
    // The charts' screen-reader tables name the same plans in their column headers, marked alike.
    const headerLangs = (html: string) =>
      [...html.matchAll(/<table class="sr-only">[\s\S]*?<\/thead>/g)].flatMap((t) =>
        [...t[0].matchAll(/<th scope="col"([^>]*)>/g)].map((m) => m[1]!.trim()),
      );
    const compareEs = (await page(`/es/compare?plans=${ids.join(',')}`)).html;
    expect(headerLangs(compareEs).filter((l) => l === 'lang="en"')).toHaveLength(4);
    expect(headerLangs((await page(`/compare?plans=${ids.join(',')}`)).html).every((l) => l === '')).toBe(true);
  });

  it('gives Spanish pages unique titles and descriptions from real figures, and JSON-LD in Spanish', async () => {
    const { html } = await page('/es/texas/dallas');
    expect(titleOf(html)).toMatch(/^Planes de electricidad en Dallas: 152 planes desde \d+\.\d¢\/kWh$/);
    const ld = jsonLdOf(html) as { inLanguage?: string }[];
    expect(ld.map((d) => d.inLanguage)).toEqual(['es-US', 'es-US']);
    const en = await page('/texas/dallas');
    expect((jsonLdOf(en.html) as { inLanguage?: string }[])[0]!.inLanguage).toBe('en-US');
    const titles = new Set<string>();
    for (const p of translated.slice(0, 9)) titles.add(titleOf((await page(p)).html)!);
    expect(titles.size).toBeGreaterThanOrEqual(8);
  });
});

describe('the JSON API', () => {
  it('stays language-neutral, and with lang=es words its caveat, warnings and year notes in Spanish', async () => {
    type Body = {
      lang?: string;
      caveat: string | null;
      plans: { warnings: { text: string }[]; year: { notes?: string[] } }[];
    };
    const en = (await (await get('/api/plans?city=austin')).json()) as Body;
    const es = (await (await get('/api/plans?city=austin&lang=es')).json()) as Body;
    expect(en.lang).toBeUndefined();
    expect(es.lang).toBe('es');
    expect(en.caveat).toContain('Most homes in Austin');
    expect(es.caveat).toContain('A la mayoría de los hogares de Austin');
    const texts = es.plans.flatMap((p) => p.warnings.map((w) => w.text));
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts)
      expect(text).not.toMatch(/^(Costs|Adds|Time of use|Price is|Variable|Indexed|Prepaid|Early)/);
    expect(es.plans[0]!.year.notes).toBeDefined();
    expect(en.plans[0]!.year.notes).toBeUndefined();
    expect((await get('/api/plans?city=austin&lang=fr')).status).toBe(400);
  });
});

describe('Spanish plan names and documents', () => {
  it('every Dallas card shows the Spanish name and EFL where the export has a Spanish twin, counted against the export', async () => {
    const rows = await sql<
      {
        id: string;
        name: string;
        language: string | null;
        alt: { language: string; name: string; eflUrl: string | null }[] | null;
      }[]
    >`
      SELECT p.id, p.name, p.language, p.alternate_documents AS alt FROM electricity_plans p
      JOIN tdsp_territories t ON t.duns = p.tdsp_duns WHERE p.is_active AND t.code = 'ONCOR'`;
    const byId = new Map(rows.map((r) => [r.id, r]));
    const twins = rows.filter((r) => r.alt?.some((a) => a.language === 'es')).length;
    expect(twins).toBeGreaterThan(50);
    let shown = 0;
    let cards = 0;
    for (let n = 1; n <= 8; n++) {
      const { res, html } = await page(n === 1 ? '/es/texas/dallas' : `/es/texas/dallas?page=${n}`);
      if (res.status !== 200) break;
      for (const card of html.split('<article').slice(1)) {
        const id = attrValues(card, 'data-plan-id')[0]!;
        const row = byId.get(id)!;
        const twin = row.alt?.find((a) => a.language === 'es');
        const name = /data-plan-name>([^<]*)</.exec(card)![1]!.trim();
        cards++;
        if (twin) {
          shown++;
          expect(card, id).toContain('data-spanish-twin');
          expect(name, id).toBe(twin.name.replace(/&/g, '&amp;'));
          if (twin.eflUrl) expect(card, id).toContain(`href="${twin.eflUrl.replace(/&/g, '&amp;')}"`);
        } else {
          expect(card, id).not.toContain('data-spanish-twin');
          // A listing with no Spanish twin keeps its own name, marked as English unless it is a Spanish offer.
          if (row.language !== 'es') expect(card, id).toMatch(/lang="en"[^>]*data-plan-name/);
        }
      }
    }
    expect(cards).toBe(rows.length);
    expect(shown).toBe(twins);
  });

  it('English pages keep the English names', async () => {
    const { html } = await page('/texas/dallas');
    expect(html).not.toContain('data-spanish-twin');
  });

  it('lists every page in both languages in the sitemaps, each naming both versions', async () => {
    const cities = await (await get('/sitemaps/cities.xml')).text();
    expect(cities).toContain(
      `<url><loc>${SITE}/es/texas/dallas</loc><lastmod>2026-01-29</lastmod><xhtml:link rel="alternate" hreflang="en" href="${SITE}/texas/dallas"/><xhtml:link rel="alternate" hreflang="es" href="${SITE}/es/texas/dallas"/><xhtml:link rel="alternate" hreflang="x-default" href="${SITE}/texas/dallas"/></url>`,
    );
  });
});
