import { describe, expect, it } from 'vitest';
import { sslOption } from '~/server/db/tls';

describe('sslOption', () => {
  it('verifies the certificate and host against the bundled and system roots for verify-full', () => {
    const option = sslOption({ ssl: 'verify-full', sslCaFile: undefined });
    expect(option).toMatchObject({ rejectUnauthorized: true });
    expect((option as { ca: string[] }).ca.length).toBeGreaterThan(100);
    expect((option as { ca: string[] }).ca.every((c) => c.includes('BEGIN CERTIFICATE'))).toBe(true);
  });

  it('passes require and prefer through, and turns disable into plain TCP', () => {
    expect(sslOption({ ssl: 'require', sslCaFile: undefined })).toBe('require');
    expect(sslOption({ ssl: 'prefer', sslCaFile: undefined })).toBe('prefer');
    expect(sslOption({ ssl: 'disable', sslCaFile: undefined })).toBe(false);
  });
});
