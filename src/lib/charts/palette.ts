// Series colours and dash patterns. Each series differs in colour, dash AND marker shape, so the chart
// reads in greyscale and for colour-blind shoppers; every colour passes WCAG AA (4.5:1) as text on white.
import type { MarkerShape } from './path';

/** How one series is drawn, in presentation attributes (the CSP forbids inline styles). */
export interface SeriesStyle {
  color: string;
  /** `stroke-dasharray`, or undefined for a solid line. */
  dash: string | undefined;
  marker: MarkerShape;
}

/** Up to four series: blue solid, brown dashed, green dotted, crimson dash-dot. */
export const SERIES_STYLES: readonly SeriesStyle[] = [
  { color: '#1d4ed8', dash: undefined, marker: 'circle' },
  { color: '#b45309', dash: '9 5', marker: 'square' },
  { color: '#047857', dash: '2 4', marker: 'triangle' },
  { color: '#9d174d', dash: '12 4 3 4', marker: 'diamond' },
];

/** The most series a chart draws: beyond four, lines stop being distinguishable. */
export const MAX_SERIES = SERIES_STYLES.length;

/** Axis labels, tick text and gridlines (slate-600 text, slate-200 grid, slate-500 axes) and the usage marker (slate-900). */
export const INK = { text: '#475569', grid: '#e2e8f0', axis: '#64748b', marker: '#0f172a' } as const;

/** The style of series `index`; throws past MAX_SERIES rather than silently reusing a style. */
export function seriesStyle(index: number): SeriesStyle {
  const style = SERIES_STYLES[index];
  if (!style) throw new RangeError(`a chart draws at most ${MAX_SERIES} series, got series #${index + 1}`);
  return style;
}

/** WCAG relative luminance of a "#rrggbb" colour. */
function luminance(hex: string): number {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new RangeError(`expected a #rrggbb colour, got "${hex}"`);
  const [r, g, b] = match.slice(1).map((part) => {
    const channel = Number.parseInt(part, 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio between two colours (1–21), used to keep the palette readable. */
export function contrastRatio(foreground: string, background = '#ffffff'): number {
  const [a, b] = [luminance(foreground), luminance(background)];
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}
