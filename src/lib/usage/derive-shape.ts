// Derives the seasonal shape of Texas household use from EIA-861M monthly sales. Pure: the caller
// reads the file and passes its text, so the same code runs in the CLI and in the test that checks
// the committed JSON is still what the data says.
import { z } from 'zod';
import type { UsageShape } from './shape';

/** The header the recorded EIA extract has; any other layout is refused rather than guessed at. */
export const EIA_USAGE_HEADER = 'year,month,value,unit,measure,data_status';

/** A file that is not the EIA extract we expect: every problem found, with its line number. */
export class UsageDataError extends Error {
  constructor(
    message: string,
    readonly problems: readonly string[] = [],
  ) {
    super(problems.length > 0 ? `${message}:\n  ${problems.join('\n  ')}` : message);
    this.name = 'UsageDataError';
  }
}

const UNIT_OF = { residential_sales: 'MWh', residential_customers: 'count' } as const;
// Enough to show what is wrong with a file without flooding the terminal.
const MAX_PROBLEMS = 10;

const rowSchema = z
  .object({
    year: z
      .string()
      .regex(/^\d{4}$/, 'is not a four-digit year')
      .transform(Number),
    month: z
      .string()
      .regex(/^(?:[1-9]|1[0-2])$/, 'is not a month from 1 to 12')
      .transform(Number),
    // Literal workbook cells: a few carry binary noise (9579895.5999999996), which Number reads fine.
    value: z
      .string()
      .regex(/^\d+(?:\.\d+)?$/, 'is not a non-negative number')
      .transform(Number)
      .refine((v) => Number.isFinite(v) && v > 0, 'must be above zero'),
    unit: z.enum(['MWh', 'count']),
    measure: z.enum(['residential_sales', 'residential_customers']),
    data_status: z.enum(['Final', 'Preliminary']),
  })
  .refine((row) => UNIT_OF[row.measure] === row.unit, { message: 'unit does not match the measure', path: ['unit'] });

type Row = z.infer<typeof rowSchema>;
type Measure = Row['measure'];
// Values by measure, then year, then month (1–12).
type Table = Map<Measure, Map<number, Map<number, number>>>;

// Every row, validated; throws with up to MAX_PROBLEMS bad lines.
function readRows(text: string): Table {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const header = lines[0]!; // split always gives at least one line
  if (header.trim() !== EIA_USAGE_HEADER)
    throw new UsageDataError(`expected the header "${EIA_USAGE_HEADER}", got "${header}"`);
  const byMeasure: Table = new Map();
  const problems: string[] = [];
  for (const [i, line] of lines.entries()) {
    if (i === 0 || line.trim() === '') continue;
    const problem = addRow(byMeasure, line, i + 1);
    if (problem) problems.push(problem);
    if (problems.length >= MAX_PROBLEMS) break;
  }
  if (problems.length > 0) throw new UsageDataError('the EIA usage file has bad rows', problems);
  return byMeasure;
}

// Adds one line to the table; returns what is wrong with it instead, if anything.
function addRow(byMeasure: Table, line: string, lineNo: number): string | null {
  const cells = line.split(',').map((c) => c.trim());
  if (cells.length !== 6) return `line ${lineNo}: expected 6 fields, got ${cells.length}`;
  const [year, month, value, unit, measure, data_status] = cells;
  const parsed = rowSchema.safeParse({ year, month, value, unit, measure, data_status });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    // Every issue names its one field: the row-level check reports under "unit".
    return `line ${lineNo}: ${String(issue.path[0])} ${issue.message} (${line.trim()})`;
  }
  const row = parsed.data;
  const years = byMeasure.get(row.measure) ?? new Map<number, Map<number, number>>();
  const months = years.get(row.year) ?? new Map<number, number>();
  if (months.has(row.month)) return `line ${lineNo}: a second ${row.measure} row for ${row.year}-${row.month}`;
  months.set(row.month, row.value);
  years.set(row.year, months);
  byMeasure.set(row.measure, years);
  return null;
}

// The twelve values of a year, January first, or null when any month is missing.
function fullYear(months: Map<number, number> | undefined): number[] | null {
  const values = Array.from({ length: 12 }, (_, m) => months?.get(m + 1));
  return values.every((v) => v !== undefined) ? (values as number[]) : null;
}

const mean = (values: readonly number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;

/**
 * The seasonal shape from the text of the EIA-861M Texas residential extract: each full calendar
 * year's monthly sales divided by that year's total, averaged over the years (so every year
 * weighs the same whatever its size), and the average kWh per customer per month over the last
 * three full years. Throws UsageDataError, naming every bad line, for a malformed file.
 */
export function deriveUsageShape(text: string, fileName: string): UsageShape {
  const rows = readRows(text);
  const sales = rows.get('residential_sales');
  const years = [...(sales?.keys() ?? [])].sort((a, b) => a - b).filter((y) => fullYear(sales!.get(y)) !== null);
  if (years.length === 0) throw new UsageDataError('no calendar year has all 12 months of residential_sales');
  const sharesByYear = years.map((y) => {
    const months = fullYear(sales!.get(y))!;
    const total = months.reduce((sum, v) => sum + v, 0);
    return months.map((v) => v / total);
  });
  const column = (m: number) => sharesByYear.map((shares) => shares[m]!);

  const customers = rows.get('residential_customers');
  const perCustomerYears = years.filter((y) => fullYear(customers?.get(y)) !== null).slice(-3);
  if (perCustomerYears.length === 0)
    throw new UsageDataError('no full year has all 12 months of residential_customers as well');
  const byYear = perCustomerYears.map((y) => {
    const [mwh, count] = [fullYear(sales!.get(y))!, fullYear(customers!.get(y))!];
    return mean(mwh.map((v, m) => (v * 1000) / count[m]!));
  });

  return {
    source: {
      publisher: 'U.S. Energy Information Administration',
      form: 'EIA-861M',
      table: 'Sales and revenue, Monthly-States: Texas, residential sales (MWh) and customers',
      file: fileName,
      years,
      kwhPerCustomerYears: perCustomerYears,
    },
    monthShares: Array.from({ length: 12 }, (_, m) => mean(column(m))),
    monthShareMin: Array.from({ length: 12 }, (_, m) => Math.min(...column(m))),
    monthShareMax: Array.from({ length: 12 }, (_, m) => Math.max(...column(m))),
    kwhPerCustomer: { byYear, average: mean(byYear) },
  };
}
