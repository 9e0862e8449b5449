import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CostCurveSeries, PriceHistoryPoint } from '~/lib/charts';
import { costCurve, type PlanPricing } from '~/lib/cost';
import { createAstroRenderer, type AstroRenderer } from '../helpers/astro-render';

const COST = '/src/components/charts/CostCurveChart.astro';
const HISTORY = '/src/components/charts/PriceHistoryChart.astro';
const EVIL = '</title></svg><script>alert(1)</script><img src=x onerror=alert(2)> "quoted" & more';

const plan = (rate: number): PlanPricing => ({
  rate500: rate + 0.03,
  rate1000: rate,
  rate2000: rate - 0.01,
  isTimeOfUse: false,
  isPrepaid: false,
  rateType: 'fixed',
  termMonths: 12,
});
const series = (labels: string[]): CostCurveSeries[] =>
  labels.map((label, i) => ({ label, points: costCurve(plan(0.12 + i * 0.01)) }));
const count = (html: string, pattern: RegExp) => html.match(pattern)?.length ?? 0;
const svgOf = (html: string) => /<svg[^>]*role="img"[\s\S]*?<\/svg>/.exec(html)?.[0] ?? '';

let astro: AstroRenderer;
beforeAll(async () => {
  astro = await createAstroRenderer();
});
afterAll(async () => {
  await astro?.close();
});

