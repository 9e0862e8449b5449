import { z } from 'zod';
import { DEFAULT_USAGE_KWH } from '~/lib/cost';
import { MAX_USAGE_KWH } from '~/lib/cost/errors';
import { GREEN_FILTERS, RATE_FILTERS, TERM_BUCKETS, type PlanFilters } from '~/lib/plan-filters';
import { ValidationError } from '~/server/core/errors';

const keys = <T extends object>(o: T) => Object.keys(o) as [keyof T & string, ...(keyof T & string)[]];
const toggle = z.enum(['only', 'exclude']).optional();

/** Query-string parameters of plan lists (pages and /api/plans). Unknown parameters are ignored. */
export const planListQuery = z.object({
  usage: z.coerce.number().int('must be a whole number of kWh').min(0).max(MAX_USAGE_KWH).default(DEFAULT_USAGE_KWH),
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
  page: z.coerce.number().int().min(1).max(1000).default(1),
});

export type PlanListQuery = z.output<typeof planListQuery>;

/** Parses URL search params with a zod schema; any problem becomes one ValidationError (400). */
export function parseQuery<S extends z.ZodType>(schema: S, params: URLSearchParams): z.output<S> {
  // Blank values (an untouched select in a GET form) count as absent.
  const raw = Object.fromEntries([...params].filter(([, v]) => v !== '').map(([k, v]) => [k, v.slice(0, 200)]));
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
