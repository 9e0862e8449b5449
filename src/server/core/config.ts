import { existsSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { TrustedProxies } from '~/lib/client-address';
import { DEFAULT_GUARD_LIMITS, syncSchedule } from './sync-settings';

const boolText = z.enum(['true', 'false', '1', '0', 'yes', 'no', 'on', 'off'], { error: 'expected true or false' });
const isTrue = (v: string) => ['true', '1', 'yes', 'on'].includes(v);
const bool = (fallback: boolean) => boolText.optional().transform((v) => (v === undefined ? fallback : isTrue(v)));
/** A boolean whose default depends on other variables: undefined when unset. */
const optionalBool = boolText.optional().transform((v) => (v === undefined ? undefined : isTrue(v)));

const int = (fallback: number, min: number, max: number) =>
  z.coerce
    .number({ error: 'expected a whole number' })
    .int('expected a whole number')
    .min(min)
    .max(max)
    .default(fallback);

const postgresUrl = z
  .url({ protocol: /^postgres(ql)?$/, error: 'expected a postgres:// or postgresql:// URL' })
  .optional();

// Empty strings count as unset, so `FOO=` in a .env file behaves like no FOO at all.
const blankToUndefined = (env: NodeJS.ProcessEnv) =>
  Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v.trim() !== ''));

/** Neon's direct host for one of its pooled URLs (`ep-x-pooler.region…` → `ep-x.region…`), else undefined. */
export function neonDirectUrl(url: string): string | undefined {
  const parsed = new URL(url);
  if (!/\.neon\.tech$/.test(parsed.hostname) || !/^[^.]+-pooler\./.test(parsed.hostname)) return undefined;
  parsed.hostname = parsed.hostname.replace(/^([^.]+)-pooler\./, '$1.');
  return parsed.toString();
}

/** Power to Choose's official CSV export of every offer, fetched over https. */
export const PTC_EXPORT_URL = 'https://www.powertochoose.org/en-us/Plan/ExportToCsv';

// The export decides what shoppers are shown, so it is fetched over https; plain http is
// accepted only from this machine (a test's local server).
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);
const exportUrl = z
  .url({ protocol: /^https?$/, error: 'expected an http(s) URL' })
  .refine((u) => u.startsWith('https:') || LOOPBACK.has(new URL(u).hostname), {
    error: 'expected an https URL (plain http only for localhost)',
  });

/** A share between 0 and 1, for the import guard's limits. */
const share = (fallback: number) =>
  z.coerce.number({ error: 'expected a number from 0 to 1' }).min(0).max(1).default(fallback);

// ../shared/data beside the checkout holds the recorded real data; used only if present.
const sharedDefault = (relative: string): string | undefined => {
  const candidate = path.resolve(process.cwd(), '..', 'shared', 'data', relative);
  return existsSync(candidate) ? candidate : undefined;
};

