// What a shopper may type for the year estimate, checked once for the page, the form and the API.
// `?months=` lists twelve usages January→December (as they appear on a year of bills), whatever
// month it is now; the estimate then reads the twelve months from the sign-up month on.
import { z } from 'zod';
import { CostInputError, MAX_USAGE_KWH } from '~/lib/cost/errors';
import { formatKwh } from '~/lib/cost/format';
import { MONTH_SHORT_NAMES } from './months';

/** The lowest average monthly usage accepted: below it the bills are mostly fixed charges. */
export const MIN_AVERAGE_USAGE_KWH = 100;

/** The highest average monthly usage accepted, the engine's limit for a single month. */
export const MAX_AVERAGE_USAGE_KWH = MAX_USAGE_KWH;

// Twelve five-digit numbers, commas and some spaces: anything longer is not a list of usages.
const MAX_MONTHS_LENGTH = 200;

const WHOLE = /^\d+$/;

/** `?months=820,760,…`: twelve whole kWh from 0 to 5,000, January first. */
export const monthlyUsagesSchema = z
  .string()
  .max(MAX_MONTHS_LENGTH, `months is too long: list 12 monthly usages in kWh, January to December`)
  .transform((text, ctx) => {
    const parts = text.split(',').map((p) => p.trim());
    if (parts.length !== 12) {
      ctx.addIssue({
        code: 'custom',
        message: `months must list 12 monthly usages in kWh, January to December, separated by commas; got ${parts.length}`,
      });
      return z.NEVER;
    }
    const problems = parts.map((part, m) => monthProblem(part, MONTH_SHORT_NAMES[m]!)).filter((p) => p !== null);
    for (const message of problems) ctx.addIssue({ code: 'custom', message });
    return problems.length > 0 ? z.NEVER : parts.map(Number);
  });

function monthProblem(part: string, month: string): string | null {
  if (part === '') return `${month} is empty: give its usage in kWh (0 if none)`;
  if (!WHOLE.test(part)) return `${month} ("${part}") is not a whole number of kWh`;
  if (Number(part) > MAX_USAGE_KWH) return `${month} (${part} kWh) must be at most ${formatKwh(MAX_USAGE_KWH)} kWh`;
  return null;
}

/** `?usage=1000` for the year estimate: a whole number of kWh a month from 100 to 5,000. */
export const averageUsageSchema = z
  .union([z.string(), z.number()], { error: 'average usage must be a whole number of kWh' })
  .transform((value) => String(value).trim())
  .refine((text) => WHOLE.test(text), { message: 'average usage must be a whole number of kWh' })
  .transform(Number)
  .refine((kwh) => kwh >= MIN_AVERAGE_USAGE_KWH && kwh <= MAX_AVERAGE_USAGE_KWH, {
    message: `average usage must be from ${formatKwh(MIN_AVERAGE_USAGE_KWH)} to ${formatKwh(MAX_AVERAGE_USAGE_KWH)} kWh a month`,
  });

/** The shopper's twelve usages, January first, or a CostInputError (HTTP 400) listing every problem. */
export function parseMonthlyUsages(text: string): number[] {
  return parseOrThrow(monthlyUsagesSchema, text);
}

/** The shopper's average monthly usage, or a CostInputError (HTTP 400). */
export function parseAverageUsage(value: string | number): number {
  return parseOrThrow(averageUsageSchema, value);
}

/** Twelve usages, January first, as the `?months=` value that parseMonthlyUsages reads back. */
export function formatMonthlyUsages(calendarUsages: readonly number[]): string {
  return parseMonthlyUsages(calendarUsages.join(',')).join(',');
}

function parseOrThrow<T>(schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new CostInputError(result.error.issues.map((issue) => issue.message).join('; '));
}
