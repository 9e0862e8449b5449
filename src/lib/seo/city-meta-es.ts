// The Spanish title and description of a city page, from the same real figures as the English.
import type { Lang } from '../i18n/lang';
import { cityMeta, type CityMetaInput } from './city-meta';

/** Said in Spanish of a place whose main utility our sources do not name. */
export const UNNAMED_REGULATED_UTILITY_ES = 'una empresa de servicios regulada, fuera del mercado competitivo';

/** The page's <title> and meta description in Spanish. */
export function cityMetaEs(m: CityMetaInput): { title: string; description: string } {
  const { city } = m;
  const ranked = `ordenados por el costo estimado de los próximos 12 meses con ${m.usage} al mes`;
  if (city.market === 'inside' && city.insideCity)
    return {
      title: `Electricidad en ${city.name}: parte de ${city.insideCity.name}`,
      description: `${city.name}, TX, queda dentro de ${city.insideCity.name}: sus hogares escogen entre los planes de electricidad de ${city.insideCity.name}.`,
    };
  if (city.market === 'no-choice') {
    const by = city.utilityName ?? UNNAMED_REGULATED_UTILITY_ES;
    return {
      title: `Electricidad en ${city.name}: la da ${by}`,
      description: `A ${city.name}, TX, la atiende ${by}, así que sus hogares no pueden escoger un plan de electricidad.`,
    };
  }
  const filtered = m.filterText ? ` ${m.filterText}` : '';
  if (city.market === 'own-utility' && city.utilityName) {
    // "de el" contracts to "del" in Spanish, so the unnamed area has its own phrases.
    const forAddresses = m.utilityName
      ? `para direcciones de ${m.utilityName}`
      : 'para direcciones del área competitiva';
    const inArea = m.utilityName
      ? `Para direcciones en el área de ${m.utilityName}`
      : 'Para direcciones del área competitiva';
    return {
      title: `Electricidad en ${city.name}: ${city.utilityName}, y ${m.total} planes${filtered} ${forAddresses}`,
      description: `A la mayoría de los hogares de ${city.name}, TX, los atiende ${city.utilityName} y no pueden escoger plan. ${inArea}: ${m.total} planes${filtered} ${ranked}; fuente: ${m.provenance}.`,
    };
  }
  return {
    title: m.filterText
      ? `Planes de electricidad${filtered} en ${city.name}: ${m.total} planes${m.total > 0 ? ` desde ${m.lowest}/kWh` : ''}`
      : `Planes de electricidad en ${city.name}: ${m.utilityPlans} planes desde ${m.lowest}/kWh`,
    description: `Compare ${m.total} planes de electricidad${filtered} en ${city.name}, TX, ${ranked}. Precio publicado más bajo: ${m.lowest}/kWh; fuente: ${m.provenance}.`,
  };
}

/** The city page's title and description in a language. */
export const cityMetaIn = (lang: Lang, m: CityMetaInput) => (lang === 'es' ? cityMetaEs(m) : cityMeta(m));
