import { createServer, type AddressInfo, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '~/server/core/config';
import { openDatabase } from '~/server/db/client';
import type { DbHandle } from '~/server/db/types';
import { getHealth } from '~/server/services/health';
import { createTempDatabase } from '../helpers/postgres';

describe('getHealth', () => {
  let temp: Awaited<ReturnType<typeof createTempDatabase>>;
  let handle: DbHandle;
  beforeAll(async () => {
    temp = await createTempDatabase(); // reachable, but never migrated
    handle = await openDatabase(parseConfig({ DATABASE_URL: temp.url, DATABASE_HEALTH_INTERVAL_MS: '0' }).database);
  });
  afterAll(async () => {
    await handle?.close();
    await temp?.drop();
  });

  it('is degraded when the database answers but its tables are missing', async () => {
    const report = await getHealth(undefined, { open: async () => handle });
    expect(report.status).toBe('degraded');
    expect(report.database.reachable).toBe(true);
    expect(report.data.error).toMatch(/electricity_plans|does not exist/);
  });

  it('is down, without throwing, when opening the database fails', async () => {
    const report = await getHealth(undefined, {
      open: () =>
        Promise.reject(Object.assign(new Error('connect ECONNREFUSED 10.1.2.3:5432'), { code: 'ECONNREFUSED' })),
    });
    expect(report).toMatchObject({ status: 'down', database: { reachable: false, latencyMs: null } });
  });

  it('is down within its deadline when the server accepts connections but never answers', async () => {
    // A loopback listener that swallows the startup packet: a hung database, not a refused one.
    const sockets: Socket[] = [];
    const blackhole = createServer((socket) => sockets.push(socket));
    await new Promise<void>((resolve) => blackhole.listen(0, '127.0.0.1', resolve));
    const { port } = blackhole.address() as AddressInfo;
    const hung = await openDatabase(
      parseConfig({ DATABASE_URL: `postgres://postgres@127.0.0.1:${port}/x`, DATABASE_HEALTH_INTERVAL_MS: '0' })
        .database,
    );
    try {
      // The report itself proves the deadline fired; how long it took is a bench figure (npm run bench:resilience).
      const report = await getHealth(undefined, { open: async () => hung, timeoutMs: 300 });
      expect(report.status).toBe('down');
      expect(report.database.error).toContain('did not answer within 300 ms');
    } finally {
      sockets.forEach((s) => s.destroy());
      await hung.close();
      blackhole.close();
    }
  });
});
