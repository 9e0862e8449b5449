// The compare page's year chart: up to four plans' twelve monthly bills side by side, one group of
// bars per month, so a credit plan's spring months stand out next to a flat plan's.
import { MONTH_SHORT_NAMES } from '~/lib/usage/months';
import { AFTER_TERM_DASH, band, barRect, barStyle, type BarChartModel, type YearBillMonth } from './bars';
import { formatDollarValue, formatKwhValue } from './format';
import { chartId, FRAME, valueAxis } from './model';
import { INK, MAX_SERIES, seriesStyle } from './palette';
import { monthTicks, PRICED_BY_WORDS } from './year-bills';

/** One plan's year, as `yearCost(...).months`, and the name its legend and table use. */
export interface YearCompareSeries {
  label: string;
  months: readonly YearBillMonth[];
}

/** The component's props: up to four plans over the same twelve months. */
export interface YearCompareInput {
  series: readonly YearCompareSeries[];
  title: string;
  description?: string;
}

// Share of a month's band the group of bars fills; the rest separates the months.
const GROUP_SHARE = 0.8;

/** Lays the grouped bars out; null with no plans or a non-finite bill. Throws when the plans' months differ. */
export function yearCompareChart(input: YearCompareInput): BarChartModel | null {
  const { series, title } = input;
  if (series.length > MAX_SERIES)
    throw new RangeError(`a year chart compares at most ${MAX_SERIES} plans, got ${series.length}`);
  const months = series[0]?.months ?? [];
  const sameYear = (list: readonly YearBillMonth[]) => list.map((m) => `${m.calendarMonth}:${m.usageKwh}`).join(',');
  if (series.some((s) => sameYear(s.months) !== sameYear(months)))
    throw new RangeError('every plan in a year chart must cover the same months at the same usages, in the same order');
  const all = series.flatMap((s) => s.months);
  if (all.length === 0 || all.some((m) => !Number.isFinite(m.bill))) return null;

  const y = valueAxis(0, Math.max(...all.map((m) => m.bill)), 'dollars');
  const bars = series.flatMap((s, index) =>
    s.months.map((m, i) => {
      const { left, width } = band(i, months.length);
      const barWidth = (width * GROUP_SHARE) / series.length;
      const x = left + (width * (1 - GROUP_SHARE)) / 2 + index * barWidth;
      const assumed = m.pricedBy === 'after-term' ? ', assumed after the term' : '';
      return {
        ...barRect(m.bill, y.scale, x, barWidth),
        ...barStyle(seriesStyle(index).color, m.pricedBy),
        label: `${s.label}, ${MONTH_SHORT_NAMES[m.calendarMonth] ?? '?'}: ${formatDollarValue(m.bill)}${assumed}`,
        series: index,
        pricedBy: m.pricedBy,
      };
    }),
  );
  const totals = series.map((s) => s.months.reduce((sum, m) => sum + m.bill, 0));
  const anyAssumed = all.some((m) => m.pricedBy === 'after-term');
  const id = chartId('year-compare', input);
  return {
    frame: FRAME,
    titleId: `${id}-title`,
    descId: `${id}-desc`,
    title,
    description:
      input.description ??
      `Estimated monthly bills over the next 12 months for: ${series.map((s, i) => `${s.label} (${formatDollarValue(totals[i]!)} in all)`).join('; ')}.` +
        (anyAssumed ? ' Outlined bars are months after a plan’s term, priced by the assumed after-term price.' : ''),
    yTitle: '$ per month',
    xTicks: monthTicks(months),
    yTicks: y.ticks,
    bars,
    legend: [
      ...series.map((s, index) => ({ label: s.label, ...barStyle(seriesStyle(index).color, 'plan') })),
      ...(anyAssumed
        ? [{ label: PRICED_BY_WORDS['after-term'], fill: '#ffffff', stroke: INK.axis, dash: AFTER_TERM_DASH }]
        : []),
    ],
    table: {
      caption: title,
      rowHeader: 'Month',
      columns: ['Usage (kWh)', ...series.map((s) => s.label)],
      rows: [
        ...months.map((m, i) => ({
          header: MONTH_SHORT_NAMES[m.calendarMonth] ?? '?',
          cells: [
            formatKwhValue(m.usageKwh),
            ...series.map((s) => {
              const month = s.months[i]!;
              return `${formatDollarValue(month.bill)}${month.pricedBy === 'after-term' ? ' (assumed)' : ''}`;
            }),
          ],
        })),
        {
          header: 'Total',
          cells: [formatKwhValue(months.reduce((sum, m) => sum + m.usageKwh, 0)), ...totals.map(formatDollarValue)],
        },
      ],
    },
    ink: INK,
  };
}
