import { describe, expect, it } from 'vitest';
import { DEFAULT_GUARD_LIMITS } from '~/server/core/sync-settings';
import { checkImport } from '~/server/sync/guard/import-guard';

const ONCOR = '1039940674000';
const CNP = '957877905';
const plans = (prefix: string, n: number, tdspDuns: string) =>
  Array.from({ length: n }, (_, i) => ({ id: `${prefix}${i}`, tdspDuns }));

describe('the import guard', () => {
  const today = [...plans('o', 100, ONCOR), ...plans('c', 100, CNP)];

  it('lets the first import through: nothing is active yet', () => {
    expect(checkImport([], plans('o', 3, ONCOR), DEFAULT_GUARD_LIMITS).reasons).toEqual([]);
  });

  it('lets day-to-day churn through and reports its figures', () => {
    const tomorrow = [...plans('o', 80, ONCOR), ...plans('c', 95, CNP), ...plans('new', 10, CNP)];
    const verdict = checkImport(today, tomorrow, DEFAULT_GUARD_LIMITS);
    expect(verdict.reasons).toEqual([]);
    expect(verdict.figures).toEqual({
      activeBefore: 200,
      activeAfter: 185,
      deactivated: 25,
      deactivatedShare: 0.125,
      utilities: [
        { code: 'CENTERPOINT', before: 100, after: 105, share: 1.05 },
        { code: 'ONCOR', before: 100, after: 80, share: 0.8 },
      ],
    });
  });

  it('refuses an export that would end more than the allowed share of the offers', () => {
    const verdict = checkImport(today, plans('o', 100, ONCOR).concat(plans('c', 19, CNP)), {
      maxDeactivatedShare: 0.4,
      minUtilityShare: 0,
    });
    expect(verdict.reasons).toEqual([
      'It would deactivate 81 of the 200 active offers (41%), more than the 40% allowed (SYNC_MAX_DEACTIVATED_SHARE, --max-deactivated-share).',
    ]);
    // Exactly at the limit is still allowed.
    expect(
      checkImport(today, plans('o', 100, ONCOR).concat(plans('c', 20, CNP)), {
        maxDeactivatedShare: 0.4,
        minUtilityShare: 0,
      }).reasons,
    ).toEqual([]);
  });

  it('refuses an export that leaves one utility with too few of its offers, or none', () => {
    const verdict = checkImport(today, [...plans('o', 100, ONCOR), ...plans('c', 59, CNP)], DEFAULT_GUARD_LIMITS);
    expect(verdict.reasons).toEqual([
      "It would leave CENTERPOINT with 59 active offers, 59% of today's 100; at least 60% must remain (SYNC_MIN_UTILITY_SHARE, --min-utility-share).",
    ]);
    const gone = checkImport(today, plans('o', 100, ONCOR), { maxDeactivatedShare: 1, minUtilityShare: 0.6 });
    expect(gone.reasons).toHaveLength(1);
    expect(gone.reasons[0]).toContain('CENTERPOINT with 0 active offers, 0.0%');
  });

  it('counts an offer whose id now stands for another product as deactivated', () => {
    // Same count per utility, but ten plans replaced by new ones under the same ids.
    const tomorrow = [...plans('o', 90, ONCOR), ...plans('replacement', 10, ONCOR), ...plans('c', 100, CNP)];
    expect(checkImport(today, tomorrow, DEFAULT_GUARD_LIMITS).figures).toMatchObject({
      deactivated: 10,
      activeAfter: 200,
    });
  });
});
