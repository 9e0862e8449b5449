import { z } from 'zod';
import { CHOICE_STATUSES, servingUtilitySchema } from '~/lib/choice-status';
import { planDtoSchema } from '~/lib/plan';

// Cached values are checked against these when read back: a value written by an older
// release (or corrupted) is a miss, never a crash or a wrong page.

const tdspRef = z.object({ code: z.string(), name: z.string(), duns: z.string() });
const cityRef = z.object({ slug: z.string(), name: z.string() });

export const cityRecordSchema = z.object({
  city: z.object({
    slug: z.string(),
    name: z.string(),
    county: z.string().nullable(),
    population: z.number().nullable(),
    isDeregulated: z.boolean(),
    utilityName: z.string().nullable(),
    zipCodes: z.array(z.string()),
    status: z.enum(CHOICE_STATUSES),
    market: z.enum(['choice', 'own-utility', 'no-choice', 'inside']),
    utilities: z.array(servingUtilitySchema),
    insideCity: cityRef.nullable(),
  }),
  tdsps: z.array(tdspRef),
});

export const tdspsSchema = z.array(tdspRef);

export const plansSchema = z.array(planDtoSchema);

const zipBase = {
  zip: z.string(),
  city: cityRef,
  status: z.enum(CHOICE_STATUSES),
  utilities: z.array(servingUtilitySchema),
  activePlans: z.number(),
};

export const zipLookupSchema = z.discriminatedUnion('kind', [
  z.object({ ...zipBase, kind: z.literal('single'), tdsp: tdspRef }),
  z.object({ ...zipBase, kind: z.literal('multiple'), tdsps: z.array(tdspRef) }),
  z.object({ ...zipBase, kind: z.literal('ask'), tdsps: z.array(tdspRef) }),
  z.object({ ...zipBase, kind: z.literal('inside'), insideCity: cityRef, tdsps: z.array(tdspRef) }),
  z.object({
    ...zipBase,
    kind: z.literal('not-deregulated'),
    utilityName: z.string().nullable(),
    utilityType: z.enum(['municipal', 'cooperative', 'unknown', 'tdsp']),
  }),
]);

export const historySchema = z.array(
  z.object({
    date: z.string(),
    rate500Kwh: z.string().nullable(),
    rate1000Kwh: z.string().nullable(),
    rate2000Kwh: z.string().nullable(),
    changedFields: z.array(z.string()).nullable(),
  }),
);

export const utilityCitiesSchema = z.object({
  tdspName: z.string().nullable(),
  total: z.number(),
  largest: z.array(cityRef),
});

export const providerRecordSchema = z.object({
  provider: z.object({
    name: z.string(),
    slug: z.string().nullable(),
    rating: z.string().nullable(),
    websiteUrl: z.string().nullable(),
  }),
  plans: z.array(planDtoSchema),
});

const priceMemory = z.object({
  firstSeen: z.string().nullable(),
  newOn: z.string().nullable(),
  changes: z.array(
    z.object({
      date: z.string(),
      previousDate: z.string(),
      from: z.string(),
      to: z.string(),
      deltaCents: z.number(),
      direction: z.enum(['cut', 'rise']),
    }),
  ),
  trend: z.enum(['down', 'up', 'flat']).nullable(),
});

export const memorySchema = z.record(z.string(), priceMemory);

export const marketDaysSchema = z.array(
  z.object({
    date: z.string(),
    plans: z.number(),
    fixed12Count: z.number(),
    fixed12Median1000Kwh: z.number().nullable(),
    cheapest: z.object({ planId: z.string(), name: z.string(), rate1000Kwh: z.string() }).nullable(),
  }),
);
