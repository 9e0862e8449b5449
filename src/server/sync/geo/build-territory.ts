import { choiceStatusOf, type ServingUtility } from '~/lib/choice-status';
import type { RejectedRow } from '~/server/sync/ptc/errors';
import { buildCities, type CityDraft } from './build-cities';
import type { GeoPlace, GeoZip } from './geonames';
import { inferInsideCities, type InsideCity } from './inside-city';
import { cityLeader, legacyUtilityType, zipLeader } from './leaders';
import { findOwnUtilities } from './own-utility';
import type { CityRecord, ZipRecord } from './territory-records';
import {
  sortUtilities,
  tdspUtility,
  unionOverZips,
  utilitiesOfZip,
  utilityKey,
  type ZipSources,
} from './zip-utilities';

/**
 * Decides, for every Texas ZIP in GeoNames and every city built from them, who delivers
 * power: all utilities the competitive map and EIA's municipal/co-op list give (see
 * zip-utilities.ts), the status they make, the leading utility, and for places no source
 * lists, the city with choice they lie inside (inside-city.ts). ZIPs in the map but not in
 * GeoNames have no city and are rejected. The rules are documented in docs/territory.md.
 */
export function buildTerritory(input: { zips: GeoZip[]; places: GeoPlace[] } & ZipSources): {
  cities: CityRecord[];
  zips: ZipRecord[];
  rejected: RejectedRow[];
} {
  const cities = buildCities(input.zips, input.places);
  const known = new Set(input.zips.map((z) => z.zip));
  const rejected: RejectedRow[] = [...input.zipTdsps.keys()]
    .filter((zip) => !known.has(zip))
    .sort()
    .map((zip) => ({
      line: 0,
      externalId: zip,
      reason: `ZIP ${zip} is in the TDSP map but not in GeoNames, so it has no city`,
    }));

  const perCity = cities.map((city) => ({
    city,
    zips: city.zips.map((geo) => ({ geo, citySlug: city.slug, utilities: utilitiesOfZip(geo.zip, input) })),
  }));
  const allZips = perCity.flatMap((c) => c.zips);
  const inside = inferInsideCities(
    allZips.filter((z) => z.utilities.length === 0).map((z) => z.geo),
    allZips.filter((z) => z.utilities.length > 0),
  );

  const drafts = perCity.map(({ city, zips }) => {
    const facts = unionOverZips(zips.map((z) => z.utilities));
    const insideOf = facts.length === 0 ? insideCityOf(city, inside) : null;
    const utilities = insideOf ? unionOverZips(zips.map((z) => inferredUtilities(inside.get(z.geo.zip)!))) : facts;
    const tdspCodes = facts.filter((u) => u.kind === 'tdsp').map((u) => u.code!);
    return { city, zips, utilities, tdspCodes, insideOf, status: choiceStatusOf(utilities) };
  });
  const own = findOwnUtilities(
    drafts.map((d) => ({
      slug: d.city.slug,
      name: d.city.name,
      population: d.city.population,
      utilities: d.utilities,
    })),
  );

  const zipRecords: ZipRecord[] = [];
  const cityRecords: CityRecord[] = [];
  for (const d of drafts) {
    const ownUtility = own.get(d.city.slug);
    const { zips, ...rest } = d.city;
    const leader = cityLeader(
      { status: d.status, utilities: d.utilities, zipCount: zips.length, population: d.city.population },
      ownUtility,
    );
    const rank = (code: string) => d.tdspCodes.indexOf(code);
    for (const z of d.zips) {
      const found = z.utilities.length === 0 ? inside.get(z.geo.zip) : undefined;
      // A split ZIP's primary TDSP is the one serving most of its city.
      const utilities = sortUtilities(found ? inferredUtilities(found) : z.utilities, rank);
      const status = choiceStatusOf(utilities);
      const tdspCodes = z.utilities
        .filter((u) => u.kind === 'tdsp')
        .map((u) => u.code!)
        .sort((a, b) => rank(a) - rank(b));
      const zipLed = zipLeader(utilities, leader);
      zipRecords.push({
        zip: z.geo.zip,
        citySlug: d.city.slug,
        cityName: d.city.name,
        county: z.geo.county,
        tdspCodes,
        utilityType: legacyUtilityType(tdspCodes, zipLed, utilities),
        utilityName: zipLed?.name ?? null,
        status,
        utilities,
        ledBy: zipLed?.name ?? null,
        insideCitySlug: found?.citySlug ?? null,
      });
    }
    cityRecords.push({
      ...rest,
      zipCodes: zips.map((z) => z.zip).sort(),
      tdspCodes: d.tdspCodes,
      isDeregulated: d.tdspCodes.length > 0,
      utilityName: leader?.name ?? null,
      status: d.status,
      utilities: d.utilities.map((u) =>
        ownUtility && utilityKey(u) === utilityKey(ownUtility) ? { ...u, own: true as const } : u,
      ),
      ledBy: leader?.name ?? null,
      insideCitySlug: d.insideOf,
    });
  }
  return { cities: cityRecords, zips: zipRecords.sort((a, b) => a.zip.localeCompare(b.zip)), rejected };
}

/** The one other city all of a city's ZIPs lie inside, or null. */
function insideCityOf(city: CityDraft, inside: Map<string, InsideCity>): string | null {
  const slugs = new Set(city.zips.map((z) => inside.get(z.zip)?.citySlug));
  const [only] = slugs;
  return slugs.size === 1 && only && only !== city.slug ? only : null;
}

const inferredUtilities = (found: InsideCity): ServingUtility[] =>
  found.tdspCodes.map((code) => ({ ...tdspUtility(code), inferred: true as const }));
