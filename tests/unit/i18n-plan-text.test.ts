// Issue 15: the words lib/i18n/plan-text.ts puts under plans, in both languages, on real Oncor
// offers of 2026-01-29 at 1,000 kWh a month (as charts-year.test.ts). English must read exactly as
// lib/year-words.ts always did; Spanish with the same figures.
import { describe, expect, it } from 'vitest';
import {
  etfTextOf,
  langOfParam,
  langOfPath,
  localePath,
  marksText,
  otherLang,
  provenanceText,
  switchHref,
  termTextOf,
  windowLabelOf,
  yearNotes,
} from '~/lib/i18n';
import { afterTermText, creditMissedText, windowLabel } from '~/lib/year-words';
import { oncorAssumption as assumption, oncorYear as year } from '../helpers/oncor-year';

const rhythm = year('35279'); // Rhythm Saver 12: its credit is missed in seven months
const teaser = year('35543'); // Chariot Bright Nights 4: a four-month term
const monthly = year('29287'); // a one-month plan
const facts = (basis: 'month-to-month' | 'all-plans') => ({
  basis,
  planCount: assumption.planCount,
  centsPerKwh: assumption.centsPerKwhAt(1000),
  utilityName: 'Oncor',
});

describe('yearNotes', () => {
  it('words English notes exactly as lib/year-words does', () => {
    expect(rhythm.creditMissedMonths).toEqual([1, 2, 3, 4, 9, 10, 11]);
    expect(yearNotes(rhythm, facts('month-to-month'), 'en')).toEqual([creditMissedText(rhythm.creditMissedMonths)]);
    expect(yearNotes(rhythm, facts('month-to-month'), 'en')).toEqual([
      'Credit missed in 7 of 12 months (Feb, Mar, Apr, May, Oct, Nov, Dec)',
    ]);
    for (const basis of ['month-to-month', 'all-plans'] as const)
      for (const y of [teaser, monthly])
        expect(yearNotes(y, facts(basis), 'en')).toEqual([afterTermText(y.coveredMonths, facts(basis))]);
  });

  it('words Spanish notes with Spanish months and the same price', () => {
    expect(yearNotes(rhythm, null, 'es')).toEqual([
      'No alcanza el crédito en la factura en 7 de 12 meses (feb, mar, abr, may, oct, nov, dic)',
    ]);
    expect(yearNotes(teaser, facts('month-to-month'), 'es')).toEqual([
      'Después del mes 4 suponemos 15.0¢/kWh, el precio mediano de hoy de los planes mes a mes en el área de Oncor',
    ]);
    expect(yearNotes(monthly, facts('all-plans'), 'es')).toEqual([
      'Después del primer mes suponemos 15.0¢/kWh, el precio mediano de hoy de los 15 planes en el área de Oncor, que no tiene planes mes a mes',
    ]);
  });

  it('says nothing of the after-term price without one, or for a full year', () => {
    expect(yearNotes(teaser, null, 'en')).toEqual([]);
    expect(yearNotes(teaser, { ...facts('all-plans'), centsPerKwh: null }, 'es')).toEqual([]);
    expect(yearNotes(year('35289'), facts('all-plans'), 'en')).toHaveLength(1);
  });
});

describe('plan terms and fees in words', () => {
  it('words terms', () => {
    expect(termTextOf(12, 'en')).toBe('12 months');
    expect(termTextOf(1, 'en')).toBe('Month to month');
    expect(termTextOf(0, 'es')).toBe('Mes a mes');
    expect(termTextOf(2, 'es')).toBe('2 meses');
  });

  it('words the recorded early-termination fees', () => {
    // Fees of the recorded exports: $395 and $0 (Oncor plans 11676 and 19786 of 2026-01-29), $179.99
    // (2026-01-19 to 01-22) and "20 per month remaining" (2026-01-10).
    expect(etfTextOf('395', false, 'en')).toBe('$395');
    expect(etfTextOf('0', false, 'en')).toBe('None');
    expect(etfTextOf('0', false, 'es')).toBe('Ninguno');
    expect(etfTextOf('179.99', false, 'en')).toBe('$179.99');
    expect(etfTextOf('20', true, 'en')).toBe('$20 per month left');
    expect(etfTextOf('20', true, 'es')).toBe('$20 por cada mes restante');
    expect(etfTextOf(null, true, 'en')).toBe('Not stated');
    expect(etfTextOf(null, false, 'es')).toBe('No se indica');
  });
});

