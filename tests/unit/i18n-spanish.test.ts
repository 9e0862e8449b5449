// Issue 16: the Spanish wording of what the cost engine says, and the language helpers.
import { describe, expect, it } from 'vitest';
import { planTraps } from '~/lib/cost';
import { basePathOf, formatOf, langOfParam, localePath, planFace, trapTextEs } from '~/lib/i18n';
import { readListedPlans } from '../helpers/ptc-export-rows';

describe('trap labels in Spanish', () => {
  it('has a Spanish sentence for every trap label of every utility in the recorded export, with its figures', () => {
    const seen = new Set<string>();
    for (const tdsp of ['ONCOR', 'CENTERPOINT', 'AEP_CENTRAL', 'AEP_NORTH', 'TNMP', 'LPL']) {
      for (const plan of readListedPlans('ptc-export-offers_2026-01-29.reconstructed.csv', tdsp)) {
        for (const trap of planTraps(plan)) {
          const es = trapTextEs(trap.text);
          expect(es, trap.text).not.toBeNull();
          // Every figure of the English label is in the Spanish one.
          for (const figure of trap.text.match(/\$?[\d,.]+¢?(?:\/kWh)?/g) ?? [])
            expect(es, trap.text).toContain(figure);
          seen.add(trap.kind);
        }
      }
    }
    expect(seen.size).toBeGreaterThanOrEqual(5);
  });

  it('words the label shapes of the other recorded exports, with their figures', () => {
    // Labels the engine gives plans of 2026-01-10 (12406, 21776, 28251, 33097, 33726, 35977),
    // 2026-01-12 (12406) and 2026-01-22 (31470), which the 2026-01-29 export has no plan for.
    const labels: [string, string][] = [
      [
        'Costs 17.2¢/kWh if you use 900 kWh: the $35 bill credit needs 1,000 kWh or more',
        'Cuesta 17.2¢/kWh si gasta 900 kWh: el crédito en la factura de $35 requiere 1,000 kWh o más',
      ],
      [
        'Price is fixed for only 3 months: after that it can change',
        'El precio es fijo solo por 3 meses: después puede cambiar',
      ],
      [
        'Early-termination fee of $20 for each month left: leaving right after signing up costs up to $480',
        'Cargo por cancelación anticipada de $20 por cada mes restante: si cancela justo después de inscribirse, le puede costar hasta $480',
      ],
      [
        'Early-termination fee of $20 for each month left',
        'Cargo por cancelación anticipada de $20 por cada mes restante',
      ],
      [
        'Costs 19.8¢/kWh at 500 kWh but 13.5¢/kWh at 1,000 kWh: the $30 bill credit needs 800 kWh or more',
        'Cuesta 19.8¢/kWh a 500 kWh pero 13.5¢/kWh a 1,000 kWh: el crédito en la factura de $30 requiere 800 kWh o más',
      ],
      [
        'Costs 29.0¢/kWh if you use 500 kWh: the bill is the same $145 for any usage below 1,000 kWh',
        'Cuesta 29.0¢/kWh si gasta 500 kWh: la factura es la misma, $145, con cualquier consumo menor de 1,000 kWh',
      ],
      [
        'Costs 17.5¢/kWh at 500 kWh and 14.6¢/kWh at 2,000 kWh, but 13.7¢/kWh at 1,000 kWh: a bill credit probably applies only around 1,000 kWh',
        'Cuesta 17.5¢/kWh a 500 kWh y 14.6¢/kWh a 2,000 kWh, pero 13.7¢/kWh a 1,000 kWh: lo más seguro es que un crédito en la factura solo aplique alrededor de 1,000 kWh',
      ],
      [
        'Costs 20.3¢/kWh at 500 kWh but 10.9¢/kWh at 1,000 kWh: the $90 bill credit needs more than 1,000 kWh',
        'Cuesta 20.3¢/kWh a 500 kWh pero 10.9¢/kWh a 1,000 kWh: el crédito en la factura de $90 requiere más de 1,000 kWh',
      ],
    ];
    for (const [english, spanish] of labels) expect(trapTextEs(english)).toBe(spanish);
  });

  it('returns null for a wording it does not know, so the page marks it English', () => {
    expect(trapTextEs('Something new the engine says')).toBeNull();
  });
});

