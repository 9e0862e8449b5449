import { describe, expect, it } from 'vitest';
import {
  activeFilterCount,
  describeFilters,
  filterSegments,
  matchesFilters,
  parseFilterSegments,
  TERM_BUCKETS,
  type FilterablePlan,
  type PlanFilters,
} from '~/lib/plan-filters';

const plain: FilterablePlan = {
  termMonths: 12,
  rateType: 'fixed',
  percentGreen: 0,
  isPrePay: false,
  isTimeOfUse: false,
  requiresAutoPay: false,
  requiresDeposit: false,
  features: [],
};
const plan = (over: Partial<FilterablePlan>): FilterablePlan => ({ ...plain, ...over });

describe('matchesFilters', () => {
  it('passes every plan when no filter is active', () => {
    expect(matchesFilters(plain, {})).toBe(true);
    expect(matchesFilters(plan({ isPrePay: true, isTimeOfUse: true, requiresAutoPay: true }), {})).toBe(true);
  });

  it.each([
    ['short', [0, 1, 6], [7]],
    ['12', [7, 12], [6, 13]],
    ['24', [13, 24], [12, 25]],
    ['long', [25, 36, 120], [24]],
  ] as const)('puts each term on its bucket edges in bucket %s', (bucket, inside, outside) => {
    for (const termMonths of inside)
      expect(matchesFilters(plan({ termMonths }), { term: bucket }), `${termMonths}`).toBe(true);
    for (const termMonths of outside)
      expect(matchesFilters(plan({ termMonths }), { term: bucket }), `${termMonths}`).toBe(false);
  });

  it('has buckets that cover every term from 0 to 120 months exactly once', () => {
    for (let termMonths = 0; termMonths <= 120; termMonths++) {
      const buckets = Object.keys(TERM_BUCKETS).filter((term) =>
        matchesFilters(plan({ termMonths }), { term: term as keyof typeof TERM_BUCKETS }),
      );
      expect(buckets, `${termMonths} months`).toHaveLength(1);
    }
  });

  it('matches the rate type exactly', () => {
    expect(matchesFilters(plan({ rateType: 'fixed' }), { rate: 'fixed' })).toBe(true);
    expect(matchesFilters(plan({ rateType: 'variable' }), { rate: 'fixed' })).toBe(false);
    expect(matchesFilters(plan({ rateType: 'indexed' }), { rate: 'indexed' })).toBe(true);
  });

  it('keeps plans with at least the renewable share asked for, and treats an unknown share as 0 %', () => {
    expect(matchesFilters(plan({ percentGreen: 50 }), { green: '50' })).toBe(true);
    expect(matchesFilters(plan({ percentGreen: 49 }), { green: '50' })).toBe(false);
    expect(matchesFilters(plan({ percentGreen: 100 }), { green: '100' })).toBe(true);
    expect(matchesFilters(plan({ percentGreen: 99 }), { green: '100' })).toBe(false);
    expect(matchesFilters(plan({ percentGreen: null }), { green: '50' })).toBe(false);
  });

  it('asks for the no_deposit feature when noDeposit is set, and ignores it otherwise', () => {
    const noDeposit = plan({ features: [{ name: 'prepaid' }, { name: 'no_deposit' }] });
    const other = plan({ features: [{ name: 'prepaid' }] });
    expect(matchesFilters(noDeposit, { noDeposit: true })).toBe(true);
    expect(matchesFilters(other, { noDeposit: true })).toBe(false);
    expect(matchesFilters(plain, { noDeposit: true })).toBe(false);
    expect(matchesFilters(other, { noDeposit: false })).toBe(true);
  });

  it.each([
    ['prepaid', 'isPrePay'],
    ['tou', 'isTimeOfUse'],
    ['autopay', 'requiresAutoPay'],
  ] as const)('toggle %s: "only" keeps plans with %s, "exclude" keeps those without', (filter, trait) => {
    const has = plan({ [trait]: true });
    expect(matchesFilters(has, { [filter]: 'only' })).toBe(true);
    expect(matchesFilters(plain, { [filter]: 'only' })).toBe(false);
    expect(matchesFilters(has, { [filter]: 'exclude' })).toBe(false);
    expect(matchesFilters(plain, { [filter]: 'exclude' })).toBe(true);
    // Each toggle reads its own trait only.
    const others = plan({ isPrePay: true, isTimeOfUse: true, requiresAutoPay: true, [trait]: false });
    expect(matchesFilters(others, { [filter]: 'exclude' })).toBe(true);
    expect(matchesFilters(others, { [filter]: 'only' })).toBe(false);
  });

  it('requires every active filter at once', () => {
    const f: PlanFilters = { term: '12', rate: 'fixed', green: '100', prepaid: 'exclude' };
    expect(matchesFilters(plan({ percentGreen: 100 }), f)).toBe(true);
    expect(matchesFilters(plan({ percentGreen: 100, termMonths: 24 }), f)).toBe(false);
    expect(matchesFilters(plan({ percentGreen: 100, rateType: 'variable' }), f)).toBe(false);
    expect(matchesFilters(plan({ percentGreen: 50 }), f)).toBe(false);
    expect(matchesFilters(plan({ percentGreen: 100, isPrePay: true }), f)).toBe(false);
  });
});

