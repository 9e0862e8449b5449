import { and, eq, inArray, notInArray } from 'drizzle-orm';
import { cities, tdspTerritories, zipCodeMappings } from '~/server/db/schema';
import type { Db } from '~/server/db/types';
import type { CityRecord, ZipRecord } from '~/server/sync/geo/territory-records';
import { TDSPS } from '~/server/sync/tdsp/registry';
import { excludedUpdate, tally, upsertInBatches, wasInserted, type WriteCounts } from './upsert';

const dunsOf = new Map(TDSPS.map((t) => [t.code, t.duns]));

// The choice columns, shared by both tables (schema/choice-columns.ts).
const CHOICE_KEYS = ['choiceStatus', 'utilities', 'ledByUtility', 'insideCitySlug'] as const;
const choiceValues = (r: CityRecord | ZipRecord) => ({
  choiceStatus: r.status,
  utilities: r.utilities,
  ledByUtility: r.ledBy,
  insideCitySlug: r.insideCitySlug,
});

/** Upserts the six TDSPs from the registry. */
export async function writeTdsps(db: Db): Promise<WriteCounts> {
  const rows = TDSPS.map((t) => ({
    duns: t.duns,
    code: t.code,
    name: t.name,
    abbreviation: t.abbreviation,
    serviceRegion: t.serviceRegion,
    websiteUrl: t.websiteUrl,
    isActive: true,
  }));
  const returned = await db
    .insert(tdspTerritories)
    .values(rows)
    .onConflictDoUpdate({
      target: tdspTerritories.duns,
      ...excludedUpdate(tdspTerritories, ['code', 'name', 'abbreviation', 'serviceRegion', 'websiteUrl', 'isActive']),
    })
    .returning({ inserted: wasInserted });
  return tally(rows.length, returned);
}

/** Upserts cities by slug; cities no longer built from the sources are deactivated, never deleted. */
export async function writeCities(
  db: Db,
  records: CityRecord[],
): Promise<WriteCounts & { idBySlug: Map<string, number> }> {
  const rows = records.map((c) => ({
    name: c.name,
    slug: c.slug,
    state: 'TX',
    county: c.county,
    latitude: c.lat.toFixed(6),
    longitude: c.lon.toFixed(6),
    population: c.population,
    geonamesId: c.geonamesId,
    tdspDuns: c.tdspCodes[0] ? dunsOf.get(c.tdspCodes[0])! : null,
    otherTdspDuns: c.tdspCodes.slice(1).map((code) => dunsOf.get(code)!),
    isDeregulated: c.isDeregulated,
    utilityName: c.utilityName,
    ...choiceValues(c),
    zipCodes: c.zipCodes,
    isActive: true,
  }));
  const update = excludedUpdate(cities, [
    'name',
    'county',
    'latitude',
    'longitude',
    'population',
    'geonamesId',
    'tdspDuns',
    'otherTdspDuns',
    'isDeregulated',
    'utilityName',
    ...CHOICE_KEYS,
    'zipCodes',
    'isActive',
  ]);
  const counts = await upsertInBatches(db, cities, rows, { target: cities.slug, update, batchSize: 300 });
  const slugs = rows.map((r) => r.slug);
  const gone = await db
    .update(cities)
    .set({ isActive: false })
    .where(and(eq(cities.isActive, true), notInArray(cities.slug, slugs)))
    .returning({ id: cities.id });
  const ids = await db.select({ id: cities.id, slug: cities.slug }).from(cities).where(inArray(cities.slug, slugs));
  return {
    ...counts,
    deactivated: gone.length,
    idBySlug: new Map(ids.map((r) => [r.slug, r.id])),
  };
}

/** Upserts ZIP → city and utility rows; ZIPs that left the sources are removed. */
export async function writeZips(db: Db, records: ZipRecord[], idBySlug: Map<string, number>): Promise<WriteCounts> {
  const rows = records.map((z) => ({
    zipCode: z.zip,
    cityId: idBySlug.get(z.citySlug)!,
    tdspDuns: z.tdspCodes[0] ? dunsOf.get(z.tdspCodes[0])! : null,
    otherTdspDuns: z.tdspCodes.slice(1).map((code) => dunsOf.get(code)!),
    isDeregulated: z.tdspCodes.length > 0,
    utilityType: z.utilityType,
    utilityName: z.utilityName,
    ...choiceValues(z),
    primaryCityName: z.cityName,
    county: z.county,
    state: 'TX',
  }));
  const update = excludedUpdate(zipCodeMappings, [
    'cityId',
    'tdspDuns',
    'otherTdspDuns',
    'isDeregulated',
    'utilityType',
    'utilityName',
    ...CHOICE_KEYS,
    'primaryCityName',
    'county',
  ]);
  const counts = await upsertInBatches(db, zipCodeMappings, rows, {
    target: zipCodeMappings.zipCode,
    update,
    batchSize: 400,
  });
  const removed = await db
    .delete(zipCodeMappings)
    .where(
      notInArray(
        zipCodeMappings.zipCode,
        rows.map((r) => r.zipCode),
      ),
    )
    .returning({ zip: zipCodeMappings.zipCode });
  return { ...counts, removed: removed.length };
}
