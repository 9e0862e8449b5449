// Issue 16: the charts of Spanish pages in Spanish, with es-US numbers, money, dates and months,
// on real Oncor offers of 2026-01-29 priced at 1,000 kWh a month (as charts-year.test.ts).
import { describe, expect, it } from 'vitest';
import {
  chartLocale,
  costCurveChart,
  priceHistoryChart,
  yearBillsChart,
  yearCompareChart,
  type BarChartModel,
  type ChartModel,
} from '~/lib/charts';
import { costCurve } from '~/lib/cost';
import { dict } from '~/lib/i18n';
import { oncorPlan as plan, oncorYear as year } from '../helpers/oncor-year';
import { englishOnlyStrings, showsEnglish } from '../helpers/spanish';

const teaser = year('35543'); // Chariot Bright Nights 4: a four-month term
const rhythm = year('35279'); // Rhythm Saver 12
const US = new Intl.NumberFormat('es-US', { style: 'currency', currency: 'USD', minimumFractionDigits: 2 });
const MONTHS_ES = ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sept', 'oct', 'nov', 'dic'];

/** Every string a chart shows or reads out. */
const textOf = (m: ChartModel | BarChartModel) => [
  m.title,
  m.description,
  m.yTitle,
  ...('xTitle' in m && m.xTitle ? [m.xTitle] : []),
  ...[...m.xTicks, ...m.yTicks].map((tick) => tick.label),
  ...('lines' in m ? m.lines.map((l) => l.label) : [...m.legend.map((l) => l.label), ...m.bars.map((b) => b.label)]),
  ...('marker' in m && m.marker ? [m.marker.label] : []),
  m.table.caption,
  m.table.rowHeader,
  ...m.table.columns,
  ...m.table.rows.flatMap((r) => [r.header, ...r.cells]),
];
const expectNoEnglish = (m: ChartModel | BarChartModel) => {
  const segments = textOf(m);
  for (const s of englishOnlyStrings()) expect(showsEnglish(segments, s), s).toBe(false);
};

describe('Spanish chart formats', () => {
  const { f } = chartLocale('es');

  it('formats ticks, values and dates with es-US Intl, never "-0"', () => {
    expect(f.dollarTick(1200, 100)).toBe('$1,200');
    expect(f.dollarTick(2.5, 0.5)).toBe('$2.50');
    expect(f.dollarTick(-0.001, 1)).toBe('$0');
    expect(f.centsTick(12.5, 2.5)).toBe('12.5¢');
    expect(f.kwhTick(1500, 500)).toBe('1,500');
    expect(f.kwhValue(250.5)).toBe('250.5');
    expect(f.centsValue(14.237)).toBe('14.2¢/kWh');
    expect(f.dollarValue(1142.376)).toBe(US.format(1142.376));
    expect(f.dateLabel('2026-09-10')).toBe('10 sept 2026');
    expect(f.list(['a', 'b', 'c'])).toBe('a, b y c');
  });

  it('names the months as Intl does, the same names the Spanish dictionary lists', () => {
    expect(Array.from({ length: 12 }, (_, m) => f.month(m))).toEqual(MONTHS_ES);
    expect(dict('es').monthNames.split(',')).toEqual(MONTHS_ES);
  });
});

