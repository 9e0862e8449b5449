import { z } from 'zod';
import type { RejectedRow } from '~/server/sync/ptc/errors';
import { TDSPS } from '~/server/sync/tdsp/registry';
import { readCsvRows } from './read-csv';

const zip = z
  .string()
  .trim()
  .regex(/^\d{5}$/, 'is not a 5-digit ZIP');
const mapCodes = TDSPS.flatMap((t) => (t.mapCode ? [t.mapCode] : [])) as [string, ...string[]];

/** ZIP → competitive TDSP codes (ONCOR…) from the 2021 ZIP→TDSP map; split ZIPs have several. */
export function readZipTdspMap(file: string): { byZip: Map<string, Set<string>>; rejected: RejectedRow[] } {
  const schema = z.object({ postcode: zip, service_provider: z.enum(mapCodes, { error: 'is not a known TDSP code' }) });
  const { rows, rejected } = readCsvRows(file, schema, ['postcode', 'service_provider']);
  const byMapCode = new Map(TDSPS.map((t) => [t.mapCode, t.code]));
  const byZip = new Map<string, Set<string>>();
  for (const r of rows) {
    const set = byZip.get(r.postcode) ?? new Set<string>();
    set.add(byMapCode.get(r.service_provider)!);
    byZip.set(r.postcode, set);
  }
  return { byZip, rejected };
}

/** A municipal utility or co-op serving a ZIP, from EIA's 2020 non-IOU list. */
export interface LocalUtility {
  eiaId: number;
  name: string;
  ownership: 'Municipal' | 'Cooperative';
}

/**
 * ZIP → municipal utilities and co-ops. Retail power marketers in the same file (TXU,
 * Reliant…) sell electricity but own no wires, so they say nothing about territory.
 */
export function readZipUtilities(file: string): { byZip: Map<string, LocalUtility[]>; rejected: RejectedRow[] } {
  const schema = z.object({
    zip,
    eiaid: z.coerce.number().int().positive(),
    utility_name: z.string().trim().min(1),
    ownership: z.enum([
      'Municipal',
      'Cooperative',
      'Retail Power Marketer',
      'Investor Owned',
      'Political Subdivision',
      'State',
      'Federal',
    ]),
  });
  const { rows, rejected } = readCsvRows(file, schema, ['zip', 'eiaid', 'utility_name', 'ownership']);
  const byZip = new Map<string, LocalUtility[]>();
  for (const r of rows) {
    if (r.ownership !== 'Municipal' && r.ownership !== 'Cooperative') continue;
    const list = byZip.get(r.zip) ?? [];
    if (!list.some((u) => u.eiaId === r.eiaid))
      list.push({ eiaId: r.eiaid, name: r.utility_name, ownership: r.ownership });
    byZip.set(r.zip, list);
  }
  return { byZip, rejected };
}
