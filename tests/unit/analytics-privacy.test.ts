import { describe, expect, it } from 'vitest';
import { trackingAllowed } from '~/server/analytics/privacy';

const allowed = (headers: Record<string, string>) => trackingAllowed(new Headers(headers));

describe('trackingAllowed', () => {
  it('allows a request that expresses no preference', () => {
    expect(allowed({})).toBe(true);
    expect(allowed({ 'User-Agent': 'Mozilla/5.0' })).toBe(true);
  });

  it('refuses a request with Do Not Track', () => {
    expect(allowed({ DNT: '1' })).toBe(false);
    expect(allowed({ dnt: ' 1 ' })).toBe(false);
  });

  it('refuses a request with Global Privacy Control', () => {
    expect(allowed({ 'Sec-GPC': '1' })).toBe(false);
    expect(allowed({ 'sec-gpc': '1', DNT: '0' })).toBe(false);
  });

  it('allows DNT: 0 and other values that are not an opt-out', () => {
    expect(allowed({ DNT: '0' })).toBe(true);
    expect(allowed({ 'Sec-GPC': '0' })).toBe(true);
    expect(allowed({ DNT: 'null' })).toBe(true);
  });
});
