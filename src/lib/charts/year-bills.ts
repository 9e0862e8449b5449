// The year chart of one plan: twelve monthly bills as bars, from the sign-up month on, with the
// months past the plan's term drawn as outlines because their price is an assumption.
import { MONTH_SHORT_NAMES } from '~/lib/usage/months';
import { band, barRect, barStyle, type BarChartModel, type YearBillMonth } from './bars';
import { formatCentsValue, formatDollarValue, formatKwhValue } from './format';
import { chartId, FRAME, valueAxis, xAnchor } from './model';
import { INK, seriesStyle } from './palette';
import { roundCoord } from './scale';

/** The component's props: `yearCost(...).months` and the chart's title. */
export interface YearBillsInput {
  months: readonly YearBillMonth[];
  title: string;
  description?: string;
}

/** How the table and tooltips name who priced a month. */
export const PRICED_BY_WORDS = { plan: 'Plan price', 'after-term': 'Assumed after the term' } as const;

const BAR_SHARE = 0.6;

/** Month names under the bars of a twelve-band chart. */
export function monthTicks(months: readonly { calendarMonth: number }[]): BarChartModel['xTicks'] {
  return months.map(({ calendarMonth }, i) => {
    const { left, width } = band(i, months.length);
    const x = left + width / 2;
    return { at: roundCoord(x), label: MONTH_SHORT_NAMES[calendarMonth] ?? '?', anchor: xAnchor(x, 12) };
  });
}

/** Lays the chart out; null when there are no months or a bill is not a finite number. */
export function yearBillsChart(input: YearBillsInput): BarChartModel | null {
  const { months, title } = input;
  if (months.length === 0 || months.some((m) => !Number.isFinite(m.bill) || !Number.isFinite(m.usageKwh))) return null;
  const y = valueAxis(0, Math.max(...months.map((m) => m.bill)), 'dollars');
  const { color } = seriesStyle(0);
  const bars = months.map((m, i) => {
    const { left, width } = band(i, months.length);
    const name = MONTH_SHORT_NAMES[m.calendarMonth] ?? '?';
    return {
      ...barRect(m.bill, y.scale, left + (width * (1 - BAR_SHARE)) / 2, width * BAR_SHARE),
      ...barStyle(color, m.pricedBy),
      label: `${name}: ${formatDollarValue(m.bill)} for ${formatKwhValue(m.usageKwh)} kWh (${PRICED_BY_WORDS[m.pricedBy].toLowerCase()})`,
      series: 0,
      pricedBy: m.pricedBy,
    };
  });

  const total = months.reduce((sum, m) => sum + m.bill, 0);
  const kwh = months.reduce((sum, m) => sum + m.usageKwh, 0);
  const afterTerm = months.findIndex((m) => m.pricedBy === 'after-term');
  const first = MONTH_SHORT_NAMES[months[0]!.calendarMonth];
  const last = MONTH_SHORT_NAMES[months[months.length - 1]!.calendarMonth];
  const average = kwh >= 1 ? ` (${formatCentsValue((total / kwh) * 100)} on average)` : '';
  const assumed =
    afterTerm < 0
      ? ''
      : ` From month ${afterTerm + 1} the plan's term is over and the bill uses the assumed after-term price.`;
  const id = chartId('year-bills', input);
  return {
    frame: FRAME,
    titleId: `${id}-title`,
    descId: `${id}-desc`,
    title,
    description:
      input.description ??
      `Estimated bill for each month from ${first} to ${last}, ${formatDollarValue(total)} in all${average}.${assumed}`,
    yTitle: '$ per month',
    xTicks: monthTicks(months),
    yTicks: y.ticks,
    bars,
    legend: (['plan', 'after-term'] as const)
      .filter((kind) => months.some((m) => m.pricedBy === kind))
      .map((kind) => ({ label: PRICED_BY_WORDS[kind], ...barStyle(color, kind) })),
    table: {
      caption: title,
      rowHeader: 'Month',
      columns: ['Usage (kWh)', 'Bill', 'Priced by'],
      rows: [
        ...months.map((m) => ({
          header: MONTH_SHORT_NAMES[m.calendarMonth] ?? '?',
          cells: [formatKwhValue(m.usageKwh), formatDollarValue(m.bill), PRICED_BY_WORDS[m.pricedBy]],
        })),
        { header: 'Total', cells: [formatKwhValue(kwh), formatDollarValue(total), ''] },
      ],
    },
    ink: INK,
  };
}
