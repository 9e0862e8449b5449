import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { z } from 'zod';
import type { RejectedRow } from '~/server/sync/ptc/errors';

/**
 * Reads a headed CSV file and validates each row with `schema`; bad rows are rejected with
 * their line number instead of stopping the import. A missing column fails the whole file.
 */
export function readCsvRows<S extends z.ZodType>(
  file: string,
  schema: S,
  requiredColumns: string[],
): { rows: z.output<S>[]; rejected: RejectedRow[] } {
  const records = parse(readFileSync(file, 'utf8'), {
    bom: true,
    columns: true,
    skip_empty_lines: true,
    info: true,
    relax_column_count: true,
  }) as { record: Record<string, string>; info: { lines: number } }[];
  const header = Object.keys(records[0]?.record ?? {});
  const missing = requiredColumns.filter((c) => !header.includes(c));
  if (missing.length) throw new Error(`${file} lacks the column(s) ${missing.join(', ')}; nothing was imported.`);
  const rows: z.output<S>[] = [];
  const rejected: RejectedRow[] = [];
  for (const { record, info } of records) {
    const parsed = schema.safeParse(record);
    if (parsed.success) rows.push(parsed.data);
    else
      rejected.push({
        line: info.lines,
        reason: parsed.error.issues.map((i) => `[${i.path.join('.')}] ${i.message}`).join('; '),
      });
  }
  return { rows, rejected };
}
