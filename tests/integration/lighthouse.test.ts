import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditPages, type PageAudit } from '../../scripts/bench/lighthouse-run';
import { LIGHTHOUSE_PAGES, resolvePages } from '../helpers/lighthouse-pages';
import { seededDatabase } from '../helpers/seeded';
import { startServer, type RunningServer } from '../helpers/server';

// Accessibility, best practices and SEO do not depend on the machine's speed, so they are tested; performance,
// which does, is measured by npm run bench:lighthouse.
const CATEGORIES = ['accessibility', 'best-practices', 'seo'] as const;

let db: Awaited<ReturnType<typeof seededDatabase>>;
let server: RunningServer;
let dir: string;
let audits: PageAudit[];

beforeAll(async () => {
  db = await seededDatabase(['jan10', 'jan29']);
  await db.handle.close();
  dir = mkdtempSync(path.join(tmpdir(), 'cmp-lighthouse-'));
  server = await startServer({ DATABASE_URL: db.url, FALLBACK_DIR: dir });
  audits = await auditPages(server.url, await resolvePages(server.url), CATEGORIES);
}, 300_000);
afterAll(async () => {
  await server?.stop();
  await db?.drop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('Lighthouse (mobile defaults, Debian chromium)', () => {
  it.each(LIGHTHOUSE_PAGES.map((p) => p.name))('%s scores 100 on accessibility, best practices and SEO', (name) => {
    const audit = audits.find((a) => a.name === name)!;
    for (const category of CATEGORIES) {
      const failing = (audit.failing[category] ?? []).map((f) => `${f.id}: ${f.title} (${f.detail})`);
      expect(audit.scores[category], `${audit.path} ${category}: ${failing.join(' | ')}`).toBe(100);
    }
  });
});
