import { z } from 'zod';
import { CHOICE_STATUSES, servingUtilitySchema } from '~/lib/choice-status';
import { planSchema } from '~/lib/plan';

// The saved files, one set per generation (see saved-files.ts for the layout):
//   index.json            the city list, ZIP → city, plan id → utility, counts, utilities
//   cities/<slug>.json    one city: who serves it and its ZIPs, its utilities' plan summaries
//   plans/<CODE>.json     one utility's active plans, written once however many cities it serves

/** Bumped when the layout changes; readers refuse files of another version. */
export const FALLBACK_VERSION = 3;

const meta = {
  version: z.literal(FALLBACK_VERSION),
  generatedAt: z.iso.datetime(),
  dataVersion: z.number().int().nullable(),
  snapshotDate: z.string().nullable(),
};

const tdspRef = z.object({ code: z.string(), name: z.string(), duns: z.string() });
const status = z.enum(CHOICE_STATUSES);

/** One city's file: the city, who serves it, its ZIPs, and which utility files hold its plans. */
export const savedCitySchema = z.object({
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
    status,
    utilities: z.array(servingUtilitySchema),
    insideCity: z.object({ slug: z.string(), name: z.string() }).nullable(),
  }),
  tdsps: z.array(tdspRef.extend({ isPrimary: z.boolean() })),
  zips: z.array(
    z.object({
      zip: z.string().regex(/^\d{5}$/),
      tdspCodes: z.array(z.string()),
      isDeregulated: z.boolean(),
      utilityType: z.enum(['municipal', 'cooperative', 'unknown', 'tdsp']),
      utilityName: z.string().nullable(),
      status,
      utilities: z.array(servingUtilitySchema),
      /** The city with choice a ZIP no map lists lies inside. */
      insideCitySlug: z.string().nullable(),
    }),
  ),
  /** Per competitive utility of the city: its plan file and plan count. */
  plans: z.array(z.object({ utility: z.string(), count: z.number().int() })),
});

/** One utility's active plans. */
export const savedUtilityPlansSchema = z.object({
  ...meta,
  utility: tdspRef,
  plans: z.array(planSchema),
});

/** The index: what the directory, ZIP lookups and plan lookups need without opening a city file. */
export const savedIndexSchema = z.object({
  ...meta,
  tdsps: z.array(tdspRef),
  cities: z.array(
    z.object({
      slug: z.string(),
      name: z.string(),
      county: z.string().nullable(),
      population: z.number().int().nullable(),
      isDeregulated: z.boolean(),
      utilityName: z.string().nullable(),
      status,
      insideCitySlug: z.string().nullable(),
      tdspCodes: z.array(z.string()),
      planCount: z.number().int(),
    }),
  ),
  counts: z.object({ tdsps: z.number().int(), providers: z.number().int(), activePlans: z.number().int() }),
  /** ZIP → city slug. */
  zips: z.record(z.string().regex(/^\d{5}$/), z.string()),
  /** Active plan id → the code of the utility whose plan file lists it. */
  plans: z.record(z.string().regex(/^[0-9a-f]{24}$/), z.string()),
});

export type SavedCityFile = z.infer<typeof savedCitySchema>;
export type SavedUtilityPlansFile = z.infer<typeof savedUtilityPlansSchema>;
export type SavedIndexFile = z.infer<typeof savedIndexSchema>;
