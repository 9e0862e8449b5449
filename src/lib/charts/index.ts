// Server-side chart geometry: scales, ticks, paths, bars and the layouts the chart components print.
// Pure functions with no I/O and no Astro, so every coordinate is unit-tested.
export {
  AFTER_TERM_DASH,
  barStyle,
  type BarChartModel,
  type BarPricedBy,
  type BarStyle,
  type ChartBar,
  type YearBillMonth,
} from './bars';
export { costCurveChart, type CostCurveInput, type CostCurvePoint, type CostCurveSeries } from './cost-curve';
export { dateTicks } from './date-ticks';
export {
  dayNumber,
  formatCentsTick,
  formatCentsValue,
  formatDateLabel,
  formatDollarTick,
  formatDollarValue,
  formatKwhTick,
  formatKwhValue,
} from './format';
export { chartLocale, type ChartFormat, type ChartLocale } from './locale';
export { chartId, FRAME, xAnchor, type AxisTick, type ChartLine, type ChartModel, type ChartTable } from './model';
export { contrastRatio, INK, MAX_SERIES, SERIES_STYLES, seriesStyle, type SeriesStyle } from './palette';
export { linePath, markerAt, segments, type Marker, type MarkerShape, type PathPoint } from './path';
export {
  dateSeriesChart,
  priceHistoryChart,
  type DateSeries,
  type DateSeriesInput,
  type PriceHistoryInput,
  type PriceHistoryPoint,
} from './price-history';
export { chartFrame, extent, linearScale, roundCoord, type Frame, type LinearScale, type Margins } from './scale';
export { niceTicks, stepDecimals, tickStep, ticksWithin, type Ticks } from './ticks';
export { monthTicks, pricedByWords, yearBillsChart, type YearBillsInput } from './year-bills';
export { yearCompareChart, type YearCompareInput, type YearCompareSeries } from './year-compare';
