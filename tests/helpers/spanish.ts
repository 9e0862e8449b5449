// Helpers for the Spanish pages' tests: the text a reader sees, without what the markup marks as
// English source data (lang="en"), and the hreflang alternates a page names.
import { en } from '~/lib/i18n/en';
import { es } from '~/lib/i18n/es';

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'wbr']);
const decode = (s: string) =>
  s
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/**
 * The text of <body> and <title> a reader sees (attributes such as aria-label and title included),
 * skipping scripts, styles and any element marked lang="en" with everything inside it.
 */
export function spanishText(html: string): string[] {
  const out: string[] = [];
  const skip: string[] = [];
  const tags = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][\w-]*)([^>]*?)(\/?)>|([^<]+)/g;
  for (const m of html.matchAll(tags)) {
    const [, close, rawName, attrs = '', selfClose, text] = m;
    if (text !== undefined) {
      if (!skip.length) out.push(decode(text));
      continue;
    }
    if (!rawName) continue;
    const name = rawName.toLowerCase();
    if (close) {
      if (skip.length && skip[skip.length - 1] === name) skip.pop();
      else if (skip.length && skip.includes(name)) skip.splice(skip.lastIndexOf(name));
      continue;
    }
    const isEnglish = /\slang="en"/.test(attrs) || name === 'script' || name === 'style';
    if (skip.length) {
      if (!VOID.has(name) && !selfClose) skip.push(name);
      continue;
    }
    if (isEnglish && !VOID.has(name) && !selfClose) {
      skip.push(name);
      continue;
    }
    for (const a of attrs.matchAll(/\s(?:aria-label|title|alt|placeholder)="([^"]*)"/g)) out.push(decode(a[1]!));
  }
  return out.map((t) => t.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

/**
 * Whether English text shows among a page's segments: a sentence anywhere in the text, a single
 * word only as a whole label ("Compare" is also Spanish, as in "Compare los planes").
 */
export function showsEnglish(segments: string[], english: string): boolean {
  if (!english.includes(' ')) return segments.includes(english);
  return segments.join(' ').includes(english);
}

const HOLE = '\u0001';
/** The fixed words of a sentence builder: called with placeholders, split where they went. */
const fixedParts = (build: (...args: unknown[]) => string) =>
  build(HOLE, HOLE, HOLE, HOLE)
    .split(HOLE)
    .map((part) => part.trim())
    .filter((part) => part.length >= 12 && part.includes(' '));

/**
 * Every English dictionary string whose Spanish differs, and the fixed words (12 characters or
 * more) of every sentence builder. Words the same in both languages never count.
 */
export function englishOnlyStrings(): string[] {
  const spanish = es as Record<string, unknown>;
  return Object.entries(en).flatMap(([key, value]) => {
    // A string may hold list items, one a line.
    if (typeof value === 'string')
      return value === spanish[key] ? [] : value.split('\n').filter((line) => line.trim().length > 2);
    const theirs = new Set(fixedParts(spanish[key] as (...args: unknown[]) => string));
    return fixedParts(value as (...args: unknown[]) => string).filter((part) => !theirs.has(part));
  });
}

/** The hreflang alternates of a page: hreflang → href. */
export function hreflangsOf(html: string): Record<string, string> {
  return Object.fromEntries(
    [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => [m[1]!, m[2]!]),
  );
}

/** The html element's lang. */
export const htmlLang = (html: string) => /<html lang="([^"]+)"/.exec(html)?.[1];
