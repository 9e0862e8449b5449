import { randomBytes } from 'node:crypto';
import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { sslOption } from './tls';
import type { DatabaseConfig } from '~/server/core/config';
import { startHealthMonitor } from './health-monitor';
import { pingDb } from './ping';
import { preparing } from './prepared';
import * as schema from './schema';
import type { DbHandle, PoolStats } from './types';

type PostgresConfig = Extract<DatabaseConfig, { driver: 'postgres' }>;

/** The URL with its password masked, for logs and /api/health. */
export function redactUrl(url: string): string {
  const u = new URL(url);
  if (u.password) u.password = '***';
  return u.toString();
}

/** Opens a postgres.js pool with the settings of docs/database.md; the first query connects. */
export function openPostgres(config: PostgresConfig): DbHandle {
  // postgres.js keeps its pool counters private (porsager/postgres#443), so each process
  // tags its connections with a unique application_name and counts them server-side.
  const applicationName = `choosemypower:${process.pid}:${randomBytes(3).toString('hex')}`;
  const client = postgres(config.url, {
    max: config.max,
    idle_timeout: config.idleTimeoutS,
    connect_timeout: config.connectTimeoutS,
    prepare: config.prepare,
    ssl: sslOption(config),
    onnotice: () => {}, // "relation already exists, skipping" notices are noise
    connection: { application_name: applicationName },
  });
  const db = drizzle(preparing(client), { schema });
  const target = redactUrl(config.url);
  // LISTEN needs a session of its own: through a transaction pooler it would hear nothing, so
  // it goes to the direct URL when there is one (its own connection, outside the pool's count).
  let listener: postgres.Sql | undefined;
  const listenerClient = () =>
    (listener ??=
      config.directUrl && config.directUrl !== config.url
        ? postgres(config.directUrl, {
            max: 1,
            connect_timeout: config.connectTimeoutS,
            ssl: sslOption(config),
            onnotice: () => {},
            connection: { application_name: `${applicationName}:listen` },
          })
        : client);
  const monitor = startHealthMonitor(() => pingDb(db), config.healthIntervalMs, target);

  return {
    db,
    driver: 'postgres',
    target,
    ping: (timeoutMs) => pingDb(db, timeoutMs),
    async poolStats(): Promise<PoolStats> {
      const [row] = await client<{ total: number; idle: number; active: number; waiting: number }[]>`
        select count(*)::int as total,
               count(*) filter (where state = 'idle')::int as idle,
               count(*) filter (where state <> 'idle')::int as active,
               count(*) filter (where wait_event_type = 'Lock')::int as waiting
        from pg_stat_activity where application_name = ${applicationName}`;
      return {
        max: config.max,
        total: row?.total ?? 0,
        idle: row?.idle ?? 0,
        active: row?.active ?? 0,
        waiting: row?.waiting ?? 0,
      };
    },
    lastHealth: monitor.last,
    async listen(channel, onNotify, onListen) {
      const { unlisten } = await listenerClient().listen(channel, onNotify, onListen);
      return unlisten;
    },
    async close() {
      monitor.stop();
      if (listener && listener !== client) await listener.end({ timeout: 5 });
      await client.end({ timeout: 5 });
    },
  };
}
