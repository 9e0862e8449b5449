import { savedIndex } from '../../fallback/saved-data';
import type { CityListItem } from '../../queries/cities';

/** The saved index's cities in the shape of the live directory rows (fields it lacks are null). */
export async function savedCityList(): Promise<{
  cities: CityListItem[];
  index: Awaited<ReturnType<typeof savedIndex>>;
}> {
  const index = await savedIndex();
  const cities = index.cities.map((c) => ({
    slug: c.slug,
    name: c.name,
    county: c.county,
    population: c.population,
    isDeregulated: c.isDeregulated,
    utilityName: c.utilityName,
    activePlansCount: c.planCount,
    lowestRate1000Kwh: null,
    tdspName: c.tdspCodes[0] ?? null,
    hasOtherTdsps: c.tdspCodes.slice(1),
    lastPlanSync: null,
  }));
  return { cities, index };
}
