import { describe, expect, it } from 'vitest';
import { runServeToExit } from '../helpers/server';

describe('server start-up with a bad environment', () => {
  it('exits non-zero before listening, naming each bad variable', async () => {
    const { code, stderr } = await runServeToExit({ DATABASE_URL: 'not a url', PORT: '99999' });
    expect(code).toBe(1);
    expect(stderr).toContain('Invalid environment configuration');
    expect(stderr).toMatch(/- DATABASE_URL: expected a postgres/);
    expect(stderr).toMatch(/- PORT: /);
    expect(stderr).not.toContain('serving on');
  });
});
