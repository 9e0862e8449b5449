import { choiceStatusOf, type ServingUtility } from '~/lib/choice-status';
import { distanceKm } from '~/lib/geo';
import type { GeoZip } from './geonames';

/**
 * How far around an unlisted ZIP to look for listed ones. PO-box ZIPs sit at their post
 * office, a few km from the delivery ZIPs around it (Alief's 77411 has five Houston ZIPs
 * within 5 km), while unlisted Amarillo and El Paso ZIPs (outside ERCOT) have at most one
 * listed ZIP, a co-op's, that close, and Beaumont's nearest is 31 km away.
 */
export const INSIDE_RADIUS_KM = 5;
/** Fewer neighbours than this is too thin to say what surrounds a ZIP. */
export const INSIDE_MIN_NEIGHBOURS = 3;

/** A ZIP some source lists, with the city it belongs to. */
export interface ListedZip {
  geo: GeoZip;
  citySlug: string;
  utilities: ServingUtility[];
}

/** Where an unlisted ZIP lies: the city around it and the TDSPs it presumably shares. */
export interface InsideCity {
  citySlug: string;
  tdspCodes: string[];
}

/**
 * For ZIPs that no source lists (neither the competitive map nor EIA's municipal/co-op
 * file), the city with choice they lie inside, if the map makes that clear: every listed ZIP
 * within INSIDE_RADIUS_KM (at least INSIDE_MIN_NEIGHBOURS of them) has only competitive
 * utilities, the same set of TDSPs, and belongs to the same city. Anything less (a co-op or
 * municipal ZIP nearby, two TDSPs, two cities, too few neighbours) leaves the ZIP unknown:
 * it may well be served by a utility outside ERCOT's competitive market.
 */
export function inferInsideCities(unlisted: GeoZip[], listed: ListedZip[]): Map<string, InsideCity> {
  const inside = new Map<string, InsideCity>();
  for (const zip of unlisted) {
    const near = listed.filter((l) => distanceKm(zip, l.geo) <= INSIDE_RADIUS_KM);
    if (near.length < INSIDE_MIN_NEIGHBOURS) continue;
    if (!near.every((l) => choiceStatusOf(l.utilities) === 'choice')) continue;
    const codeSets = new Set(near.map((l) => tdspCodesOf(l).join(',')));
    const cities = new Set(near.map((l) => l.citySlug));
    if (codeSets.size !== 1 || cities.size !== 1) continue;
    inside.set(zip.zip, { citySlug: near[0]!.citySlug, tdspCodes: tdspCodesOf(near[0]!) });
  }
  return inside;
}

const tdspCodesOf = (l: ListedZip) =>
  l.utilities
    .filter((u) => u.kind === 'tdsp')
    .map((u) => u.code!)
    .sort();
