// URL slugs for cities and providers: lowercase ASCII words joined by hyphens, so
// "Fort Worth" → fort-worth and "Cañon City" → canon-city, stable across runs.

/** A URL-safe slug: accents folded, `&` spelled out, everything else non-alphanumeric dropped. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’.]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Whether a string is already a slug as slugify() makes them. */
export function isSlug(text: string): boolean {
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(text);
}
