import { slugify } from '~/lib/slug';

// EIA writes utility names in a terse registry style ("Bailey County Elec Coop Assn",
// "City of Garland - (TX)"). Shoppers get the same names spelled out; nothing is renamed
// to a brand our sources do not give (EIA's file says "City of San Antonio", so we do too).

const STATE_TAG = /\s*-?\s*\(([A-Z]{2})\)\s*$/;
const CORPORATE_SUFFIX = /,?\s+Inc\.?$/;
const ABBREVIATIONS: [RegExp, string][] = [
  [/\bE C C$/, 'Electric Cooperative Corporation'],
  [/\bElec\b/g, 'Electric'],
  [/\bCoop\b/g, 'Cooperative'],
  [/\bAssn\b/g, 'Association'],
  [/\bCorp\b/g, 'Corporation'],
  [/\bMun\b/g, 'Municipal'],
];

/** Splits off EIA's state tag ("- (TX)", "(OK)") and ", Inc", which say nothing to a Texan. */
function bareName(eiaName: string): { name: string; state: string | null } {
  let name = eiaName.replace(/\s+/g, ' ').trim();
  const state = STATE_TAG.exec(name)?.[1] ?? null;
  name = name.replace(STATE_TAG, '').replace(CORPORATE_SUFFIX, '').trim();
  return { name, state };
}

/**
 * EIA's utility name as shown to shoppers: abbreviations spelled out, "- (TX)" and ", Inc"
 * dropped, "utility" added to a bare "City of X" (which alone reads as the city itself).
 * A state other than Texas stays, so the Oklahoma and Texas "Tri-County" co-ops differ.
 */
export function displayUtilityName(eiaName: string): string {
  const { name, state } = bareName(eiaName);
  let shown = ABBREVIATIONS.reduce((n, [pattern, full]) => n.replace(pattern, full), name);
  if (/^(City|Town) of [^,]+$/.test(shown)) shown = `${shown} utility`;
  return state && state !== 'TX' ? `${shown} (${state})` : shown;
}

// Words that describe what a utility is rather than where: "Austin Energy", "Kerrville Public
// Utility Board", "Weatherford Mun Utility System" all reduce to their town.
const GENERIC_WORDS = new Set([
  'public',
  'utilities',
  'utility',
  'board',
  'mun',
  'municipal',
  'system',
  'systems',
  'energy',
  'electric',
  'power',
  'light',
  'and',
]);

/**
 * The place a municipal utility is named for, as a slug: EIA's name without its state tag,
 * a leading "City of"/"Town of" and generic utility words. "City of College Station - (TX)"
 * → "college-station", "Brownsville Public Utilities Board" → "brownsville". Compared whole
 * with a city's slugified name, never by shared words, so "City of Bryan" cannot match a
 * "Bryan Station" and "City of San Marcos" cannot match "San Antonio".
 */
export function utilityPlaceSlug(eiaName: string): string {
  const words = slugify(bareName(eiaName).name).split('-');
  const named = words[1] === 'of' && (words[0] === 'city' || words[0] === 'town') ? words.slice(2) : words;
  return named.filter((w) => !GENERIC_WORDS.has(w)).join('-');
}
