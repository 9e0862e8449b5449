import { parse } from 'csv-parse/sync';
import { bare, PTC_COLUMNS, type RawOffer } from './columns';
import { PtcHeaderError, type RejectedRow } from './errors';

export interface ParsedExport {
  rows: { line: number; raw: RawOffer }[];
  rejected: RejectedRow[];
  /** Whether the file ended with its `END OF FILE` line: a download cut short lacks it. */
  endMarker: boolean;
}

/**
 * Splits a Power to Choose export into rows keyed by column. Handles the export's quirks:
 * every field quoted, CRLF, commas inside quotes, a BOM if present, and the trailing blank
 * line plus `END OF FILE` marker. A wrong header throws PtcHeaderError (nothing imported);
 * a row with the wrong number of fields is rejected with its line number.
 */
export function parsePtcExport(text: string, source = 'the file'): ParsedExport {
  const records = parse(text, {
    bom: true,
    relax_column_count: true,
    skip_empty_lines: true,
    info: true,
    trim: false,
  }) as unknown as { record: string[]; info: { lines: number } }[];

  const header = (records[0]?.record ?? []).map((h) => h.trim());
  const missing = PTC_COLUMNS.filter((c) => !header.includes(c));
  const unexpected = header.filter((h) => !(PTC_COLUMNS as readonly string[]).includes(h));
  if (missing.length || unexpected.length) throw new PtcHeaderError(missing, unexpected, source);

  const rows: ParsedExport['rows'] = [];
  const rejected: RejectedRow[] = [];
  let endMarker = false;
  for (const { record, info } of records.slice(1)) {
    if (record.length === 1 && record[0]?.trim().toUpperCase() === 'END OF FILE') {
      endMarker = true;
      break;
    }
    if (record.length !== header.length) {
      rejected.push({
        line: info.lines,
        externalId: record[0],
        reason: `expected ${header.length} fields, found ${record.length}`,
      });
      continue;
    }
    const raw: RawOffer = {};
    // The record has as many fields as the header (checked above).
    header.forEach((column, i) => (raw[bare(column)] = record[i]!));
    rows.push({ line: info.lines, raw });
  }
  return { rows, rejected, endMarker };
}
