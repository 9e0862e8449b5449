import { writeFile } from 'node:fs/promises';
import type { SavedPlan } from '~/lib/plan';
import type { Db } from '~/server/db/types';
import { cityPath, indexPath, utilityPlansPath } from '~/server/fallback/saved-files';
import { FALLBACK_VERSION, type SavedCityFile, type SavedIndexFile } from '~/server/fallback/schema';
import { loadFallbackData, type FallbackData } from '~/server/queries/fallback/load-fallback-data';
import { toPlanDto } from '~/server/queries/plans/plan-dto';
import { checkSet } from './check-set';
import { newSetName, prepareSet, publishSet } from './write-set';

/** What one generation wrote. */
export interface SavedFilesResult {
  files: number;
  bytes: number;
  /** Older sets removed. */
  removed: number;
  set: string;
}

/**
 * Writes the saved files the site answers from when the database is out: every active city's
 * file, each utility's plans once, and the index; checks the whole set through the readers'
 * schemas; and only then makes it current (see write-set.ts). A failure leaves the current set
 * as it was.
 */
export async function buildFallback(
  db: Db,
  dir: string,
  onProgress?: (done: number, total: number) => void,
  options: { keepPrevious?: boolean } = {},
): Promise<SavedFilesResult> {
  const data = await loadFallbackData(db);
  const generatedAt = new Date().toISOString();
  const meta = {
    version: FALLBACK_VERSION,
    generatedAt,
    dataVersion: data.run?.id ?? null,
    snapshotDate: data.run?.snapshotDate ?? null,
  } as const;
  const set = newSetName(generatedAt);
  const staging = await prepareSet(dir, set);
  const tdspByDuns = new Map(data.tdsps.map((t) => [t.duns, { code: t.code ?? t.duns, name: t.name, duns: t.duns }]));
  const plansByCode = groupPlans(data, tdspByDuns);
  let bytes = 0;
  const write = async (file: string, value: unknown) => {
    const json = JSON.stringify(value);
    bytes += json.length;
    await writeFile(file, json);
  };

  for (const [code, plans] of plansByCode) {
    const utility = [...tdspByDuns.values()].find((t) => t.code === code)!;
    await write(utilityPlansPath(staging, code), { ...meta, utility, plans });
  }
  const nameBySlug = new Map(data.cities.map((c) => [c.slug, c.name]));
  const zipsByCity = new Map<number, FallbackData['zips']>();
  for (const z of data.zips) zipsByCity.set(z.cityId, [...(zipsByCity.get(z.cityId) ?? []), z]);
  const index: SavedIndexFile = {
    ...meta,
    tdsps: [...tdspByDuns.values()].sort((a, b) => a.code.localeCompare(b.code)),
    cities: [],
    zips: {},
    plans: {},
    counts: {
      tdsps: data.tdsps.filter((t) => t.isActive).length,
      providers: new Set(data.plans.map((p) => p.providerName)).size,
      activePlans: data.plans.length,
    },
  };
  let done = 0;
  for (const c of data.cities) {
    const file = cityFile(c, zipsByCity.get(c.id) ?? [], tdspByDuns, plansByCode, nameBySlug, meta);
    await write(cityPath(staging, c.slug), file);
    index.cities.push({
      slug: c.slug,
      name: c.name,
      county: c.county,
      population: c.population,
      isDeregulated: file.city.isDeregulated,
      utilityName: c.utilityName,
      status: file.city.status,
      insideCitySlug: file.city.insideCity?.slug ?? null,
      tdspCodes: file.tdsps.map((t) => t.code),
      planCount: file.plans.reduce((n, p) => n + p.count, 0),
    });
    for (const z of file.zips) index.zips[z.zip] = c.slug;
    onProgress?.(++done, data.cities.length);
  }
  for (const [code, plans] of plansByCode) for (const p of plans) index.plans[p.id] = code;
  await write(indexPath(staging), index);
  await checkSet(staging, index);
  const removed = await publishSet(dir, staging, set, options.keepPrevious ?? true);
  return { files: data.cities.length + plansByCode.size + 1, bytes, removed, set };
}

type Tdsp = { code: string; name: string; duns: string };

/** Each utility's active plans (cheapest 1,000 kWh price first, as loaded), by utility code. */
function groupPlans(data: FallbackData, tdspByDuns: Map<string, Tdsp>): Map<string, SavedPlan[]> {
  const byCode = new Map<string, SavedPlan[]>();
  for (const row of data.plans) {
    const code = tdspByDuns.get(row.plan.tdspDuns)?.code;
    if (!code) continue;
    const { isActive: _active, snapshotDate: _date, ...plan } = toPlanDto(row);
    byCode.set(code, [...(byCode.get(code) ?? []), plan]);
  }
  return byCode;
}

function cityFile(
  c: FallbackData['cities'][number],
  zips: FallbackData['zips'],
  tdspByDuns: Map<string, Tdsp>,
  plansByCode: Map<string, SavedPlan[]>,
  nameBySlug: Map<string, string>,
  meta: Pick<SavedCityFile, 'version' | 'generatedAt' | 'dataVersion' | 'snapshotDate'>,
): SavedCityFile {
  const dunsList = [c.tdspDuns, ...c.otherTdspDuns].filter((d): d is string => Boolean(d));
  const tdsps = dunsList.map((duns, k) => ({ ...tdspByDuns.get(duns)!, isPrimary: k === 0 }));
  const isDeregulated = c.isDeregulated ?? false;
  const inside = c.insideCitySlug ? nameBySlug.get(c.insideCitySlug) : undefined;
  return {
    ...meta,
    city: {
      slug: c.slug,
      name: c.name,
      county: c.county,
      population: c.population,
      latitude: c.latitude === null ? null : Number(c.latitude),
      longitude: c.longitude === null ? null : Number(c.longitude),
      isDeregulated,
      utilityName: c.utilityName,
      status: c.choiceStatus ?? (isDeregulated ? 'choice' : 'no-choice'),
      utilities: c.utilities,
      insideCity: inside ? { slug: c.insideCitySlug!, name: inside } : null,
    },
    tdsps,
    zips: zips.map((z) => {
      const codes = [z.tdspDuns, ...z.otherTdspDuns].filter((d): d is string => Boolean(d));
      return {
        zip: z.zipCode,
        tdspCodes: codes.map((d) => tdspByDuns.get(d)!.code),
        isDeregulated: z.isDeregulated ?? false,
        utilityType: z.utilityType,
        utilityName: z.utilityName,
        status: z.choiceStatus ?? (codes.length > 0 ? 'choice' : 'no-choice'),
        utilities: z.utilities,
        insideCitySlug: z.insideCitySlug,
      };
    }),
    plans: tdsps.map((t) => ({ utility: t.code, count: plansByCode.get(t.code)?.length ?? 0 })),
  };
}
