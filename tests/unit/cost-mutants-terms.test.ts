// Edges of the usage-terms reader on made-up sentences (wordings the recorded exports do not have):
// each one is built so a single check in the reader decides whether a step is read.
import { describe, expect, it } from 'vitest';
import { parseUsageTerms, readUsageTerms, stepApplies, type UsageStep } from '~/lib/cost';

const fee = (over: Partial<UsageStep>): UsageStep => ({
  kind: 'fee',
  amount: 10,
  fromKwh: null,
  fromInclusive: false,
  toKwh: null,
  toInclusive: false,
  ...over,
});

describe('readUsageTerms sources', () => {
  it('reports no source when neither field says anything', () => {
    expect(readUsageTerms({ feesCredits: null, specialTerms: null })).toEqual({
      steps: [],
      flatBelowKwh: null,
      source: null,
    });
    expect(readUsageTerms({ feesCredits: 'No hidden fees.', specialTerms: 'Price includes TDU charges.' })).toEqual({
      steps: [],
      flatBelowKwh: null,
      source: null,
    });
  });

  it('takes a flat bill from the special terms when it is all they say', () => {
    expect(
      readUsageTerms({ feesCredits: null, specialTerms: 'You pay the same amount whenever usage is below 1,000 kWh.' }),
    ).toEqual({ steps: [], flatBelowKwh: 1000, source: 'specialTerms' });
  });
});

describe('parseUsageTerms edges', () => {
  it('reads a no-break space before "fee" as a space', () => {
    expect(parseUsageTerms('A $10\u00a0fee applies when you use more than 2,000 kWh.').steps).toEqual([
      fee({ fromKwh: 2000 }),
    ]);
  });

  it('reads an amount with a thousands separator', () => {
    expect(parseUsageTerms('A $1,200 rebate applies at 2,000 kWh or more.').steps).toEqual([
      { kind: 'credit', amount: 1200, fromKwh: 2000, fromInclusive: true, toKwh: null, toInclusive: false },
    ]);
  });

  it('ignores a zero amount', () => {
    expect(parseUsageTerms('A $0 fee applies below 500 kWh.').steps).toEqual([]);
  });

  it('ignores a "between" band that is empty or backwards', () => {
    expect(parseUsageTerms('A $10 fee applies between 1,000 and 1,000 kWh.').steps).toEqual([]);
    expect(parseUsageTerms('A $10 fee applies between 2,000 and 1,000 kWh.').steps).toEqual([]);
  });

  it('ignores a priced sentence that names no usage, when another sentence mentions kWh', () => {
    expect(parseUsageTerms('A $50 credit applies. Prices are per kWh.').steps).toEqual([]);
  });

  it('ignores a sentence with two thresholds rather than picking one', () => {
    expect(parseUsageTerms('A $10 fee applies if usage is below 500 kWh or above 2,000 kWh.').steps).toEqual([]);
  });

  it('marks the open lower end of an "or less" band as not inclusive', () => {
    expect(parseUsageTerms('A $10 fee applies at 500 kWh or less.').steps).toEqual([
      fee({ toKwh: 500, toInclusive: true }),
    ]);
  });

  it('reads no flat bill without a "below" threshold', () => {
    expect(parseUsageTerms('Pay the same amount every month up to 1,000 kWh.').flatBelowKwh).toBeNull();
  });

  it('keeps a credit and a fee with the same amount and band as two steps', () => {
    expect(
      parseUsageTerms('A $10 credit applies at 1,000 kWh or more. A $10 fee applies at 1,000 kWh or more.').steps,
    ).toEqual([
      { kind: 'credit', amount: 10, fromKwh: 1000, fromInclusive: true, toKwh: null, toInclusive: false },
      fee({ fromKwh: 1000, fromInclusive: true }),
    ]);
  });
});

describe('stepApplies at zero usage', () => {
  it('applies a step with no floor at 0 kWh', () => {
    expect(stepApplies(fee({ toKwh: 500 }), 0)).toBe(true);
    expect(stepApplies(fee({ fromKwh: 0, toKwh: 500 }), 0)).toBe(false);
  });
});