describe('language paths', () => {
  it('maps English paths to Spanish and back, keeping the query and fragment', () => {
    expect(localePath('es', '/')).toBe('/es');
    expect(localePath('es', '/texas/dallas?usage=500')).toBe('/es/texas/dallas?usage=500');
    expect(localePath('es', '/#how-we-rank')).toBe('/es#how-we-rank');
    expect(localePath('en', '/texas')).toBe('/texas');
    expect(localePath('es', 'https://example.com/')).toBe('https://example.com/');
    expect(basePathOf('/es')).toBe('/');
    expect(basePathOf('/es/texas/dallas/12-month?usage=500')).toBe('/texas/dallas/12-month?usage=500');
    expect(basePathOf('/estonia')).toBe('/estonia');
    expect(langOfParam(undefined)).toBe('en');
    expect(langOfParam('es')).toBe('es');
    expect(langOfParam('fr')).toBeNull();
    expect(langOfParam('es/texas')).toBeNull();
  });
});

describe('Spanish formats and plan faces', () => {
  it('formats money, prices and dates for es-US, and English exactly as before', () => {
    expect(formatOf('es').shortDate('2026-01-29')).toBe('29 ene 2026');
    expect(formatOf('es').dollars(1234.5, 2)).toBe('$1,234.50');
    expect(formatOf('es').cents('0.0961')).toBe('9.6¢');
    expect(formatOf('en').shortDate('2026-01-29')).toBe('29 Jan 2026');
  });

  it('writes a missing value as a dash and keeps to the decimals it has', () => {
    const [es, en] = [formatOf('es'), formatOf('en')];
    for (const missing of [null, undefined, '']) {
      expect(es.dollars(missing)).toBe('—');
      expect(es.cents(missing)).toBe('—');
    }
    expect(es.centsValue(null)).toBe('—');
    expect(es.centsValue(undefined)).toBe('—');
    expect(es.shortDate(null)).toBe('—');
    expect(es.centsValue(14.04)).toBe('14.0¢');
    expect(es.dollars(140)).toBe('$140');
    expect(es.dollars(139.95, 7)).toBe('$140');
    expect(es.integer(12000)).toBe('12,000');
    expect(es.kwh(1000)).toBe('1,000 kWh');
    expect(es.shortDate('2026-09-29T05:00:00Z')).toBe('29 sept 2026');
    expect(es.decimal(1234.5, 2)).toBe('1,234.50');
    expect(es.decimal(1234.4, 7)).toBe('1,234');
    expect(en.decimal(1234.5, 1)).toBe('1,234.5');
    expect(en.decimal(1234.4, 7)).toBe('1,234');
    expect([es.month(0), es.month(12), en.month(11), en.month(12)]).toEqual(['ene', '?', 'Dec', '?']);
  });

  it("shows the Spanish twin's name and documents on Spanish pages only", () => {
    const plan = {
      name: 'Saver 12',
      language: 'en' as const,
      documents: { efl: 'https://x/efl-en', terms: 'https://x/tos-en', yrac: null },
      alternates: [
        { language: 'es', name: 'Ahorro 12', efl: 'https://x/efl-es', terms: null, yrac: 'https://x/yrac-es' },
      ],
    };
    expect(planFace(plan, 'en')).toMatchObject({
      name: 'Saver 12',
      nameLang: 'en',
      twin: false,
      efl: 'https://x/efl-en',
    });
    expect(planFace(plan, 'es')).toEqual({
      name: 'Ahorro 12',
      nameLang: 'es',
      twin: true,
      efl: 'https://x/efl-es',
      terms: 'https://x/tos-en',
      yrac: 'https://x/yrac-es',
    });
    expect(planFace({ ...plan, alternates: [] }, 'es')).toMatchObject({
      name: 'Saver 12',
      nameLang: 'en',
      twin: false,
    });
    expect(planFace({ ...plan, language: 'es', alternates: [] }, 'es')).toMatchObject({ nameLang: 'es' });
    expect(planFace({ ...plan, language: null }, 'en')).toMatchObject({ nameLang: 'en' });
    // Only a Spanish alternate is a twin, and a plan already in Spanish keeps its own face.
    const english = { ...plan.alternates[0]!, language: 'en', name: 'Saver 12 (copy)' };
    expect(planFace({ ...plan, alternates: [english] }, 'es')).toMatchObject({ name: 'Saver 12', twin: false });
    expect(planFace({ ...plan, language: 'es' }, 'es')).toMatchObject({ name: 'Saver 12', twin: false });
  });
});
