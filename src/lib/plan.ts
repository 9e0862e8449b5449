// The one shape a plan travels in — from the database, from the cache and from the saved files
// alike — so pages and components never care where a plan came from. It is a zod schema because
// cached values and saved files are read back through it.
import { z } from 'zod';
import { safeHttpUrl } from './safe-url';

const rate = z.string().regex(/^\d+\.\d{4}$/);
// Read back from saved files and the cache: anything but an http(s) link is dropped, never linked.
const url = z.string().nullable().transform(safeHttpUrl);

/** A plan as the saved files and the cache store it. */
export const planSchema = z.object({
  id: z.string().regex(/^[0-9a-f]{24}$/),
  externalId: z.string(),
  name: z.string(),
  /** The language of the listing the plan is led by: 'es' for a Spanish-only offer. Older saved files lack it. */
  language: z.enum(['en', 'es']).nullable().optional(),
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

/** A plan as pages see it: the saved shape plus whether it is still offered and when it was last seen. */
export const planDtoSchema = planSchema.extend({
  isActive: z.boolean().optional(),
  snapshotDate: z.string().nullable().optional(),
});

/** A plan in the saved files. */
export type SavedPlan = z.infer<typeof planSchema>;
/** A plan as every layer passes it around. */
export type PlanDto = z.infer<typeof planDtoSchema>;
