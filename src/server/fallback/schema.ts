import { z } from 'zod';

/** Bumped when the file layout changes; readers refuse files of another version. */
export const FALLBACK_VERSION = 2;

const rate = z.string().regex(/^\d+\.\d{4}$/);
const url = z.string().nullable();

export const fallbackPlanSchema = z.object({
  id: z.string().regex(/^[0-9a-f]{24}$/),
  externalId: z.string(),
  name: z.string(),
  provider: z.object({ name: z.string(), slug: z.string().nullable() }),
  tdspCode: z.string(),
  termMonths: z.number().int(),
  rateType: z.enum(['fixed', 'variable', 'indexed']),
  rate500Kwh: rate.nullable(),
  rate1000Kwh: rate,
  rate2000Kwh: rate.nullable(),
  cancellationFee: z.string().nullable(),
  cancellationFeePerMonth: z.boolean(),
  percentGreen: z.number().int().nullable(),
  isPrePay: z.boolean(),
  isTimeOfUse: z.boolean(),
  requiresAutoPay: z.boolean(),
  requiresDeposit: z.boolean(),
  hasMinUsageFee: z.boolean(),
  feesCredits: z.string().nullable(),
  specialTerms: z.string().nullable(),
  documents: z.object({
    efl: url,
    terms: url,
    yrac: url,
    enroll: url,
    enrollPhone: z.string().nullable(),
    website: url,
  }),
  alternates: z.array(
    z.object({
      externalId: z.string(),
      language: z.string(),
      name: z.string(),
      efl: url,
      terms: url,
      yrac: url,
      enroll: url,
    }),
  ),
  features: z.array(
    z.object({ type: z.string(), name: z.string(), value: z.string().nullable(), label: z.string().nullable() }),
  ),
});

const meta = {
  version: z.literal(FALLBACK_VERSION),
  generatedAt: z.iso.datetime(),
  dataVersion: z.number().int().nullable(),
  snapshotDate: z.string().nullable(),
};

export const fallbackCitySchema = z.object({
  ...meta,
  city: z.object({
    slug: z.string(),
    name: z.string(),
    county: z.string().nullable(),
    population: z.number().int().nullable(),
    latitude: z.number().nullable(),
    longitude: z.number().nullable(),
    isDeregulated: z.boolean(),
    utilityName: z.string().nullable(),
  }),
  tdsps: z.array(z.object({ code: z.string(), name: z.string(), duns: z.string(), isPrimary: z.boolean() })),
  zips: z.array(
    z.object({
      zip: z.string().regex(/^\d{5}$/),
      tdspCodes: z.array(z.string()),
      isDeregulated: z.boolean(),
      utilityType: z.string(),
      utilityName: z.string().nullable(),
    }),
  ),
  plans: z.array(fallbackPlanSchema),
});

export const fallbackIndexSchema = z.object({
  ...meta,
  cities: z.array(
    z.object({
      slug: z.string(),
      name: z.string(),
      county: z.string().nullable(),
      population: z.number().int().nullable(),
      isDeregulated: z.boolean(),
      utilityName: z.string().nullable(),
      tdspCodes: z.array(z.string()),
      planCount: z.number().int(),
    }),
  ),
  counts: z.object({ tdsps: z.number().int(), providers: z.number().int(), activePlans: z.number().int() }),
  /** ZIP → city slug. */
  zips: z.record(z.string().regex(/^\d{5}$/), z.string()),
  /** Active plan id → the slug of a city whose file lists it (its utility's largest city). */
  plans: z.record(z.string().regex(/^[0-9a-f]{24}$/), z.string()),
});

export type FallbackPlan = z.infer<typeof fallbackPlanSchema>;
export type FallbackCity = z.infer<typeof fallbackCitySchema>;
export type FallbackIndex = z.infer<typeof fallbackIndexSchema>;
