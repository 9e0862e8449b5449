// Power to Choose reuses an offer id ([idKey]) for another product: id 20508 was AP Gas &
// Electric's "TrueClassic 6" until 22 Jan 2026 and "TrueClassic 18" from 28 Jan. A plan is
// therefore the product behind an id, not the id itself. This file holds the rule that tells
// "the same product, maybe renamed or repriced" from "another product under a reused id";
// docs/decisions/010-plan-identity.md explains the choices.

/** What identifies a product: who sells it, where, for how long, at which kind of rate, under which name. */
export interface ProductFacts {
  provider: string;
  tdspDuns: string;
  termMonths: number;
  rateType: string;
  name: string;
  /** The three posted prices ($/kWh, 4 decimals), used only to recognise a rename. */
  prices: readonly [string | null, string | null, string | null];
}

/** Why an id now stands for another product, or that it still stands for the same one. */
export type IdentityVerdict =
  { same: true; renamed: boolean } | { same: false; reason: 'provider' | 'utility' | 'term' | 'rate type' | 'name' };

const deaccent = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '');

/** Provider names compared without case or spacing ("PRONTO POWER " is "Pronto Power"). */
const providerKey = (s: string) => deaccent(s).toLowerCase().replace(/\s+/g, ' ').trim();

/** A name reduced to letters and digits: "True Classic 6" and "TrueClassic 6" become one. */
const compact = (s: string) =>
  deaccent(s)
    .toLowerCase()
    .replace(/&/g, 'and')
    .replace(/[^a-z0-9]/g, '');

const words = (s: string) =>
  new Set(
    deaccent(s)
      .toLowerCase()
      .match(/[a-z]+/g) ?? [],
  );
const numbers = (s: string) => (deaccent(s).match(/\d+(?:\.\d+)?/g) ?? []).map(Number).sort((a, b) => a - b);

const sameList = (a: readonly unknown[], b: readonly unknown[]) =>
  a.length === b.length && a.every((v, i) => v === b[i]);
const subset = (a: Set<string>, b: Set<string>) => [...a].every((w) => b.has(w));

/**
 * A plain rename keeps every number of the name (numbers in product names are terms, usage
 * tiers and credit amounts: "Saver 12" and "Saver 24" are two products) and only adds or drops
 * words ("Octo Simple 24" → "Octo Simple 24 Online"); replacing a word ("Free Nights" →
 * "Free Weekends") names another product.
 */
export function isPlainRename(before: string, after: string): boolean {
  if (compact(before) === compact(after)) return true;
  if (!sameList(numbers(before), numbers(after))) return false;
  const a = words(before);
  const b = words(after);
  return a.size > 0 && b.size > 0 && (subset(a, b) || subset(b, a));
}

/**
 * Whether `after` (an export row) is still the product `before` (a stored plan) describes.
 * Provider, utility, term and rate type must all match. The name must match up to case,
 * spacing, punctuation and accents, or be a plain rename, or, when a word was replaced, the
 * three prices must be exactly unchanged: a renamed product keeps its prices on the day of
 * the rename, while a different product under a reused id rarely posts the same three.
 */
export function compareProducts(before: ProductFacts, after: ProductFacts): IdentityVerdict {
  if (providerKey(before.provider) !== providerKey(after.provider)) return { same: false, reason: 'provider' };
  if (before.tdspDuns !== after.tdspDuns) return { same: false, reason: 'utility' };
  if (before.termMonths !== after.termMonths) return { same: false, reason: 'term' };
  if (before.rateType !== after.rateType) return { same: false, reason: 'rate type' };
  if (compact(before.name) === compact(after.name)) return { same: true, renamed: before.name !== after.name };
  if (isPlainRename(before.name, after.name) || sameList(before.prices, after.prices)) {
    return { same: true, renamed: true };
  }
  return { same: false, reason: 'name' };
}