const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    DATABASE_URL: postgresUrl,
    NETLIFY_DATABASE_URL: postgresUrl,
    DATABASE_DIRECT_URL: postgresUrl,
    NETLIFY_DATABASE_URL_UNPOOLED: postgresUrl,
    DATABASE_SSL: z.enum(['require', 'prefer', 'verify-full', 'disable']).optional(),
    DATABASE_SSL_CA: z
      .string()
      .optional()
      .refine((file) => file === undefined || existsSync(file), 'no such file'),
    DATABASE_PREPARE: bool(true),
    DATABASE_POOL_MAX: int(10, 1, 100),
    DATABASE_IDLE_TIMEOUT_S: int(20, 0, 3600),
    DATABASE_CONNECT_TIMEOUT_S: int(10, 1, 120),
    DATABASE_HEALTH_INTERVAL_MS: int(30_000, 0, 3_600_000),
    PGLITE_DIR: z.string().default('.data/pglite'),
    PLANS_EXPORT_URL: exportUrl.default(PTC_EXPORT_URL),
    PLANS_FETCH_TIMEOUT_MS: int(20_000, 1_000, 300_000),
    PLANS_MAX_MB: int(20, 1, 500),
    SYNC_MAX_DEACTIVATED_SHARE: share(DEFAULT_GUARD_LIMITS.maxDeactivatedShare),
    SYNC_MIN_UTILITY_SHARE: share(DEFAULT_GUARD_LIMITS.minUtilityShare),
    SYNC_SCHEDULE: syncSchedule,
    SYNC_STALE_AFTER_HOURS: int(36, 1, 24 * 365),
    PLANS_SNAPSHOT_DIR: z.string().optional(),
    ZIP_TDSP_FILE: z.string().optional(),
    ZIP_UTILITY_FILE: z.string().optional(),
    FALLBACK_DIR: z.string().default('data'),
    CACHE_ENABLED: bool(true),
    PAGE_CACHE_MB: int(64, 0, 4_096),
    DATA_VERSION_RECHECK_MS: int(5_000, 50, 600_000),
    DATA_VERSION_LISTEN: optionalBool,
    CACHE_TIMEOUT_MS: int(100, 10, 5_000),
    CACHE_BREAKER_FAILURES: int(5, 1, 1_000),
    CACHE_BREAKER_RESET_MS: int(30_000, 100, 3_600_000),
    DB_BREAKER_FAILURES: int(5, 1, 1_000),
    DB_BREAKER_RESET_MS: int(30_000, 100, 3_600_000),
    RATE_LIMIT_PER_MINUTE: int(120, 1, 100_000),
    RATE_LIMIT_SYNC_MS: int(200, 10, 60_000),
    TRUSTED_PROXIES: z
      .string()
      .optional()
      .superRefine((spec, ctx) => {
        try {
          new TrustedProxies(spec);
        } catch (error) {
          ctx.addIssue({ code: 'custom', message: (error as Error).message });
        }
      }),
    ANALYTICS_RETENTION_DAYS: int(90, 1, 3650),
    SERVER_TIMING: bool(false),
    SHUTDOWN_TIMEOUT_MS: int(10_000, 100, 600_000),
    RENDER_LIMIT_PER_MINUTE: int(1_200, 0, 1_000_000),
    NETLIFY: z.string().optional(),
    AWS_LAMBDA_FUNCTION_NAME: z.string().optional(),
    COMPRESSION: optionalBool,
    REDIS_URL: z.url({ protocol: /^rediss?$/, error: 'expected a redis:// or rediss:// URL' }).optional(),
    HOST: z.string().default('localhost'),
    PORT: int(4321, 0, 65535),
  })
  .transform((e) => {
    const databaseUrl = e.DATABASE_URL ?? e.NETLIFY_DATABASE_URL;
    return {
      nodeEnv: e.NODE_ENV,
      database: databaseUrl
        ? {
            driver: 'postgres' as const,
            url: databaseUrl,
            // Migrations want a session (an advisory lock, prepared statements), which a transaction
            // pooler does not keep; Neon and Netlify name the unpooled URL beside the pooled one.
            directUrl: e.DATABASE_DIRECT_URL ?? e.NETLIFY_DATABASE_URL_UNPOOLED ?? neonDirectUrl(databaseUrl),
            // Verified TLS in production (certificate and host name); local servers usually have none.
            ssl: e.DATABASE_SSL ?? (e.NODE_ENV === 'production' ? 'verify-full' : 'disable'),
            sslCaFile: e.DATABASE_SSL_CA,
            prepare: e.DATABASE_PREPARE,
            max: e.DATABASE_POOL_MAX,
            idleTimeoutS: e.DATABASE_IDLE_TIMEOUT_S,
            connectTimeoutS: e.DATABASE_CONNECT_TIMEOUT_S,
            healthIntervalMs: e.DATABASE_HEALTH_INTERVAL_MS,
          }
        : { driver: 'pglite' as const, dir: e.PGLITE_DIR },
      redisUrl: e.REDIS_URL,
      cache: {
        // Off: every request reads the database and renders (for measuring and debugging).
        enabled: e.CACHE_ENABLED,
        pageCacheBytes: e.CACHE_ENABLED ? e.PAGE_CACHE_MB * 1024 * 1024 : 0,
        redisUrl: e.REDIS_URL,
        // Redis must answer within this or the request falls through to the database.
        timeoutMs: e.CACHE_TIMEOUT_MS,
        breakerFailures: e.CACHE_BREAKER_FAILURES,
        breakerResetMs: e.CACHE_BREAKER_RESET_MS,
      },
      // How a server learns of a committed sync (catalog/database/version-watch.ts).
      // A function is frozen between invocations, so it does not hold a LISTEN connection open.
      dataVersion: {
        recheckMs: e.DATA_VERSION_RECHECK_MS,
        listen: e.DATA_VERSION_LISTEN ?? !(e.NETLIFY || e.AWS_LAMBDA_FUNCTION_NAME),
      },
      dbBreaker: { failures: e.DB_BREAKER_FAILURES, resetMs: e.DB_BREAKER_RESET_MS },
      rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
      rateLimitSyncMs: e.RATE_LIMIT_SYNC_MS,
      // Proxies whose X-Forwarded-For is believed; none by default (see lib/client-address.ts).
      trustedProxies: e.TRUSTED_PROXIES,
      analyticsRetentionDays: e.ANALYTICS_RETENTION_DAYS,
      // Renders (page-cache misses) a client network may force a minute; 0 turns the guard off.
      renderLimitPerMinute: e.RENDER_LIMIT_PER_MINUTE,
      // How long a stopping server lets in-flight requests finish.
      shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
      // Server-Timing names cache hits and misses: useful in development, a detail to keep to ourselves otherwise.
      serverTiming: e.SERVER_TIMING || e.NODE_ENV === 'development',
      // A serverless host sits behind a CDN that compresses; compressing twice only costs CPU.
      compression: e.COMPRESSION ?? !(e.NETLIFY || e.AWS_LAMBDA_FUNCTION_NAME),
      sources: {
        plansUrl: e.PLANS_EXPORT_URL,
        fetchTimeoutMs: e.PLANS_FETCH_TIMEOUT_MS,
        maxBytes: e.PLANS_MAX_MB * 1_000_000,
        // Defaults point at the recorded real data beside the checkout, read in place.
        snapshotDir: e.PLANS_SNAPSHOT_DIR ?? sharedDefault('powertochoose'),
        zipTdspFile: e.ZIP_TDSP_FILE ?? sharedDefault('zip-tdsp/grid-o-matic_zipcode_to_tdsp_2021.csv'),
        zipUtilityFile: e.ZIP_UTILITY_FILE ?? sharedDefault('zip-tdsp/eia_non_iou_zipcodes_2020_TX.csv'),
      },
      sync: {
        limits: { maxDeactivatedShare: e.SYNC_MAX_DEACTIVATED_SHARE, minUtilityShare: e.SYNC_MIN_UTILITY_SHARE },
        // null: no in-process schedule (the default; Netlify uses its scheduled function).
        schedule: e.SYNC_SCHEDULE,
        staleAfterHours: e.SYNC_STALE_AFTER_HOURS,
      },
      fallbackDir: e.FALLBACK_DIR,
      host: e.HOST,
      port: e.PORT,
    };
  });

export type AppConfig = z.output<typeof envSchema>;
export type DatabaseConfig = AppConfig['database'];

/** Raised when the environment is invalid; the message names every bad variable. */
export class ConfigError extends Error {
  constructor(readonly problems: { variable: string; message: string }[]) {
    super(
      `Invalid environment configuration:\n${problems.map((p) => `  - ${p.variable}: ${p.message}`).join('\n')}\n` +
        'See docs/configuration.md for every supported variable.',
    );
    this.name = 'ConfigError';
  }
}

/** Parses an environment (process.env by default); throws ConfigError listing all problems. */
export function parseConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const result = envSchema.safeParse(blankToUndefined(env));
  if (result.success) return result.data;
  throw new ConfigError(
    result.error.issues.map((i) => ({ variable: String(i.path[0] ?? '(environment)'), message: i.message })),
  );
}

let cached: AppConfig | undefined;

/** The process-wide configuration, parsed once on first use. */
export function getConfig(): AppConfig {
  cached ??= parseConfig();
  return cached;
}
