// The recorded Power to Choose exports, read in place from the shared data folder (never copied
// into the repo), as the cost engine's PlanPricing: every row, including both languages, or the
// offers as the site lists them.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { RankablePlan } from '~/lib/cost';
import { prepareOffers } from '~/server/sync/prepare-offers';
import { parsePtcExport } from '~/server/sync/ptc/parse-export';
import { readPlanFile } from '~/server/sync/ptc/source';
import { rawToPlanPricing } from '~/server/sync/ptc/to-plan-pricing';
import { SHARED_DATA } from './seed-rows';

/** The raw 29-column export of 2026-01-10 (prices with 4 decimals). */
export const EXPORT_2026_01_10 = 'ptc-export-offers_2026-01-10.csv';
/** The 2026-01-29 snapshot written back into the raw layout (prices rounded to 0.1¢). */
export const EXPORT_2026_01_29 = 'ptc-export-offers_2026-01-29.reconstructed.csv';

/** A row as the engine sees it, with the fields tests pick plans by. */
export type ExportPlan = RankablePlan & { tdu: string; rep: string; language: string };

/** The export's plans with usable prices, and how many rows were skipped for missing/non-numeric prices. */
export function readExportPlans(fileName: string): { plans: ExportPlan[]; skipped: number } {
  const { rows } = parsePtcExport(readFileSync(path.join(SHARED_DATA, 'powertochoose', fileName), 'utf8'), fileName);
  const plans: ExportPlan[] = [];
  let skipped = 0;
  for (const { raw } of rows) {
    const plan = rawToPlanPricing(raw);
    if (plan)
      plans.push({ ...plan, tdu: raw.TduCompanyName ?? '', rep: raw.RepCompany ?? '', language: raw.Language ?? '' });
    else skipped++;
  }
  return { plans, skipped };
}

/**
 * One utility's offers as the site lists them: the real importer validates and collapses each
 * English/Spanish pair into one listing (led by the English row), then each is priced as above.
 */
export function readListedPlans(fileName: string, tdspCode: string): ExportPlan[] {
  const source = readPlanFile(path.join(SHARED_DATA, 'powertochoose', fileName));
  const raws = new Map(parsePtcExport(source.text, fileName).rows.map(({ raw }) => [raw.idKey, raw]));
  return prepareOffers(source)
    .listings.filter(({ offer }) => offer.tdsp.code === tdspCode)
    .map(({ offer }) => {
      const raw = raws.get(offer.externalId)!;
      return { ...rawToPlanPricing(raw)!, tdu: raw.TduCompanyName ?? '', rep: offer.rep, language: raw.Language ?? '' };
    });
}
