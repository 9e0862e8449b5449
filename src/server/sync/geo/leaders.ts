import type { ChoiceStatus, ServingUtility, UtilityKind } from '~/lib/choice-status';
import { utilityKey } from './zip-utilities';

// Which utility, if any, we may name as serving a place. EIA lists every utility with
// customers in a ZIP, and its file leaves out the investor-owned utilities outside ERCOT's
// competitive market (El Paso Electric, SWEPCO, Entergy, SPS). So a co-op listed in a city,
// even in all of its ZIPs, may serve only the rural fringe around a town that Entergy serves
// (Mid-South Electric Coop in Huntsville). We name a utility only where the data says it
// serves the place as a whole; otherwise the place's main utility is not in our sources.

/**
 * Below this GeoNames population a place counts as a small town, where a co-op listed in
 * every ZIP is likely its utility. Larger towns amid co-op territory are more often served
 * by an investor-owned utility our sources lack: Dumas and Hereford (15,000, SPS) list only
 * their county co-op, Willis (6,300, Entergy) only Mid-South.
 */
export const SMALL_TOWN_POPULATION = 5_000;

/**
 * A city's leading utility: its own municipal utility (see findOwnUtilities), whether or
 * not competitive TDSPs serve the rest of it. Else, for a city without choice, the only
 * utility EIA lists in any of the city's ZIPs, provided EIA lists it in every one of them
 * and it is a municipal utility or the city is a small town (a village with one co-op).
 * Else none: a city is never said to be served by a co-op found in only some of its ZIPs.
 */
export function cityLeader(
  city: { status: ChoiceStatus; utilities: ServingUtility[]; zipCount: number; population: number | null },
  own: ServingUtility | undefined,
): ServingUtility | null {
  if (own) return city.utilities.find((u) => utilityKey(u) === utilityKey(own)) ?? own;
  if (city.status !== 'no-choice') return null;
  const [only, ...more] = city.utilities;
  if (!only || more.length > 0 || only.inferred || only.zipCount !== city.zipCount) return null;
  const small = (city.population ?? 0) < SMALL_TOWN_POPULATION;
  return only.kind === 'municipal' || small ? only : null;
}

/**
 * A ZIP's leading utility: its city's leader when EIA lists it in this ZIP, else none. A
 * ZIP never names a utility its city would not (a Huntsville ZIP listing only Mid-South).
 */
export function zipLeader(zipUtilities: ServingUtility[], cityLeader: ServingUtility | null): ServingUtility | null {
  return (cityLeader && zipUtilities.find((u) => utilityKey(u) === utilityKey(cityLeader))) ?? null;
}

/**
 * The older one-word summary of a ZIP kept for current readers: `tdsp` when the map lists a
 * competitive TDSP, else the kind of its leader or of all its listed utilities, else unknown.
 */
export function legacyUtilityType(
  tdspCodes: string[],
  leader: ServingUtility | null,
  utilities: ServingUtility[],
): UtilityKind | 'unknown' {
  if (tdspCodes.length > 0) return 'tdsp';
  if (leader) return leader.kind;
  const kinds = new Set(utilities.filter((u) => u.kind !== 'tdsp' && !u.inferred).map((u) => u.kind));
  return kinds.size === 1 ? [...kinds][0]! : 'unknown';
}
