// Input checks for the cost engine. The lib cannot import server code, so it has its own error
// type carrying the HTTP status and code; the server maps it to its ValidationError.

/** Highest monthly usage the engine answers for; beyond it the three posted prices say too little. */
export const MAX_USAGE_KWH = 5000;

// A posted price above this is almost surely ¢/kWh passed as $/kWh (14.9 instead of 0.149).
const MAX_RATE_PER_KWH = 5;

/** Bad caller input: a usage, a range or a plan's prices the engine cannot work with. */
export class CostInputError extends Error {
  readonly status = 400;
  readonly code = 'invalid_input';

  constructor(message: string) {
    super(message);
    this.name = 'CostInputError';
  }
}

/** The usage as a number of kWh in [0, MAX_USAGE_KWH], or a CostInputError. */
export function assertUsage(usageKwh: unknown, label = 'usage'): number {
  if (typeof usageKwh !== 'number' || !Number.isFinite(usageKwh))
    throw new CostInputError(`${label} must be a finite number of kWh, got ${describe(usageKwh)}`);
  if (usageKwh < 0) throw new CostInputError(`${label} cannot be negative, got ${usageKwh} kWh`);
  if (usageKwh > MAX_USAGE_KWH)
    throw new CostInputError(`${label} must be at most ${MAX_USAGE_KWH} kWh, got ${usageKwh} kWh`);
  return usageKwh;
}

/** The calendar month as 0 (January) to 11 (December), or a CostInputError: months come from URLs and clocks alike. */
export function assertCalendarMonth(month: unknown, label = 'start month'): number {
  if (typeof month !== 'number' || !Number.isInteger(month) || month < 0 || month > 11)
    throw new CostInputError(
      `${label} must be a whole number from 0 (January) to 11 (December), got ${describe(month)}`,
    );
  return month;
}

/** The posted price as a number in [0, 5] $/kWh, or a CostInputError naming the field. */
export function assertRate(rate: unknown, field: string): number {
  if (typeof rate !== 'number' || !Number.isFinite(rate) || rate < 0 || rate > MAX_RATE_PER_KWH)
    throw new CostInputError(
      `${field} must be a price in $/kWh between 0 and ${MAX_RATE_PER_KWH}, got ${describe(rate)}`,
    );
  return rate;
}

function describe(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}
