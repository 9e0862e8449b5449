import { z } from 'zod';
import { fallbackPlanSchema } from '../fallback/schema';

// Cached values are checked against these when read back: a value written by an older
// release (or corrupted) is a miss, never a crash or a wrong page.

export const planDtoSchema = fallbackPlanSchema.extend({
  isActive: z.boolean().optional(),
  snapshotDate: z.string().nullable().optional(),
});

const tdspRef = z.object({ code: z.string(), name: z.string(), duns: z.string() });

export const cityBaseSchema = z.object({
  city: z.object({
    slug: z.string(),
    name: z.string(),
    county: z.string().nullable(),
    population: z.number().nullable(),
    isDeregulated: z.boolean(),
    utilityName: z.string().nullable(),
    zipCodes: z.array(z.string()),
  }),
  tdsps: z.array(tdspRef),
  selected: tdspRef.nullable(),
  summary: z
    .object({
      totalPlans: z.number(),
      providerCount: z.number(),
      avgRate: z.number().nullable(),
      minRate: z.number().nullable(),
      tdspName: z.string(),
    })
    .nullable(),
  plans: z.array(planDtoSchema),
});

export const zipLookupSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('single'),
    zip: z.string(),
    city: z.object({ slug: z.string(), name: z.string() }),
    tdsp: tdspRef,
    activePlans: z.number(),
  }),
  z.object({
    kind: z.literal('multiple'),
    zip: z.string(),
    city: z.object({ slug: z.string(), name: z.string() }),
    tdsps: z.array(tdspRef),
    activePlans: z.number(),
  }),
  z.object({
    kind: z.literal('not-deregulated'),
    zip: z.string(),
    city: z.object({ slug: z.string(), name: z.string() }),
    utilityName: z.string().nullable(),
    utilityType: z.enum(['municipal', 'cooperative', 'unknown', 'tdsp']),
  }),
]);

export const planBaseSchema = z.object({
  plan: planDtoSchema,
  history: z.array(
    z.object({
      date: z.string(),
      rate500Kwh: z.string().nullable(),
      rate1000Kwh: z.string().nullable(),
      rate2000Kwh: z.string().nullable(),
      changedFields: z.array(z.string()).nullable(),
    }),
  ),
  cities: z.object({
    tdspName: z.string().nullable(),
    total: z.number(),
    largest: z.array(z.object({ slug: z.string(), name: z.string() })),
  }),
});

export const providerBaseSchema = z.object({
  provider: z.object({
    name: z.string(),
    slug: z.string().nullable(),
    rating: z.string().nullable(),
    websiteUrl: z.string().nullable(),
  }),
  plans: z.array(planDtoSchema),
});
