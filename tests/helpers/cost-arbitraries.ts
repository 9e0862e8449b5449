// fast-check generators of plans as the export posts them, shared by the cost engine's property tests.
import fc from 'fast-check';
import { formatKwh, MAX_USAGE_KWH, type PlanPricing } from '~/lib/cost';

/** Prices as the export posts them: whole ten-thousandths of a dollar per kWh. */
export const price = (min = 0, max = 10_000) => fc.integer({ min, max }).map((n) => n / 10_000);

/** A credit or fee sentence in one of the wordings REPs use, English or Spanish. */
export const credit = fc
  .record({ amount: fc.integer({ min: 5, max: 150 }), kwh: fc.constantFrom(500, 800, 1000, 1200, 1500, 2000) })
  .chain(({ amount, kwh }) =>
    fc.constantFrom(
      `A bill credit of $${amount} will be applied for each billing cycle in which usage is ${formatKwh(kwh)} kWh or more.`,
      `Recibe un crédito de $${amount} cada mes que tu consumo sea de ${kwh} kWh o más.`,
      `A $${amount} fee applies if usage is below ${formatKwh(kwh)} kWh.`,
      `Get a $${amount} bill credit when usage is between ${formatKwh(kwh)} and ${formatKwh(kwh + 500)} kWh.`,
    ),
  );

/** [Fees/Credits] or [SpecialTerms]: nothing, a usage step, a flat-bill clause or any text at all. */
export const freeText = fc.option(
  fc.oneof(credit, fc.string(), fc.constant('Pay the same amount every month whenever your usage is below 1,000 kWh.')),
);

/** Any plan the engine accepts. */
export const anyPlan: fc.Arbitrary<PlanPricing> = fc.record({
  rate500: price(),
  rate1000: price(),
  rate2000: price(),
  feesCredits: freeText,
  specialTerms: freeText,
  isTimeOfUse: fc.boolean(),
  isPrepaid: fc.boolean(),
  rateType: fc.constantFrom('fixed', 'variable', 'indexed'),
  termMonths: fc.integer({ min: 0, max: 60 }),
  hasMinUsageFee: fc.boolean(),
});

/** Any monthly usage the engine answers for. */
export const usage = fc.double({ min: 0, max: MAX_USAGE_KWH, noNaN: true });