describe('activeFilterCount', () => {
  it('counts set filters, not undefined or false ones', () => {
    expect(activeFilterCount({})).toBe(0);
    expect(activeFilterCount({ term: undefined, noDeposit: false })).toBe(0);
    expect(activeFilterCount({ term: '12', noDeposit: true, tou: 'exclude' })).toBe(3);
  });
});

describe('parseFilterSegments', () => {
  it('reads each indexable segment', () => {
    expect(parseFilterSegments(['short-term'])?.filters).toEqual({ term: 'short' });
    expect(parseFilterSegments(['12-month'])?.filters).toEqual({ term: '12' });
    expect(parseFilterSegments(['24-month'])?.filters).toEqual({ term: '24' });
    expect(parseFilterSegments(['long-term'])?.filters).toEqual({ term: 'long' });
    expect(parseFilterSegments(['fixed-rate'])?.filters).toEqual({ rate: 'fixed' });
    expect(parseFilterSegments(['variable-rate'])?.filters).toEqual({ rate: 'variable' });
    expect(parseFilterSegments(['indexed-rate'])?.filters).toEqual({ rate: 'indexed' });
    expect(parseFilterSegments(['renewable-50'])?.filters).toEqual({ green: '50' });
    expect(parseFilterSegments(['green-energy'])?.filters).toEqual({ green: '100' });
    expect(parseFilterSegments(['prepaid'])?.filters).toEqual({ prepaid: 'only' });
    expect(parseFilterSegments(['no-deposit'])?.filters).toEqual({ noDeposit: true });
  });

  it('accepts no segments as no filters', () => {
    expect(parseFilterSegments([])).toEqual({ filters: {}, canonical: [] });
  });

  it('gives the canonical order term, rate, energy, prepaid, deposit', () => {
    expect(parseFilterSegments(['fixed-rate', '12-month'])).toEqual({
      filters: { term: '12', rate: 'fixed' },
      canonical: ['12-month', 'fixed-rate'],
    });
    expect(parseFilterSegments(['12-month', 'fixed-rate'])?.canonical).toEqual(['12-month', 'fixed-rate']);
    expect(parseFilterSegments(['green-energy', 'variable-rate'])?.canonical).toEqual([
      'variable-rate',
      'green-energy',
    ]);
    expect(parseFilterSegments(['no-deposit', 'prepaid'])?.canonical).toEqual(['prepaid', 'no-deposit']);
    expect(parseFilterSegments(['prepaid', 'renewable-50'])?.canonical).toEqual(['renewable-50', 'prepaid']);
    expect(parseFilterSegments(['no-deposit', 'long-term'])?.canonical).toEqual(['long-term', 'no-deposit']);
  });

  it('refuses unknown segments, two of one kind and more than two', () => {
    expect(parseFilterSegments(['12-months'])).toBeNull();
    expect(parseFilterSegments(['12-month', 'bogus'])).toBeNull();
    expect(parseFilterSegments(['12-month', '24-month'])).toBeNull();
    expect(parseFilterSegments(['fixed-rate', 'variable-rate'])).toBeNull();
    expect(parseFilterSegments(['renewable-50', 'green-energy'])).toBeNull();
    expect(parseFilterSegments(['12-month', 'fixed-rate', 'prepaid'])).toBeNull();
  });
});

