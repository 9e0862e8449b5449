/** The JSON-LD blocks of an HTML page, parsed (throws if one is not valid JSON). */
export function jsonLdOf(html: string): unknown[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].flatMap((m) => {
    const parsed = JSON.parse(m[1]!) as unknown;
    return Array.isArray(parsed) ? parsed : [parsed];
  });
}

/** The canonical URL of a page. */
export const canonicalOf = (html: string) => /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];

/** The <title> text. */
export const titleOf = (html: string) => /<title>([^<]*)<\/title>/.exec(html)?.[1];

/** Whether the page asks not to be indexed. */
export const isNoindex = (html: string) => /<meta name="robots" content="noindex/.test(html);

/** How many <h1> elements the page has. */
export const h1Count = (html: string) => (html.match(/<h1[\s>]/g) ?? []).length;

/** Attribute values of every element carrying `name` (e.g. data-bill). */
export const attrValues = (html: string, name: string) =>
  [...html.matchAll(new RegExp(`${name}="([^"]*)"`, 'g'))].map((m) => m[1]!);

/**
 * The page with every double-quoted attribute value emptied. Markup characters inside a quoted
 * attribute are inert text (Astro escapes `"` and `&` there), so injection checks look at the rest.
 */
export const outsideAttributes = (html: string) => html.replace(/="[^"]*"/g, '=""');
