// How much a Texas home uses month by month: the EIA-derived seasonal shape, the twelve usages of
// a year estimate, and the checks on what a shopper types. Pure: callers pass text and dates in.
export { deriveUsageShape, EIA_USAGE_HEADER, UsageDataError } from './derive-shape';
export {
  averageUsageSchema,
  formatMonthlyUsages,
  MAX_AVERAGE_USAGE_KWH,
  MIN_AVERAGE_USAGE_KWH,
  monthlyUsagesSchema,
  parseAverageUsage,
  parseMonthlyUsages,
} from './input';
export { MONTH_SHORT_NAMES, monthWindow, texasMonth, type CalendarMonth } from './months';
export { usageShapeSchema, type UsageShape } from './shape';
export { calendarShapedUsages, shapedUsages, usagesForWindow } from './shaped';
export { TEXAS_USAGE_SHAPE } from './texas-shape';
