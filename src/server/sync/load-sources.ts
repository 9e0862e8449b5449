import path from 'node:path';
import type { AppConfig } from '~/server/core/config';
import { buildTerritory } from './geo/build-territory';
import type { CityRecord, ZipRecord } from './geo/territory-records';
import { loadTexasPlaces, loadTexasZips } from './geo/geonames';
import { readZipTdspMap, readZipUtilities } from './geo/zip-maps';
import type { RejectedRow } from './ptc/errors';

/** Cities and ZIPs with their utilities, built from the configured map files and GeoNames. */
export interface TerritorySource {
  cities: CityRecord[];
  zips: ZipRecord[];
  rejected: (RejectedRow & { source: string })[];
}

const need = (value: string | undefined, variable: string, what: string): string => {
  if (!value) throw new Error(`${what} not found: set ${variable} (default ../shared/data/… beside the checkout).`);
  return value;
};

/** Reads the ZIP→TDSP map, EIA's municipal/co-op list and the GeoNames packages. */
export function loadTerritory(sources: AppConfig['sources']): TerritorySource {
  const tdspFile = need(sources.zipTdspFile, 'ZIP_TDSP_FILE', 'The ZIP→TDSP map');
  const utilityFile = need(sources.zipUtilityFile, 'ZIP_UTILITY_FILE', "EIA's ZIP→utility list");
  const tdsps = readZipTdspMap(tdspFile);
  const utilities = readZipUtilities(utilityFile);
  const built = buildTerritory({
    zips: loadTexasZips(),
    places: loadTexasPlaces(),
    zipTdsps: tdsps.byZip,
    zipUtilities: utilities.byZip,
  });
  const tag = (file: string, rows: RejectedRow[]) => rows.map((r) => ({ ...r, source: path.basename(file) }));
  return {
    cities: built.cities,
    zips: built.zips,
    rejected: [
      ...tag(tdspFile, tdsps.rejected),
      ...tag(utilityFile, utilities.rejected),
      ...tag(tdspFile, built.rejected),
    ],
  };
}
