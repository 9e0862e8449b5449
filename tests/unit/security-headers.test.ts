import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { securityHeaders } from '~/server/http/security-headers';

describe('security headers', () => {
  it('send browsing-topics=() rather than the retired interest-cohort', () => {
    const h = securityHeaders({ production: true, https: false });
    expect(h['Permissions-Policy']).toContain('browsing-topics=()');
    expect(h['Permissions-Policy']).not.toContain('interest-cohort');
  });

  it('send HSTS only in production over https, and CSP only in production', () => {
    expect(securityHeaders({ production: true, https: true })['Strict-Transport-Security']).toMatch(/max-age=\d+/);
    expect(securityHeaders({ production: true, https: false })['Strict-Transport-Security']).toBeUndefined();
    expect(securityHeaders({ production: false, https: true })['Content-Security-Policy']).toBeUndefined();
  });

  it("Netlify's _headers gives static files exactly the headers of a production https response", () => {
    const text = readFileSync('public/_headers', 'utf8');
    const lines = text.split('\n').filter((l) => l.startsWith('  '));
    const fromFile = Object.fromEntries(
      lines.map(
        (l) =>
          l
            .trim()
            .split(/: (.*)/s)
            .slice(0, 2) as [string, string],
      ),
    );
    expect(text).toMatch(/^\/\*$/m);
    expect(fromFile).toEqual(securityHeaders({ production: true, https: true }));
  });
});