describe('Spanish chart models', () => {
  it('words the cost curve in Spanish', () => {
    const rhythm1000 = plan('35279').rate1000;
    const input = { series: [{ label: 'Rhythm', points: costCurve(plan('35279')) }], markerKwh: 1500, title: 'Costo' };
    const chart = costCurveChart(input, 'es')!;
    expect(chart.xTitle).toBe('Uso mensual (kWh)');
    expect(chart.yTitle).toBe('¢ por kWh');
    expect(chart.marker?.label).toBe('Su consumo: 1,500 kWh');
    expect(chart.description).toMatch(/^Precio promedio en centavos por kWh con consumos de 250 a 3,000 kWh, para: /);
    expect(chart.description).toContain('Una línea vertical marca su consumo, 1,500 kWh.');
    expect(chart.table.rowHeader).toBe('Uso (kWh)');
    expect(chart.table.rows.find((r) => r.header === '1,000')?.cells).toEqual([
      `${(rhythm1000 * 100).toFixed(1)}¢/kWh`,
    ]);
    expect(chart.xTicks.map((t) => t.label)).toContain('2,500');
    expectNoEnglish(chart);
    const bills = costCurveChart({ ...input, metric: 'bill' }, 'es')!;
    expect(bills.yTitle).toBe('$ al mes');
    expect(bills.table.rows.find((r) => r.header === '1,000')?.cells).toEqual([US.format(rhythm1000 * 1000)]);
    expect(costCurveChart(input, 'en')!.xTitle).toBe('Monthly usage (kWh)');
    // An English plan name on a Spanish page keeps its language in the legend.
    const named = costCurveChart({ ...input, series: [{ ...input.series[0]!, labelLang: 'en' as const }] }, 'es')!;
    expect(named.lines[0]!.labelLang).toBe('en');
    expect(chart.lines[0]!.labelLang).toBeUndefined();
  });

  it('words a year of bills in Spanish, with Spanish months and the after-term months said', () => {
    const chart = yearBillsChart({ months: teaser.months, title: 'Sus facturas' }, 'es')!;
    expect(chart.xTicks.map((t) => t.label)).toEqual(MONTHS_ES);
    expect(chart.yTitle).toBe('$ al mes');
    expect(chart.legend.map((l) => l.label)).toEqual(['Precio del plan', 'Precio supuesto después del plazo']);
    expect(chart.bars[4]!.label).toMatch(/^may: \$[\d.,]+ con 854 kWh \(precio supuesto después del plazo\)$/);
    expect(chart.table.columns).toEqual(['Uso (kWh)', 'Factura', 'Tipo de precio']);
    expect(chart.table.rowHeader).toBe('Mes');
    const total = US.format(teaser.total);
    expect(chart.table.rows[12]).toEqual({ header: 'Total', cells: ['12,000', total, ''] });
    expect(chart.description).toContain(`Factura estimada de cada mes, de ene a dic: ${total} en total (`);
    expect(chart.description).toContain(' A partir del mes 5, el plazo del plan ya terminó');
    expectNoEnglish(chart);
  });

  it('words the compared years in Spanish, marking the assumed months', () => {
    const series = [
      { label: 'Rhythm Saver 12', months: rhythm.months },
      { label: 'Bright Nights 4', labelLang: 'en' as const, months: teaser.months },
    ];
    const chart = yearCompareChart({ series, title: 'Próximos 12 meses' }, 'es')!;
    expect(chart.description).toMatch(
      /^Facturas mensuales estimadas de los próximos 12 meses para: Rhythm Saver 12 \(/,
    );
    expect(chart.description).toContain(`Bright Nights 4 (${US.format(teaser.total)} en total)`);
    expect(chart.description).toContain(' Las barras con solo el contorno son meses después del plazo');
    expect(chart.legend.map((l) => l.labelLang)).toEqual([undefined, 'en', undefined]);
    expect(chart.legend[2]!.label).toBe('Precio supuesto después del plazo');
    expect(chart.table.rows[4]!.header).toBe('may');
    expect(chart.table.rows[4]!.cells[2]).toMatch(/^\$[\d.,]+ \(supuesto\)$/);
    expect(chart.bars[16]!.label).toMatch(/^Bright Nights 4, may: \$[\d.,]+, precio supuesto después del plazo$/);
    expectNoEnglish(chart);
  });

  it('words the price history in Spanish, with es-US dates', () => {
    const points = [
      { date: '2026-01-10', rate500: 0.155, rate1000: 0.142, rate2000: null },
      { date: '2026-09-29', rate500: 0.152, rate1000: 0.139, rate2000: 0.135 },
    ];
    const chart = priceHistoryChart({ points, title: 'Historial' }, 'es')!;
    expect(chart.lines.map((l) => l.label)).toEqual(['A 500 kWh', 'A 1,000 kWh', 'A 2,000 kWh']);
    expect(chart.xTicks.map((t) => t.label)).toEqual(['10 ene 2026', '29 sept 2026']);
    expect(chart.description).toBe(
      'Precio publicado en centavos por kWh a 500 kWh, 1,000 kWh y 2,000 kWh, en 2 fechas de exportación, del 10 ene 2026 al 29 sept 2026.',
    );
    expect(chart.table.rowHeader).toBe('Fecha');
    expect(chart.table.rows[0]).toEqual({ header: '10 ene 2026', cells: ['15.5¢/kWh', '14.2¢/kWh', 'no disponible'] });
    expectNoEnglish(chart);
  });
});
