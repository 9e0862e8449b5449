import { mostCommon } from '~/lib/most-common';
import type { RejectedRow } from '~/server/sync/ptc/errors';
import { TDSPS } from '~/server/sync/tdsp/registry';
import { buildCities, type CityDraft } from './build-cities';
import type { GeoPlace, GeoZip } from './geonames';
import type { LocalUtility } from './zip-maps';

export type UtilityType = 'tdsp' | 'municipal' | 'cooperative' | 'unknown';

/** A ZIP ready to write: its city, TDSPs (primary first) or the utility that serves it instead. */
export interface ZipRecord {
  zip: string;
  citySlug: string;
  cityName: string;
  county: string;
  tdspCodes: string[];
  utilityType: UtilityType;
  utilityName: string | null;
}

/** A city ready to write: TDSPs by how many of its ZIPs they serve, primary first. */
export interface CityRecord extends Omit<CityDraft, 'zips'> {
  zipCodes: string[];
  tdspCodes: string[];
  isDeregulated: boolean;
  utilityName: string | null;
}

const LUBBOCK = TDSPS.find((t) => t.eiaId !== null)!;
const TDSP_ORDER = new Map(TDSPS.map((t, i) => [t.code, i]));

/**
 * Decides, for every Texas ZIP in GeoNames, who delivers its power: the competitive TDSPs
 * from the ZIP map (plus Lubbock Power & Light for City of Lubbock ZIPs, which the 2021 map
 * predates), else the municipal utility or co-op EIA lists, else "unknown" (typically a
 * utility outside ERCOT). ZIPs in the map but not in GeoNames have no city and are rejected.
 */
export function buildTerritory(input: {
  zips: GeoZip[];
  places: GeoPlace[];
  zipTdsps: Map<string, Set<string>>;
  zipUtilities: Map<string, LocalUtility[]>;
}): { cities: CityRecord[]; zips: ZipRecord[]; rejected: RejectedRow[] } {
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

  const zipRecords: ZipRecord[] = [];
  const cityRecords: CityRecord[] = [];
  for (const city of cities) {
    const perZip = city.zips.map((z) => ({ geo: z, ...utilitiesOf(z.zip, input) }));
    const counts = new Map<string, number>();
    for (const z of perZip) for (const code of z.tdspCodes) counts.set(code, (counts.get(code) ?? 0) + 1);
    const cityTdsps = [...counts]
      .sort((a, b) => b[1] - a[1] || TDSP_ORDER.get(a[0])! - TDSP_ORDER.get(b[0])!)
      .map(([c]) => c);
    const rank = (code: string) => cityTdsps.indexOf(code);
    for (const z of perZip) {
      zipRecords.push({
        zip: z.geo.zip,
        citySlug: city.slug,
        cityName: city.name,
        county: z.geo.county,
        // A split ZIP's primary TDSP is the one serving most of its city.
        tdspCodes: [...z.tdspCodes].sort((a, b) => rank(a) - rank(b)),
        utilityType: z.utilityType,
        utilityName: z.utilityName,
      });
    }
    const { zips, ...rest } = city;
    // Named even for partly deregulated cities: "most of Austin is served by Austin Energy".
    const localNames = perZip.filter((z) => z.utilityName).map((z) => z.utilityName!);
    cityRecords.push({
      ...rest,
      zipCodes: zips.map((z) => z.zip).sort(),
      tdspCodes: cityTdsps,
      isDeregulated: cityTdsps.length > 0,
      utilityName: mostCommon(localNames) ?? null,
    });
  }
  return { cities: cityRecords, zips: zipRecords.sort((a, b) => a.zip.localeCompare(b.zip)), rejected };
}

function utilitiesOf(
  zip: string,
  input: { zipTdsps: Map<string, Set<string>>; zipUtilities: Map<string, LocalUtility[]> },
): { tdspCodes: string[]; utilityType: UtilityType; utilityName: string | null } {
  const local = input.zipUtilities.get(zip) ?? [];
  const codes = new Set(input.zipTdsps.get(zip) ?? []);
  if (local.some((u) => u.eiaId === LUBBOCK.eiaId)) codes.add(LUBBOCK.code);
  if (codes.size > 0) return { tdspCodes: [...codes], utilityType: 'tdsp', utilityName: null };
  const others = local
    .filter((u) => u.eiaId !== LUBBOCK.eiaId)
    .sort((a, b) =>
      a.ownership === b.ownership ? a.name.localeCompare(b.name) : a.ownership === 'Municipal' ? -1 : 1,
    );
  const first = others[0];
  if (!first) return { tdspCodes: [], utilityType: 'unknown', utilityName: null };
  return {
    tdspCodes: [],
    utilityType: first.ownership === 'Municipal' ? 'municipal' : 'cooperative',
    utilityName: displayUtilityName(first.name),
  };
}

// EIA names municipal utilities after their city ("City of San Antonio - (TX)"); shoppers
// know some by their trading names.
const TRADING_NAMES: Record<string, string> = { 'City of San Antonio': 'CPS Energy (City of San Antonio)' };

/** EIA's utility name as shoppers know it: no "- (TX)" suffix, trading names where known. */
export function displayUtilityName(eiaName: string): string {
  const name = eiaName.replace(/\s*-\s*\(TX\)\s*$/, '').trim();
  return TRADING_NAMES[name] ?? name;
}
