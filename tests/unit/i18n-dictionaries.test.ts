// Issue 15: the dictionaries' phrases that take figures (lib/i18n/*-en.ts, *-es.ts), checked in
// both languages: each phrase says every figure it is given, in words of its own.
import { describe, expect, it } from 'vitest';
import { dict, LANGS } from '~/lib/i18n';

// Phrases whose last argument is a count that only picks the grammar ("has" or "have").
const GRAMMAR_COUNT = new Set(['leadFringe', 'leadCoop']);

const kinds = (lang: (typeof LANGS)[number]) =>
  Object.fromEntries(Object.entries(dict(lang)).map(([key, value]) => [key, typeof value]));

describe('dictionaries', () => {
  it('have the same entries in both languages, of the same kinds', () => {
    expect(kinds('es')).toEqual(kinds('en'));
  });

  it.each(LANGS)('words every figure a %s phrase is given', (lang) => {
    let phrases = 0;
    for (const [key, value] of Object.entries(dict(lang))) {
      if (typeof value !== 'function') continue;
      const figures = Array.from({ length: value.length - (GRAMMAR_COUNT.has(key) ? 1 : 0) }, (_, i) => `x${i + 1}`);
      const text = (value as (...args: unknown[]) => string)(...figures, 2);
      for (const figure of figures) expect(text, key).toContain(figure);
      expect(text.replace(/x\d/g, '').trim(), key).not.toBe('');
      phrases++;
    }
    expect(phrases).toBeGreaterThan(100);
  });

  it('words one utility or co-op in the singular', () => {
    const city = 'Lubbock';
    const [en, es] = [dict('en'), dict('es')];
    expect(en.leadFringe(city, 'LP&L', 1)).toBe('Parts of Lubbock are served by LP&L, which has no retail choice.');
    expect(en.leadFringe(city, 'x', 2)).toContain('which have no retail choice');
    expect(es.leadFringe(city, 'LP&L', 1)).toBe(
      'Partes de Lubbock las atiende LP&L, que no tiene opción de escoger proveedor.',
    );
    expect(es.leadFringe(city, 'x', 2)).toContain('que no tienen opción');
    expect(en.leadCoop('79401', 'x', 1)).toContain('. If it is on your bill');
    expect(en.leadCoop('79401', 'x', 2)).toContain('. If one of them is on your bill');
    expect(es.leadCoop('79401', 'x', 1)).toContain('. Si esa aparece en su factura');
    expect(es.leadCoop('79401', 'x', 2)).toContain('. Si alguna de ellas aparece en su factura');
  });

  it('leaves out the "from" of a plan count without a price', () => {
    expect(dict('en').plansFrom(12, '')).toBe('12 plans');
    expect(dict('es').plansFrom(12, '')).toBe('12 planes');
    expect(dict('en').plansFrom(12, '9.6¢')).toBe('12 plans from 9.6¢');
    expect(dict('es').plansFrom(12, '9.6¢')).toBe('12 planes desde 9.6¢');
  });
});
