// The seasonal usage shape as the site stores it (texas-usage-shape.json), with the schema that
// checks the committed file when it is loaded, so a hand edit that breaks it fails at start-up.
import { z } from 'zod';

const share = z.number().min(0).max(1);
const twelve = <T extends z.ZodType>(item: T) => z.array(item).length(12);

/** Schema of the generated shape file; `deriveUsageShape` produces exactly this. */
export const usageShapeSchema = z.object({
  source: z.object({
    publisher: z.string(),
    form: z.string(),
    table: z.string(),
    file: z.string(),
    /** The full calendar years whose monthly shares were averaged. */
    years: z.array(z.number().int()).min(1),
    /** The (up to three) latest full years behind the kWh-per-customer average. */
    kwhPerCustomerYears: z.array(z.number().int()).min(1),
  }),
  /** Mean share of a year's residential sales falling in each month, January first; sums to 1. */
  monthShares: twelve(share),
  /** Lowest and highest share each month had in any single year: how far one year can stray. */
  monthShareMin: twelve(share),
  monthShareMax: twelve(share),
  /** Average kWh a Texas home used per month, each year and over those years. */
  kwhPerCustomer: z.object({
    byYear: z.array(z.number().positive()).min(1),
    average: z.number().positive(),
  }),
});

/** A seasonal shape with its source, as derived from EIA-861M. */
export type UsageShape = z.infer<typeof usageShapeSchema>;
