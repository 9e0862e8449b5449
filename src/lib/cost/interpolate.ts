// The baseline model: straight lines between the three posted bills. It needs no reading of the
// plan's text, so it is the fallback whenever the text does not explain the prices.
import { assertRate } from './errors';
import type { PlanPricing } from './types';

/** The usages at which every Electricity Facts Label, and so the export, states an average price. */
export const POSTED_KWH = [500, 1000, 2000] as const;

/** Total monthly bills in dollars at 500, 1,000 and 2,000 kWh, from the posted average prices. */
export type PostedBills = readonly [number, number, number];

/** The three posted bills (price × usage), after checking the prices are plausible $/kWh. */
export function postedBills(plan: PlanPricing): PostedBills {
  return [
    assertRate(plan.rate500, 'rate500') * 500,
    assertRate(plan.rate1000, 'rate1000') * 1000,
    assertRate(plan.rate2000, 'rate2000') * 2000,
  ];
}

/**
 * Piecewise-linear bill through the posted bills. Below 500 kWh it continues the 500–1,000 slope
 * and above 2,000 kWh the 1,000–2,000 slope: the marginal rate of the nearest segment is the best
 * the export tells us about usage it does not post.
 */
export function interpolatedBill(bills: PostedBills, usageKwh: number): number {
  const [b500, b1000, b2000] = bills;
  const bill =
    usageKwh < 1000
      ? b500 + ((b1000 - b500) / 500) * (usageKwh - 500)
      : b1000 + ((b2000 - b1000) / 1000) * (usageKwh - 1000);
  return Math.max(0, bill);
}

/**
 * How far the 1,000 kWh price sits below the line through the 500 and 2,000 kWh bills, in ¢/kWh.
 * Measured on bills rather than on average prices because a base charge alone makes the average
 * price convex in usage (a/u + b) and would look like a dip; on bills it is exactly zero.
 * Rounded to a millionth of a cent, far below the posted prices' grain (4 decimals of $/kWh
 * make dips in steps of 1/300¢), so float noise cannot push a dip across a threshold:
 * [0.15, 0.14, 0.15] and [0.13, 0.12, 0.13] both dip by exactly 1¢.
 */
export function dipAt1000Cents(plan: PlanPricing): number {
  const chordAt1000 = (plan.rate500 + 2 * plan.rate2000) / 3;
  return Math.round((chordAt1000 - plan.rate1000) * 100 * 1e6) / 1e6;
}
