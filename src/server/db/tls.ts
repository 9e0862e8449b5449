import { readFileSync } from 'node:fs';
import tls, { type ConnectionOptions } from 'node:tls';
import type { DatabaseConfig } from '~/server/core/config';

type PostgresConfig = Extract<DatabaseConfig, { driver: 'postgres' }>;

/**
 * postgres.js's `ssl` option for DATABASE_SSL. `verify-full` (the production default) checks the
 * server's certificate and host name against Node's bundled roots and the system's own store,
 * plus DATABASE_SSL_CA when a provider signs with a private CA; `require` encrypts without
 * checking who answers (docs/security.md says when that is acceptable); `disable` is plain TCP.
 */
export function sslOption(
  config: Pick<PostgresConfig, 'ssl' | 'sslCaFile'>,
): false | 'prefer' | ConnectionOptions | 'require' {
  switch (config.ssl) {
    case 'disable':
      return false;
    case 'prefer':
    case 'require':
      return config.ssl;
    case 'verify-full':
      return {
        rejectUnauthorized: true,
        ca: [
          ...tls.getCACertificates('bundled'),
          ...tls.getCACertificates('system'),
          ...(config.sslCaFile ? [readFileSync(config.sslCaFile, 'utf8')] : []),
        ],
      };
  }
}
