import { savedCity, savedInfoOf } from '../../fallback/saved-data';
import { savedProvenance } from '../provenance';
import { presentCityPlans, selectTdsp, type CityPlansInput, type CitySummary } from '../plans/list-city-plans';

/** A city's ranked plans from its saved file, for when the database cannot answer. */
export async function savedCityPlans(input: CityPlansInput) {
  const file = await savedCity(input.citySlug);
  const city = { ...file.city, zipCodes: file.zips.map((z) => z.zip) };
  const tdsps = file.tdsps.map((t) => ({ code: t.code, name: t.name, duns: t.duns }));
  const selected = selectTdsp(city, tdsps, input.utility);
  const plans = file.plans.filter((p) => p.tdspCode === selected?.code);
  const rates = plans.map((p) => Number(p.rate1000Kwh));
  const summary: CitySummary | null = selected
    ? {
        totalPlans: plans.length,
        providerCount: new Set(plans.map((p) => p.provider.name)).size,
        avgRate: rates.length ? rates.reduce((a, b) => a + b, 0) / rates.length : null,
        minRate: rates.length ? Math.min(...rates) : null,
        tdspName: selected.name,
      }
    : null;
  return presentCityPlans({ city, tdsps, selected, summary, plans }, input, savedProvenance(file), savedInfoOf(file));
}
