import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '~/server/core/config';

describe('parseConfig', () => {
  it('defaults to embedded PGlite, port 4321 and no Redis', () => {
    const config = parseConfig({});
    expect(config.database).toEqual({ driver: 'pglite', dir: '.data/pglite' });
    expect(config.port).toBe(4321);
    expect(config.redisUrl).toBeUndefined();
  });

  it('uses postgres.js with the seed pool settings when DATABASE_URL is set', () => {
    const { database } = parseConfig({ DATABASE_URL: 'postgres://u:p@db.example:5432/app' });
    expect(database).toMatchObject({ driver: 'postgres', max: 10, idleTimeoutS: 20, prepare: true, ssl: 'disable' });
  });

  it('falls back to NETLIFY_DATABASE_URL and requires SSL in production', () => {
    const { database } = parseConfig({ NETLIFY_DATABASE_URL: 'postgresql://neon.example/db', NODE_ENV: 'production' });
    // Issue 13: production verifies the server's certificate by default (it was 'require', unverified).
    expect(database).toMatchObject({ driver: 'postgres', url: 'postgresql://neon.example/db', ssl: 'verify-full' });
  });

  it('lets DATABASE_PREPARE=false turn prepared statements off for poolers', () => {
    expect(parseConfig({ DATABASE_URL: 'postgres://h/d', DATABASE_PREPARE: 'false' }).database).toMatchObject({
      prepare: false,
    });
  });

  it('compresses in the Node server by default but not behind Netlify, unless told', () => {
    expect(parseConfig({}).compression).toBe(true);
    expect(parseConfig({ NETLIFY: 'true' }).compression).toBe(false);
    expect(parseConfig({ NETLIFY: 'true', COMPRESSION: 'true' }).compression).toBe(true);
    expect(parseConfig({ COMPRESSION: 'off' }).compression).toBe(false);
  });

  it('treats empty values as unset', () => {
    expect(parseConfig({ DATABASE_URL: '', PORT: ' ' }).database.driver).toBe('pglite');
  });

  it('names every bad variable in one error', () => {
    let error: unknown;
    try {
      parseConfig({
        DATABASE_URL: 'mysql://x/y',
        PORT: 'eighty',
        DATABASE_POOL_MAX: '0',
        REDIS_URL: 'http://r',
        DATABASE_PREPARE: 'maybe',
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as ConfigError).message;
    for (const name of ['DATABASE_URL', 'PORT', 'DATABASE_POOL_MAX', 'REDIS_URL', 'DATABASE_PREPARE']) {
      expect(message).toContain(`- ${name}:`);
    }
    expect((error as ConfigError).problems).toHaveLength(5);
  });
});
