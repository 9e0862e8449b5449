import { randomBytes } from 'node:crypto';
import postgres from 'postgres';

/** A throw-away database on a PostgreSQL server, and how to drop it again. */
export interface ScratchDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

/**
 * Creates an empty database with a random name on the server at `adminUrl`, for benchmarks and
 * integration tests that must not touch anyone's real data. The name is generated here, so the
 * one statement that cannot take a bind parameter never sees outside input.
 */
export async function createScratchDatabase(adminUrl: string, prefix = 'cmp_scratch'): Promise<ScratchDatabase> {
  if (!/^[a-z_]{1,30}$/.test(prefix)) throw new RangeError(`database name prefix must match [a-z_]{1,30}: ${prefix}`);
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end({ timeout: 5 });
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    async drop() {
      const sql = postgres(adminUrl, { max: 1, onnotice: () => {} });
      try {
        await sql.unsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await sql.end({ timeout: 5 });
      }
    },
  };
}
