import { z } from 'zod';
import { DEFAULT_USAGE_KWH } from '~/lib/cost';
import { GREEN_FILTERS, RATE_FILTERS, TERM_BUCKETS, type PlanFilters } from '~/lib/plan-filters';
import { averageUsageSchema, monthlyUsagesSchema } from '~/lib/usage';
import { ValidationError } from '~/server/core/errors';

const keys = <T extends object>(o: T) => Object.keys(o) as [keyof T & string, ...(keyof T & string)[]];
const toggle = z.enum(['only', 'exclude']).optional();

/**
 * Query-string parameters of plan lists (pages and /api/plans). `usage` is the average monthly
 * kWh (100–5,000); `months` the shopper's twelve months from their bills, January first, which
 * win over `usage`; `view=month` ranks by one month at `usage` instead of the next twelve months.
 * Unknown parameters are ignored.
 */
export const planListQuery = z.object({
  usage: averageUsageSchema.default(DEFAULT_USAGE_KWH),
  months: monthlyUsagesSchema.optional(),
  view: z.enum(['year', 'month']).default('year'),
  term: z.enum(keys(TERM_BUCKETS)).optional(),
  rate: z.enum(keys(RATE_FILTERS)).optional(),
  green: z.enum(keys(GREEN_FILTERS)).optional(),
  prepaid: toggle,
  tou: toggle,
  autopay: toggle,
  nodeposit: z.enum(['1']).optional(),
  utility: z
    .string()
    .regex(/^[A-Z_]{2,20}$/, 'is not a utility code')
    .optional(),
  zip: z
    .string()
    .regex(/^\d{5}$/, 'must be five digits')
    .optional(),
  page: z.coerce.number().int().min(1).max(1000).default(1),
});

export type PlanListQuery = z.output<typeof planListQuery>;

/**
 * Parses URL search params with a zod schema; any problem becomes one ValidationError (400).
 * Blank values (an untouched field of a GET form) count as absent, and a parameter sent several
 * times (the twelve `months` fields of the bills form) is read as one comma list.
 */
export function parseQuery<S extends z.ZodType>(schema: S, params: URLSearchParams): z.output<S> {
  const raw: Record<string, string> = {};
  for (const key of new Set(params.keys())) {
    const values = params
      .getAll(key)
      .map((v) => v.trim().slice(0, 200))
      .filter((v) => v !== '');
    if (values.length > 0) raw[key] = values.join(',');
  }
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
  throw new ValidationError(`Invalid ${issues.map((i) => i.path).join(', ')}: ${issues[0]?.message ?? ''}`, issues);
}

/** The plan filters a parsed query asks for. */
export function filtersOf(q: PlanListQuery): PlanFilters {
  const f: PlanFilters = {};
  if (q.term) f.term = q.term;
  if (q.rate) f.rate = q.rate;
  if (q.green) f.green = q.green;
  if (q.prepaid) f.prepaid = q.prepaid;
  if (q.tou) f.tou = q.tou;
  if (q.autopay) f.autopay = q.autopay;
  if (q.nodeposit) f.noDeposit = true;
  return f;
}

/** The usage a parsed query describes, for services. */
export const usageOf = (q: PlanListQuery) => ({ averageKwh: q.usage, months: q.months ?? null });

/** The list state that travels in the query string of links (usage, months, view), omitting defaults. */
export function usageParams(q: { usage: number; months: number[] | null | undefined; view: string }) {
  return {
    usage: q.months || q.usage === DEFAULT_USAGE_KWH ? undefined : q.usage,
    months: q.months ? q.months.join(',') : undefined,
    view: q.view === 'month' ? 'month' : undefined,
  };
}
