import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Db } from '~/server/db/types';
import { cityFilePath, indexFilePath } from '~/server/fallback/read-fallback';
import type { SavedPlan } from '~/lib/plan';
import { FALLBACK_VERSION, type FallbackCity, type FallbackIndex } from '~/server/fallback/schema';
import { loadFallbackData, type FallbackData } from '~/server/queries/fallback/load-fallback-data';
import { toPlanDto } from '~/server/queries/plans/plan-dto';

/** Writes a file so readers see the old or the new content, never half of one. */
export async function writeFileAtomic(file: string, content: string): Promise<void> {
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, content);
  await rename(tmp, file);
}

/**
 * Writes data/cities/<slug>.json for every active city (the city, its utilities, its ZIPs
 * and its active plans: all a city page or ZIP lookup needs when the database is down) and
 * data/index.json (ZIP → city and the city list). Each file is replaced atomically; files of
 * cities that are no longer active are removed. The index is written last.
 */
export async function buildFallback(
  db: Db,
  dir: string,
  onProgress?: (done: number, total: number) => void,
): Promise<{ files: number; bytes: number; removed: number }> {
  const data = await loadFallbackData(db);
  const generatedAt = new Date().toISOString();
  const meta = {
    version: FALLBACK_VERSION,
    generatedAt,
    dataVersion: data.run?.id ?? null,
    snapshotDate: data.run?.snapshotDate ?? null,
  } as const;
  const codeByDuns = new Map(data.tdsps.map((t) => [t.duns, t.code ?? t.duns]));
  const tdspByDuns = new Map(data.tdsps.map((t) => [t.duns, t]));
  const plansByDuns = new Map<string, SavedPlan[]>();
  for (const row of data.plans) {
    const list = plansByDuns.get(row.plan.tdspDuns) ?? [];
    const { isActive: _active, snapshotDate: _date, ...plan } = toPlanDto(row);
    list.push(plan);
    plansByDuns.set(row.plan.tdspDuns, list);
  }
  const zipsByCity = new Map<number, FallbackData['zips']>();
  for (const z of data.zips) zipsByCity.set(z.cityId, [...(zipsByCity.get(z.cityId) ?? []), z]);

  // A TDSP's plan list is identical in every city it serves: serialise it once and splice
  // it into each city's JSON instead of serialising ~150 plans again for each of ~850 cities.
  const plansJson = new Map(
    [...plansByDuns].map(([duns, plans]) => [duns, plans.map((p) => JSON.stringify(p)).join(',')]),
  );

  await mkdir(path.join(dir, 'cities'), { recursive: true });
  const index: FallbackIndex = {
    ...meta,
    cities: [],
    zips: {},
    plans: {},
    counts: {
      tdsps: data.tdsps.filter((t) => t.isActive).length,
      providers: new Set(data.plans.map((p) => p.providerName)).size,
      activePlans: data.plans.length,
    },
  };
  let bytes = 0;
  let done = 0;
  const writeCity = async (c: FallbackData['cities'][number]) => {
    const dunsList = [c.tdspDuns, ...c.otherTdspDuns].filter((d): d is string => Boolean(d));
    const zips = zipsByCity.get(c.id) ?? [];
    const file: Omit<FallbackCity, 'plans'> = {
      ...meta,
      city: {
        slug: c.slug,
        name: c.name,
        county: c.county,
        population: c.population,
        latitude: c.latitude === null ? null : Number(c.latitude),
        longitude: c.longitude === null ? null : Number(c.longitude),
        isDeregulated: c.isDeregulated ?? false,
        utilityName: c.utilityName,
      },
      tdsps: dunsList.map((duns, k) => ({
        code: codeByDuns.get(duns)!,
        name: tdspByDuns.get(duns)!.name,
        duns,
        isPrimary: k === 0,
      })),
      zips: zips.map((z) => ({
        zip: z.zipCode,
        tdspCodes: [z.tdspDuns, ...z.otherTdspDuns]
          .filter((d): d is string => Boolean(d))
          .map((d) => codeByDuns.get(d)!),
        isDeregulated: z.isDeregulated ?? false,
        utilityType: z.utilityType,
        utilityName: z.utilityName,
      })),
    };
    const plans = dunsList
      .map((duns) => plansJson.get(duns))
      .filter(Boolean)
      .join(',');
    const json = `${JSON.stringify(file).slice(0, -1)},"plans":[${plans}]}`;
    bytes += json.length;
    await writeFileAtomic(cityFilePath(dir, c.slug), json);
    index.cities.push({
      slug: c.slug,
      name: c.name,
      county: c.county,
      population: c.population,
      isDeregulated: file.city.isDeregulated,
      utilityName: c.utilityName,
      tdspCodes: file.tdsps.map((t) => t.code),
      planCount: dunsList.reduce((n, duns) => n + (plansByDuns.get(duns)?.length ?? 0), 0),
    });
    for (const z of zips) index.zips[z.zipCode] = c.slug;
    onProgress?.(++done, data.cities.length);
  };
  // A few writes in flight keep the disk busy without opening a thousand files at once.
  const queue = [...data.cities];
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      for (let c = queue.shift(); c; c = queue.shift()) await writeCity(c);
    }),
  );
  index.cities.sort((a, b) => a.slug.localeCompare(b.slug));
  // Each plan points at the most populous city of its utility, whose file certainly lists it.
  const largestByTdsp = new Map<string, { slug: string; population: number }>();
  for (const c of index.cities) {
    for (const code of c.tdspCodes) {
      const best = largestByTdsp.get(code);
      if (!best || (c.population ?? 0) > best.population)
        largestByTdsp.set(code, { slug: c.slug, population: c.population ?? 0 });
    }
  }
  for (const plans of plansByDuns.values()) {
    for (const p of plans) {
      const city = largestByTdsp.get(p.tdspCode);
      if (city) index.plans[p.id] = city.slug;
    }
  }

  const keep = new Set(data.cities.map((c) => `${c.slug}.json`));
  const stale = (await readdir(path.join(dir, 'cities'))).filter((f) => !keep.has(f));
  await Promise.all(stale.map((f) => rm(path.join(dir, 'cities', f), { force: true })));
  const indexJson = JSON.stringify(index);
  await writeFileAtomic(indexFilePath(dir), indexJson);
  return { files: data.cities.length + 1, bytes: bytes + indexJson.length, removed: stale.length };
}
