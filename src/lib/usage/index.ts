// How much a Texas home uses month by month: the EIA-derived seasonal shape, the twelve usages of
// a year estimate, and the checks on what a shopper types. Pure: callers pass text and dates in.
export { deriveUsageShape, EIA_USAGE_HEADER, UsageDataError } from './derive-shape';
export { usageShapeSchema, type UsageShape } from './shape';
export { TEXAS_USAGE_SHAPE } from './texas-shape';
