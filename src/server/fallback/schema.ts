import { z } from 'zod';
import { planSchema } from '~/lib/plan';

/** Bumped when the file layout changes; readers refuse files of another version. */
export const FALLBACK_VERSION = 2;

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
  plans: z.array(planSchema),
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

export type FallbackCity = z.infer<typeof fallbackCitySchema>;
export type FallbackIndex = z.infer<typeof fallbackIndexSchema>;
