import { centroid, distanceKm } from '~/lib/geo';
import { mostCommon } from '~/lib/most-common';
import { slugify } from '~/lib/slug';
import type { GeoPlace, GeoZip } from './geonames';

/**
 * ZIPs sharing a place name are one city when a chain of them links them (single linkage),
 * each link being the same county or within this distance: Houston is 60 km across and
 * rural ZIPs are large, but two "Midway"s in distant counties are different places.
 */
const SAME_CITY_KM = 30;
/** A GeoNames populated place this close to a city's centre gives that city its population. */
const PLACE_MATCH_KM = 25;

/** A city as the importer builds it: a GeoNames place name with its ZIPs. */
export interface CityDraft {
  name: string;
  slug: string;
  county: string;
  lat: number;
  lon: number;
  population: number | null;
  geonamesId: number | null;
  zips: GeoZip[];
}

const norm = (s: string) => slugify(s);

/** Groups one name's ZIPs into clusters linked by same-county or SAME_CITY_KM hops. */
function clusterByDistance(zips: GeoZip[]): GeoZip[][] {
  const sorted = [...zips].sort((a, b) => a.zip.localeCompare(b.zip));
  const parent = sorted.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i]!)));
  for (let i = 0; i < sorted.length; i++) {
    for (let j = i + 1; j < sorted.length; j++) {
      const [a, b] = [sorted[i]!, sorted[j]!];
      if (a.county === b.county || distanceKm(a, b) <= SAME_CITY_KM) parent[root(j)] = root(i);
    }
  }
  const clusters = new Map<number, GeoZip[]>();
  sorted.forEach((z, i) => clusters.set(root(i), [...(clusters.get(root(i)) ?? []), z]));
  return [...clusters.values()];
}

/**
 * Builds cities from GeoNames ZIPs: one city per place name and cluster of nearby ZIPs,
 * with population from the nearest same-name GeoNames place. Slugs are the name; when a
 * name stands for several places, the most populous keeps the plain slug and the others
 * add their county (`midway-madison-county`).
 */
export function buildCities(zips: GeoZip[], places: GeoPlace[]): CityDraft[] {
  const byName = new Map<string, GeoZip[]>();
  for (const z of zips) byName.set(z.place, [...(byName.get(z.place) ?? []), z]);

  const placesByName = new Map<string, GeoPlace[]>();
  for (const p of places) {
    for (const n of new Set([p.name, ...p.altNames].map(norm)))
      placesByName.set(n, [...(placesByName.get(n) ?? []), p]);
  }

  const cities: CityDraft[] = [];
  for (const [name, nameZips] of byName) {
    const drafts = clusterByDistance(nameZips).map((cluster) => {
      const centre = centroid(cluster);
      const place = (placesByName.get(norm(name)) ?? [])
        .map((p) => ({ p, d: distanceKm(centre, p) }))
        .filter((x) => x.d <= PLACE_MATCH_KM)
        .sort((a, b) => a.d - b.d || b.p.population - a.p.population)[0]?.p;
      return {
        name,
        slug: '',
        county: mostCommon(cluster.map((z) => z.county)) ?? '',
        lat: place?.lat ?? centre.lat,
        lon: place?.lon ?? centre.lon,
        population: place?.population ?? null,
        geonamesId: place?.geonamesId ?? null,
        zips: cluster,
      };
    });
    drafts.sort((a, b) => (b.population ?? -1) - (a.population ?? -1) || b.zips.length - a.zips.length);
    drafts.forEach((d, i) => (d.slug = i === 0 ? slugify(name) : `${slugify(name)}-${slugify(d.county)}-county`));
    cities.push(...drafts);
  }
  return dedupeSlugs(cities).sort((a, b) => a.slug.localeCompare(b.slug));
}

/** Different names can slugify alike ("St. Jo" / "St Jo"); later ones get a numeric suffix. */
function dedupeSlugs(cities: CityDraft[]): CityDraft[] {
  const seen = new Set<string>();
  for (const c of [...cities].sort(
    (a, b) => (b.population ?? -1) - (a.population ?? -1) || a.name.localeCompare(b.name),
  )) {
    let slug = c.slug;
    for (let n = 2; seen.has(slug); n++) slug = `${c.slug}-${n}`;
    c.slug = slug;
    seen.add(slug);
  }
  return cities;
}
