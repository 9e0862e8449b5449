import type { ServingUtility } from '~/lib/choice-status';
import { slugify } from '~/lib/slug';
import { utilityPlaceSlug } from './utility-names';

/** What the own-utility rule needs of a city: its name and the union of its ZIPs' utilities. */
export interface CityUtilities {
  slug: string;
  name: string;
  population: number | null;
  utilities: ServingUtility[];
}

/**
 * The city each municipal utility belongs to ("own utility"), as city slug → utility.
 *
 * A municipal utility is a city's own when (1) the place it is named for, `utilityPlaceSlug`
 * of EIA's name ("City of Garland - (TX)" → garland, "Austin Energy" → austin), equals the
 * slugified city name exactly, and (2) EIA lists it in at least one of that city's ZIPs.
 * Condition 2 picks the right one of several same-name places (the GeoNames builder gives
 * the others county-suffixed slugs, but keeps their plain name); should two still qualify,
 * the one where it lists the most ZIPs wins, then the more populous. Only municipal
 * utilities qualify: co-ops are named for counties or regions, and City of Lubbock is now
 * the competitive TDSP LP&L.
 */
export function findOwnUtilities(cities: CityUtilities[]): Map<string, ServingUtility> {
  const best = new Map<number, { city: CityUtilities; utility: ServingUtility }>();
  for (const city of cities) {
    for (const u of city.utilities) {
      if (u.kind !== 'municipal' || !u.eiaName || u.eiaId === undefined) continue;
      if (utilityPlaceSlug(u.eiaName) !== slugify(city.name)) continue;
      const seen = best.get(u.eiaId);
      if (!seen || outranks({ city, utility: u }, seen)) best.set(u.eiaId, { city, utility: u });
    }
  }
  const own = new Map<string, ServingUtility>();
  // A city named for two municipal utilities (none in EIA's file) keeps the one with more ZIPs.
  for (const { city, utility } of best.values()) {
    const seen = own.get(city.slug);
    if (!seen || (utility.zipCount ?? 0) > (seen.zipCount ?? 0)) own.set(city.slug, utility);
  }
  return own;
}

type Candidate = { city: CityUtilities; utility: ServingUtility };

function outranks(a: Candidate, b: Candidate): boolean {
  const byZips = (a.utility.zipCount ?? 0) - (b.utility.zipCount ?? 0);
  if (byZips !== 0) return byZips > 0;
  const byPopulation = (a.city.population ?? -1) - (b.city.population ?? -1);
  return byPopulation !== 0 ? byPopulation > 0 : a.city.slug < b.city.slug;
}
