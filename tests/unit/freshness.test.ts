import { describe, expect, it } from 'vitest';
import { dataFreshness } from '~/lib/freshness';
import { texasMidnight } from '~/lib/texas-time';

describe('the age of an export date', () => {
  it('starts at midnight in Texas, in winter (CST) and in summer (CDT)', () => {
    expect(texasMidnight('2026-01-29').toISOString()).toBe('2026-01-29T06:00:00.000Z');
    expect(texasMidnight('2026-07-04').toISOString()).toBe('2026-07-04T05:00:00.000Z');
  });

  it('is stale only past the threshold, and never negative', () => {
    expect(dataFreshness('2026-01-29', new Date('2026-01-30T18:00:00Z'), 36)).toEqual({
      exportDate: '2026-01-29',
      ageHours: 36,
      staleAfterHours: 36,
      stale: false,
    });
    expect(dataFreshness('2026-01-29', new Date('2026-01-30T18:01:00Z'), 36).stale).toBe(true);
    expect(dataFreshness('2026-01-29', new Date('2026-01-29T01:00:00Z'), 36).ageHours).toBe(0);
  });

  it('calls recorded January data stale in December', () => {
    const f = dataFreshness('2026-01-29', new Date('2026-12-01T17:00:00Z'), 36);
    expect(f.stale).toBe(true);
    expect(f.ageHours).toBeGreaterThan(7_000);
  });
});
