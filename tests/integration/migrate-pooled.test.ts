import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '~/server/core/config';
import { openDatabase } from '~/server/db/client';
import { runMigrations } from '~/server/db/migrate';
import { startPgbouncer } from '../helpers/pgbouncer';
import { createTempDatabase, TEST_DATABASE_URL } from '../helpers/postgres';

// Netlify's Neon integration hands out a pooled URL: the deploy's migration step must work
// through a transaction pooler, where session advisory locks and named prepared statements fail.
let temp: Awaited<ReturnType<typeof createTempDatabase>>;
let bouncer: Awaited<ReturnType<typeof startPgbouncer>>;

beforeAll(async () => {
  temp = await createTempDatabase();
  bouncer = await startPgbouncer(new URL(TEST_DATABASE_URL));
});
afterAll(async () => {
  await bouncer?.stop();
  await temp?.drop();
});

describe('migrations through a transaction pooler', () => {
  it('apply every migration with DATABASE_PREPARE=false, and a second run is a no-op', async () => {
    const pooled = bouncer.url(temp.name);
    const config = parseConfig({ DATABASE_URL: pooled, DATABASE_PREPARE: 'false', DATABASE_HEALTH_INTERVAL_MS: '0' });
    expect(config.database).toMatchObject({ driver: 'postgres', directUrl: undefined });
    await runMigrations(config.database);
    await runMigrations(config.database);
    const handle = await openDatabase(
      parseConfig({ DATABASE_URL: temp.url, DATABASE_HEALTH_INTERVAL_MS: '0' }).database,
    );
    try {
      const tables = (await handle.db.execute(
        (await import('drizzle-orm')).sql`SELECT count(*)::int AS n FROM drizzle.__drizzle_migrations`,
      )) as unknown as { n: number }[];
      expect(tables[0]!.n).toBeGreaterThanOrEqual(6);
      expect(await handle.ping()).toBeGreaterThanOrEqual(0);
    } finally {
      await handle.close();
    }
  });

  it('use the unpooled URL when one is named beside the pooled one', () => {
    const config = parseConfig({
      NETLIFY_DATABASE_URL: 'postgres://u:p@ep-cool-1-pooler.us-east-2.aws.neon.tech/db',
      DATABASE_PREPARE: 'false',
    });
    expect(config.database).toMatchObject({ directUrl: 'postgres://u:p@ep-cool-1.us-east-2.aws.neon.tech/db' });
    const named = parseConfig({
      DATABASE_URL: 'postgres://u:p@pool.example.org/db',
      DATABASE_DIRECT_URL: 'postgres://u:p@db.example.org/db',
    });
    expect(named.database).toMatchObject({ directUrl: 'postgres://u:p@db.example.org/db' });
  });
});