describe('filterSegments', () => {
  it('writes the canonical segments, which parse back to the same filters', () => {
    const cases: PlanFilters[] = [
      {},
      { term: 'short' },
      { term: 'long', rate: 'indexed' },
      { rate: 'variable', green: '50' },
      { green: '100', prepaid: 'only' },
      { prepaid: 'only', noDeposit: true },
      { term: '24', noDeposit: true },
    ];
    for (const f of cases) {
      const segments = filterSegments(f);
      expect(segments, JSON.stringify(f)).not.toBeNull();
      expect(parseFilterSegments(segments!)).toEqual({ filters: f, canonical: segments });
    }
    expect(filterSegments({ term: '12', rate: 'fixed' })).toEqual(['12-month', 'fixed-rate']);
  });

  it('has no path for time of use, auto pay, excluding prepaid, or more than two filters', () => {
    expect(filterSegments({ tou: 'only' })).toBeNull();
    expect(filterSegments({ tou: 'exclude' })).toBeNull();
    expect(filterSegments({ autopay: 'only' })).toBeNull();
    expect(filterSegments({ autopay: 'exclude' })).toBeNull();
    expect(filterSegments({ prepaid: 'exclude' })).toBeNull();
    expect(filterSegments({ term: '12', rate: 'fixed', green: '100' })).toBeNull();
    expect(filterSegments({ noDeposit: false })).toEqual([]);
  });
});

describe('describeFilters', () => {
  it('names each active filter in a short phrase', () => {
    expect(describeFilters({})).toBe('');
    expect(describeFilters({ term: 'short' })).toBe('short-term');
    expect(describeFilters({ term: '12', rate: 'fixed' })).toBe('12-month fixed-rate');
    expect(describeFilters({ term: '24' })).toBe('24-month');
    expect(describeFilters({ term: 'long', rate: 'indexed' })).toBe('long-term indexed-rate');
    expect(describeFilters({ green: '100' })).toBe('100% renewable');
    expect(describeFilters({ green: '50' })).toBe('50%+ renewable');
    expect(describeFilters({ prepaid: 'only', noDeposit: true })).toBe('prepaid no-deposit');
    expect(describeFilters({ prepaid: 'exclude', noDeposit: false, tou: 'only' })).toBe('');
  });

  it('names them in Spanish, in the same order', () => {
    expect(describeFilters({}, 'es')).toBe('');
    expect(describeFilters({ term: 'short' }, 'es')).toBe('a corto plazo');
    expect(describeFilters({ term: '12', rate: 'fixed' }, 'es')).toBe('de 12 meses de tarifa fija');
    expect(describeFilters({ term: '24', rate: 'variable' }, 'es')).toBe('de 24 meses de tarifa variable');
    expect(describeFilters({ term: 'long', rate: 'indexed' }, 'es')).toBe('a largo plazo de tarifa indexada');
    expect(describeFilters({ green: '100' }, 'es')).toBe('100% renovables');
    expect(describeFilters({ green: '50' }, 'es')).toBe('al menos 50% renovables');
    expect(describeFilters({ prepaid: 'only', noDeposit: true }, 'es')).toBe('prepagados sin depósito');
    expect(describeFilters({ prepaid: 'exclude', noDeposit: false, tou: 'only' }, 'es')).toBe('');
    expect(describeFilters({ term: '12' }, 'en')).toBe('12-month');
  });
});
