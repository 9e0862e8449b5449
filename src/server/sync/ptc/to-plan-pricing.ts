import type { RankablePlan, RateType } from '~/lib/cost';
import { parseCancelFee } from './cancel-fee';
import type { RawOffer } from './columns';

const PRICE = /^\d*\.?\d+$/;
const isTrue = (v: string | undefined) => /^(true|1)$/i.test(v?.trim() ?? '');

/**
 * An export row as the cost engine sees it, without the importer's validation: benchmarks
 * and the engine's exactness tests price every row, including utilities the site skips.
 * Null when a posted price is missing or not a number.
 */
export function rawToPlanPricing(raw: RawOffer): RankablePlan | null {
  const prices = [raw.kwh500, raw.kwh1000, raw.kwh2000].map((p) => p?.trim() ?? '');
  if (!prices.every((p) => PRICE.test(p))) return null;
  const [rate500, rate1000, rate2000] = prices.map(Number) as [number, number, number];
  const fee = parseCancelFee(raw.CancelFee ?? '');
  const rateType = (raw.RateType ?? '').trim().toLowerCase();
  return {
    id: raw.idKey ?? '',
    productName: raw.Product || null,
    rate500,
    rate1000,
    rate2000,
    feesCredits: raw['Fees/Credits']?.trim() || null,
    specialTerms: raw.SpecialTerms?.trim() || null,
    isTimeOfUse: isTrue(raw.TimeOfUse),
    isPrepaid: isTrue(raw.PrePaid),
    rateType: (['variable', 'indexed'].includes(rateType) ? rateType : 'fixed') as RateType,
    termMonths: Number(raw.TermValue) || 0,
    cancellationFee: fee.amount,
    cancellationFeePerMonth: fee.perMonth,
    hasMinUsageFee: isTrue(raw.MinUsageFeesCredits),
  };
}