describe('marksText', () => {
  // Recorded changes of the 1,000 kWh price between the Oncor exports of 2026-01-10 and 2026-01-29,
  // as priceChanges (lib/market) words them: plan 11676 cut, plan 17263 raised.
  const cut = {
    date: '2026-01-29',
    previousDate: '2026-01-10',
    from: '0.157',
    to: '0.153',
    deltaCents: -0.4,
    direction: 'cut' as const,
  };
  const rise = { ...cut, from: '0.11', to: '0.128', deltaCents: 1.8, direction: 'rise' as const };

  it('words new plans and price moves without the year', () => {
    expect(marksText({ newOn: '2026-01-10', priceCut: cut }, 'en')).toEqual({
      newOn: 'New on 10 Jan',
      priceCut: 'Price cut by 0.4¢/kWh on 29 Jan',
    });
    expect(marksText({ newOn: '2026-01-10', priceCut: rise }, 'es')).toEqual({
      newOn: 'Nuevo el 10 ene',
      priceCut: 'Precio subido 1.8¢/kWh el 29 ene',
    });
    expect(marksText({ newOn: null, priceCut: cut }, 'es')).toEqual({
      newOn: null,
      priceCut: 'Precio rebajado 0.4¢/kWh el 29 ene',
    });
    expect(marksText({ newOn: null, priceCut: null }, 'en')).toEqual({ newOn: null, priceCut: null });
  });
});

describe('provenanceText', () => {
  it('keeps English and words the export in Spanish', () => {
    const label = 'Power to Choose export of 29 Jan 2026 (recorded copy)';
    expect(provenanceText(label, 'en')).toBe(label);
    expect(provenanceText(label, 'es')).toBe('exportación de Power to Choose del 29 ene 2026 (copia grabada)');
    expect(provenanceText('Power to Choose export of 9 Dec 2025 (saved copy)', 'es')).toBe(
      'exportación de Power to Choose del 9 dic 2025 (copia guardada)',
    );
    expect(provenanceText('Power to Choose export of 10 Jan 2026', 'es')).toBe(
      'exportación de Power to Choose del 10 ene 2026',
    );
    expect(provenanceText('Saved plan data', 'es')).toBe('datos de planes guardados');
    expect(provenanceText('No plan data imported yet', 'es')).toBe('todavía no se han importado datos de planes');
  });
});

describe('windowLabelOf', () => {
  it('words twelve months as lib/year-words does in English, and in Spanish', () => {
    const keys = ['2026-12', '2027-01', '2027-11'];
    expect(windowLabelOf(keys, 'en')).toBe(windowLabel(keys));
    expect(windowLabelOf(keys, 'es')).toBe('dic 2026 a nov 2027');
    expect(windowLabelOf(['2026-13'], 'es')).toBe('? 2026 a ? 2026');
    expect(windowLabelOf([], 'es')).toBe('');
  });
});

describe('language switch', () => {
  it('leads to the same page in the other language', () => {
    expect(otherLang('en')).toBe('es');
    expect(otherLang('es')).toBe('en');
    expect(langOfPath('/es')).toBe('es');
    expect(langOfPath('/es?usage=500')).toBe('es');
    expect(langOfPath('/es/texas')).toBe('es');
    expect(langOfPath('/estonia')).toBe('en');
    expect(switchHref('en', '/texas/dallas?usage=500')).toBe('/es/texas/dallas?usage=500');
    expect(switchHref('es', '/es/texas/dallas?usage=500')).toBe('/texas/dallas?usage=500');
    expect(switchHref('es', '/es?usage=500')).toBe('/?usage=500');
    expect(switchHref('en', '/?usage=500')).toBe('/es?usage=500');
    expect(switchHref('es', '/es')).toBe('/');
  });

  it('leaves other sites and protocol-relative links alone, and reads an empty prefix as English', () => {
    expect(localePath('es', '//evil.example/texas')).toBe('//evil.example/texas');
    expect(localePath('es', '/texas/?usage=500')).toBe('/es/texas/?usage=500');
    expect(langOfParam('')).toBe('en');
  });
});
