// A page's breadcrumb trail as JSON-LD, from the English paths the pages build, in the page's language.
import { localePath, type Lang } from '../i18n/lang';
import { breadcrumbList, type JsonLdDocument } from './json-ld';

/** BreadcrumbList JSON-LD for crumbs given as English paths, with absolute URLs in `lang`. */
export function crumbTrail(crumbs: { name: string; href: string }[], origin: URL, lang: Lang): JsonLdDocument {
  return breadcrumbList(
    crumbs.map((c) => ({ name: c.name, url: new URL(localePath(lang, c.href), origin).toString() })),
  );
}
