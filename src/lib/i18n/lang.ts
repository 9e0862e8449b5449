// The site's two languages and how a page's path carries them: English at the root, Spanish
// under /es (docs/decisions/040-spanish-urls.md). Path segments are the same in both languages.

/** Every language a page is served in; the first is the default (x-default). */
export const LANGS = ['en', 'es'] as const;
/** A page language. */
export type Lang = (typeof LANGS)[number];

/** The BCP 47 locale Intl formats each language with. */
export const INTL_LOCALE: Record<Lang, string> = { en: 'en-US', es: 'es-US' };

/** The page language of the `[...lang]` route parameter, or null when the prefix is no language. */
export function langOfParam(param: string | undefined): Lang | null {
  if (param === undefined || param === '') return 'en';
  return param === 'es' ? 'es' : null;
}

/** The language of a path: Spanish under /es, else English. */
export const langOfPath = (pathname: string): Lang =>
  pathname === '/es' || pathname.startsWith('/es/') || pathname.startsWith('/es?') ? 'es' : 'en';

/** The English path of a page path in either language: `/es/texas/dallas` → `/texas/dallas`. */
export function basePathOf(pathname: string): string {
  if (langOfPath(pathname) === 'en') return pathname;
  const rest = pathname.slice(3);
  // `rest` is '', a query or a path: a Spanish path is /es, /es?… or /es/….
  return rest === '' || rest.startsWith('?') ? `/${rest}` : rest;
}

/** An English site path (with any query or fragment) in a language: `/texas` → `/es/texas`, `/` → `/es`. */
export function localePath(lang: Lang, path: string): string {
  if (lang === 'en' || !path.startsWith('/') || path.startsWith('//')) return path;
  return path === '/' ? '/es' : /^\/[?#]/.test(path) ? `/es${path.slice(1)}` : `/es${path}`;
}

/** The other language, for the language switch. */
export const otherLang = (lang: Lang): Lang => (lang === 'en' ? 'es' : 'en');

/** The same page (path and query) in the other language: where the switch and the hint lead. */
export const switchHref = (lang: Lang, current: string) => localePath(otherLang(lang), basePathOf(current));
