import type { PlanPricing } from '~/lib/cost';

/**
 * A hand-written pricing object for the cost engine's unit tests: a flat 15¢ fixed-rate 12-month
 * plan, with whatever a test sets on top. The engine reads only numbers and text, so a test of
 * one rule states just the numbers and words that rule reads.
 */
export const pricing = (over: Partial<PlanPricing> = {}): PlanPricing => ({
  rate500: 0.15,
  rate1000: 0.15,
  rate2000: 0.15,
  isTimeOfUse: false,
  isPrepaid: false,
  rateType: 'fixed',
  termMonths: 12,
  ...over,
});
