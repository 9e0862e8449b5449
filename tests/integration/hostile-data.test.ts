import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFallback } from '~/server/sync/saved/build-saved-files';
import { jsonLdOf, outsideAttributes } from '../helpers/html';
import { seededDatabase } from '../helpers/seeded';
import { startServer, type RunningServer } from '../helpers/server';

// A real plan row whose text is replaced by markup, as a compromised or careless export might send.
const EVIL_NAME = `Evil "Plan" <script>alert('name')</script><img src=x onerror=alert(1)>`;
const EVIL_TERMS = `</p><script>alert('terms')</script><a href="javascript:alert(2)">x</a>`;
const EVIL_PROVIDER = `<b onmouseover=alert(3)>Evil Power</b>`;

let db: Awaited<ReturnType<typeof seededDatabase>>;
let server: RunningServer;
let dir: string;
let planId: string;
let otherId: string;
let providerSlug: string;

beforeAll(async () => {
  const seeded = await seededDatabase(['jan29']);
  db = seeded;
  const handle = seeded.handle;
  const sql = postgres(db.url, { max: 1 });
  const [row, other] = await sql<{ id: string; provider_id: number }[]>`
    SELECT p.id, p.provider_id FROM electricity_plans p JOIN tdsp_territories t ON t.duns = p.tdsp_duns
    WHERE t.code = 'ONCOR' AND p.is_active ORDER BY p.rate_1000_kwh LIMIT 2`;
  planId = row!.id;
  otherId = other!.id;
  await sql`UPDATE electricity_plans SET name = ${EVIL_NAME}, special_terms = ${EVIL_TERMS}, fees_credits = ${EVIL_TERMS} WHERE id = ${planId}`;
  const [p] = await sql<
    { slug: string }[]
  >`UPDATE providers SET name = ${EVIL_PROVIDER} WHERE id = ${row!.provider_id} RETURNING slug`;
  providerSlug = p!.slug;
  await sql.end();
  dir = mkdtempSync(path.join(tmpdir(), 'cmp-hostile-'));
  await buildFallback(handle.db, dir);
  await handle.close();
  server = await startServer({ DATABASE_URL: db.url, FALLBACK_DIR: dir });
}, 180_000);
afterAll(async () => {
  await server?.stop();
  await db?.drop();
  rmSync(dir, { recursive: true, force: true });
});

const pages = () => [
  '/texas/dallas',
  '/texas/dallas/12-month',
  `/plans/${planId}`,
  `/providers/${providerSlug}`,
  '/providers',
  `/compare?plans=${planId},${otherId}`,
];

describe('plan and provider text containing markup', () => {
  it('is escaped on every page that shows it, including inside JSON-LD', async () => {
    let seen = 0;
    for (const p of pages()) {
      const res = await fetch(`${server.url}${p}`);
      const html = await res.text();
      const markup = outsideAttributes(html);
      expect(markup, p).not.toContain("<script>alert('name')");
      expect(markup, p).not.toContain("<script>alert('terms')");
      expect(markup, p).not.toContain('<img src=x onerror');
      expect(markup, p).not.toContain('<b onmouseover');
      expect(markup, p).not.toContain('href="javascript:');
      if (html.includes('&lt;script&gt;alert(&#39;name&#39;)') || html.includes('Evil Power')) seen++;
      jsonLdOf(html); // every JSON-LD block still parses
      for (const block of html.match(/<script type="application\/ld\+json">[\s\S]*?<\/script>/g) ?? []) {
        expect(block.slice(35, -9), p).not.toMatch(/[<>]/);
      }
    }
    expect(seen).toBeGreaterThanOrEqual(4);
  });

  it('comes back intact through the JSON API (JSON-escaped, not HTML-escaped)', async () => {
    const body = await (await fetch(`${server.url}/api/plans?city=dallas`)).json();
    expect(body.plans.map((p: { plan: { name: string } }) => p.plan.name)).toContain(EVIL_NAME);
  });
});
