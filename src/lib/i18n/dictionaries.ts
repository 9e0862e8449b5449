// The dictionary of each language.
import { en, type Dictionary } from './en';
import { es } from './es';
import type { Lang } from './lang';

const DICTIONARIES: Record<Lang, Dictionary> = { en, es };

/** The UI text of a language. */
export const dict = (lang: Lang): Dictionary => DICTIONARIES[lang];
