// The title and description of a city page: real figures, and never a claim of choice where the
// city's own utility serves most homes (see docs/territory.md).
import type { CityMarket } from '../choice-status';

/** What a city page's title and description are built from. */
export interface CityMetaInput {
  city: { name: string; utilityName: string | null; market: CityMarket; insideCity: { name: string } | null };
  /** "12-month fixed-rate", or '' without filters. */
  filterText: string;
  /** Plans listed (after filters) and plans of the selected utility. */
  total: number;
  utilityPlans: number;
  /** The lowest 1,000 kWh price shown, already formatted ("9.6¢"). */
  lowest: string;
  /** The selected competitive utility's name, when there is one. */
  utilityName: string | null;
  /** "1,000 kWh" */
  usage: string;
  provenance: string;
}

/** Said of a place whose main utility our sources do not name. */
export const UNNAMED_REGULATED_UTILITY = 'a regulated utility outside the competitive market';

/** The page's <title> and meta description. */
export function cityMeta(m: CityMetaInput): { title: string; description: string } {
  const { city } = m;
  const ranked = `ranked by the estimated cost of the next 12 months at ${m.usage} a month`;
  if (city.market === 'inside' && city.insideCity)
    return {
      title: `${city.name} electricity: part of ${city.insideCity.name}`,
      description: `${city.name}, TX lies inside ${city.insideCity.name}: its homes choose among ${city.insideCity.name}'s electricity plans.`,
    };
  if (city.market === 'no-choice') {
    const by = city.utilityName ?? UNNAMED_REGULATED_UTILITY;
    return {
      title: `${city.name} electricity: served by ${by}`,
      description: `${city.name}, TX is served by ${by}, so its homes cannot choose a retail electricity plan.`,
    };
  }
  const filtered = m.filterText ? `${m.filterText} ` : '';
  if (city.market === 'own-utility' && city.utilityName) {
    const area = m.utilityName ?? 'the competitive area';
    return {
      title: `${city.name} electricity: ${city.utilityName}, and ${m.total} ${filtered}plans for ${area} addresses`,
      description: `Most homes in ${city.name}, TX are served by ${city.utilityName} and cannot choose a plan. For addresses in ${area}'s area: ${m.total} ${filtered}plans ${ranked}; source: ${m.provenance}.`,
    };
  }
  return {
    title: m.filterText
      ? `${city.name} ${m.filterText} electricity plans: ${m.total} plans${m.total > 0 ? ` from ${m.lowest}/kWh` : ''}`
      : `${city.name} electricity plans: ${m.utilityPlans} plans from ${m.lowest}/kWh`,
    description: `Compare ${m.total} ${filtered}electricity plans in ${city.name}, TX, ${ranked}. Lowest posted price ${m.lowest}/kWh; source: ${m.provenance}.`,
  };
}
