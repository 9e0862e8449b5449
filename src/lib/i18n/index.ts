// One import for pages and components: the languages, their dictionaries and their formats.
export type { Dictionary } from './en';
export * from './dictionaries';
export * from './format';
export * from './lang';
export * from './plan-text';
export * from './trap-text';
