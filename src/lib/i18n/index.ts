// One import for pages and components: the languages, their dictionaries and their formats.
import { en, type Dictionary } from './en';
import { es } from './es';
import type { Lang } from './lang';

export * from './lang';
export * from './format';
export type { Dictionary };

const DICTIONARIES: Record<Lang, Dictionary> = { en, es };

/** The UI text of a language. */
export const dict = (lang: Lang): Dictionary => DICTIONARIES[lang];