describe('CostCurveChart', () => {
  it('renders an accessible SVG with one path per series and the usage marker', async () => {
    const html = await astro.render(COST, {
      series: series(['Plan A', 'Plan B', 'Plan C']),
      markerKwh: 1000,
      title: 'What each plan costs',
    });
    const svg = svgOf(html);
    expect(svg).not.toBe('');
    expect(svg).toMatch(/class="h-auto w-full"/);
    const labelledBy = /aria-labelledby="([^"]+) ([^"]+)"/.exec(svg);
    expect(labelledBy).not.toBeNull();
    expect(svg).toContain(`<title id="${labelledBy![1]}"`);
    expect(svg).toMatch(new RegExp(`<title id="${labelledBy![1]}"[^>]*>What each plan costs</title>`));
    expect(svg).toMatch(new RegExp(`<desc id="${labelledBy![2]}"[^>]*>Average price in cents per kWh`));
    expect(count(svg, /<path\b/g)).toBe(3);
    expect(svg).toMatch(/<g data-chart-marker[\s\S]*?Your usage: 1,000 kWh/);
    expect(count(html, /<li\b/g)).toBe(3);
  });

  it('uses no inline style, style element or script, which the CSP would block', async () => {
    const html = await astro.render(COST, { series: series(['A', 'B', 'C', 'D']), markerKwh: 2000, title: 't' });
    expect(html).not.toMatch(/\sstyle=/i);
    expect(html).not.toMatch(/<style|<script/i);
    expect(new Set([...html.matchAll(/<path [^>]*?stroke-dasharray="([^"]+)"/g)].map((m) => m[1])).size).toBe(3);
    expect(count(html, /<path\b/g)).toBe(4);
  });

  it('gives screen readers a table of every value', async () => {
    const html = await astro.render(COST, { series: series(['Plan A', 'Plan B']), title: 'Costs' });
    const table = /<table class="sr-only"[\s\S]*<\/table>/.exec(html)?.[0] ?? '';
    expect(table).toMatch(/<caption[^>]*>Costs<\/caption>/);
    expect(count(table, /<th scope="row"/g)).toBe(12);
    expect(table).toMatch(/<th scope="row"[^>]*>1,000<\/th>\s*<td[^>]*>12.0¢\/kWh<\/td>\s*<td[^>]*>13.0¢\/kWh<\/td>/);
    expect(html).not.toContain('data-chart-marker');
  });

  it('shows dollars per month for the bill metric', async () => {
    const html = await astro.render(COST, { series: series(['Plan A']), metric: 'bill', title: 'Bills' });
    expect(html).toContain('$ per month');
    expect(html).toMatch(/>\$120.00<\/td>/);
  });

  it('escapes a hostile series label and title everywhere it appears', async () => {
    const html = await astro.render(COST, { series: series([EVIL]), markerKwh: 1000, title: EVIL });
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('</title></svg>');
    expect(html).toContain('&lt;/title&gt;&lt;/svg&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(count(html, /<svg\b/g)).toBe(2);
    expect(count(html, /<\/svg>/g)).toBe(2);
  });

  it('says so instead of drawing an empty chart', async () => {
    const html = await astro.render(COST, { series: [], title: 'Nothing' });
    expect(html).toContain('No cost data to chart.');
    expect(html).not.toContain('<svg');
  });
});

describe('PriceHistoryChart', () => {
  const points: PriceHistoryPoint[] = [
    { date: '2026-01-10', rate500: 0.155, rate1000: 0.142, rate2000: 0.137 },
    { date: '2026-01-29', rate500: 0.152, rate1000: 0.139, rate2000: 0.135 },
  ];

  it('draws a line per posted price over the snapshot dates', async () => {
    const html = await astro.render(HISTORY, { points, title: 'Price history' });
    const svg = svgOf(html);
    expect(svg).toMatch(/<title id="price-history-[0-9a-f]{8}-title"[^>]*>Price history<\/title>/);
    expect(count(svg, /<path\b/g)).toBe(3);
    expect(svg).toContain('Jan 10, 2026');
    expect(svg).toContain('Jan 29, 2026');
    expect(html).toMatch(/<td[^>]*>14.2¢\/kWh<\/td>/);
    expect(html).not.toMatch(/\sstyle=|<style|<script/i);
  });

  it('draws a single snapshot as markers with no line', async () => {
    const html = await astro.render(HISTORY, { points: [points[0]], title: 'One snapshot' });
    const svg = svgOf(html);
    expect(svg).not.toBe('');
    expect(count(svg, /<path\b/g)).toBe(0);
    expect(count(svg, /<circle\b/g) + count(svg, /<rect\b/g) + count(svg, /<polygon\b/g)).toBe(3);
    expect(svg).not.toMatch(/NaN/);
  });

  it('says there is no history instead of drawing an empty chart', async () => {
    const html = await astro.render(HISTORY, { points: [], title: 'Empty' });
    expect(html).toContain('No price history yet');
    expect(html).not.toContain('<svg');
  });
});

describe('charts on Spanish pages', () => {
  it('take the page language, in the drawing and in the sentence that stands in for an empty chart', async () => {
    const html = await astro.render(COST, { series: series(['Plan A']), markerKwh: 1000, title: 'Costo', lang: 'es' });
    expect(svgOf(html)).toMatch(/<desc id="[^"]+"[^>]*>Precio promedio en centavos por kWh con consumos de/);
    expect(svgOf(html)).toContain('Uso mensual (kWh)');
    expect(html).toMatch(/<th scope="col"[^>]*>Uso \(kWh\)<\/th>/);
    expect(html).not.toContain('per kWh');
    const named = await astro.render(COST, {
      series: [{ ...series(['Saver 12'])[0]!, labelLang: 'en' }],
      title: 'Costo',
      lang: 'es',
    });
    expect(named).toMatch(/<span lang="en"[^>]*>Saver 12<\/span>/);
    // The screen-reader table's column for that plan is marked too; a Spanish-named one is not.
    expect(named).toMatch(/<th scope="col" lang="en"[^>]*>\s*Saver 12\s*<\/th>/);
    expect(html).toMatch(/<th scope="col"(?![^>]*lang=)[^>]*>\s*Plan A\s*<\/th>/);
    expect(html).toMatch(/<span(?![^>]*lang=)[^>]*>Plan A<\/span>/);
    const empty = await astro.render(COST, { series: [], title: 'Nada', lang: 'es' });
    expect(empty).toContain('No hay datos de costo para graficar.');
    const none = await astro.render(HISTORY, { points: [], title: 'Nada', lang: 'es' });
    expect(none).toContain('Todavía no hay historial de precios.');
  });
});
