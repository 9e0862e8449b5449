import { describe, expect, it } from 'vitest';
import { displayProviderName } from '~/lib/provider-name';

describe('displayProviderName', () => {
  it('shows names written wholly in capitals in title case, keeping their abbreviations', () => {
    expect(displayProviderName('RHYTHM')).toBe('Rhythm');
    expect(displayProviderName('CHARIOT ENERGY')).toBe('Chariot Energy');
    expect(displayProviderName('TXU ENERGY')).toBe('TXU Energy');
    expect(displayProviderName('AP GAS & ELECTRIC (TX) LLC')).toBe('AP Gas & Electric (TX) LLC');
    expect(displayProviderName('GOOD CHARLIE & CO LLC')).toBe('Good Charlie & Co LLC');
    expect(displayProviderName('PRONTO POWER ')).toBe('Pronto Power');
  });

  it("keeps a provider's own mixed-case spelling exactly", () => {
    expect(displayProviderName('Think Energy')).toBe('Think Energy');
    expect(displayProviderName('BKV Energy')).toBe('BKV Energy');
    expect(displayProviderName('NEC Co-op Energy')).toBe('NEC Co-op Energy');
  });
});
