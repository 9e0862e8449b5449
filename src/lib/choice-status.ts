import { z } from 'zod';

// Who serves a Texas ZIP or city, and whether its homes can pick a retail plan. Shared by the
// importer, the database schema (typed jsonb) and, later, pages: one vocabulary everywhere.
// How the values are decided from the sources is in docs/territory.md.

/**
 * `choice`: only competitive utilities (TDSPs) serve it. `mixed`: a competitive utility shares
 * it with a municipal utility or co-op, so some addresses can choose and others cannot.
 * `no-choice`: no competitive utility is known to serve it.
 */
export const CHOICE_STATUSES = ['choice', 'mixed', 'no-choice'] as const;

/** See CHOICE_STATUSES. */
export type ChoiceStatus = (typeof CHOICE_STATUSES)[number];

/** A competitive TDSP (wires only, retail choice), a city-owned utility, or a member-owned co-op. */
export const UTILITY_KINDS = ['tdsp', 'municipal', 'cooperative'] as const;

/** See UTILITY_KINDS. */
export type UtilityKind = (typeof UTILITY_KINDS)[number];

/** One utility involved with a ZIP or a city, as stored in the `utilities` jsonb columns. */
export interface ServingUtility {
  kind: UtilityKind;
  /** Display name: the registry's for TDSPs, EIA's cleaned up for the others (no invented brands). */
  name: string;
  /** TDSP code (ONCOR…) for kind `tdsp`. */
  code?: string;
  /** EIA utility id, for utilities that come from EIA's list (munis, co-ops, Lubbock's LP&L). */
  eiaId?: number;
  /** EIA's name exactly as the file spells it, for provenance. */
  eiaName?: string;
  /** City only: how many of the city's ZIPs list this utility. */
  zipCount?: number;
  /** City only: the city's own municipal utility, named for it (see docs/territory.md). */
  own?: true;
  /**
   * Not listed for this place by any source: inferred from the mapped ZIPs around a ZIP that
   * no map lists (a PO-box ZIP such as Alief's 77411). Never to be shown as a map fact.
   */
  inferred?: true;
}

/** The status a set of utilities gives a ZIP or a city. */
export function choiceStatusOf(utilities: readonly Pick<ServingUtility, 'kind'>[]): ChoiceStatus {
  const competitive = utilities.some((u) => u.kind === 'tdsp');
  const local = utilities.some((u) => u.kind !== 'tdsp');
  return competitive ? (local ? 'mixed' : 'choice') : 'no-choice';
}

/**
 * Where a city belongs in the lists a shopper reads: `choice` (its homes can pick a plan,
 * apart perhaps from a fringe), `own-utility` (mostly served by its own municipal utility,
 * with some addresses in a competitive area), `no-choice`, or `inside` (a place no source
 * lists that lies inside another city, such as Alief in Houston).
 */
export type CityMarket = 'choice' | 'own-utility' | 'no-choice' | 'inside';

/** The list a city belongs in, from its stored status, leading utility and location. */
export function cityMarket(city: {
  isDeregulated: boolean | null;
  status: ChoiceStatus | null;
  ledBy: string | null;
  insideCitySlug: string | null;
}): CityMarket {
  if (city.insideCitySlug) return 'inside';
  if (!city.isDeregulated) return 'no-choice';
  // A mixed city names a utility only when it is the city's own (see docs/territory.md).
  return city.status === 'mixed' && city.ledBy ? 'own-utility' : 'choice';
}

/** A ServingUtility read back from the cache or a saved file. */
export const servingUtilitySchema = z.object({
  kind: z.enum(UTILITY_KINDS),
  name: z.string(),
  code: z.string().optional(),
  eiaId: z.number().int().optional(),
  eiaName: z.string().optional(),
  zipCount: z.number().int().optional(),
  own: z.literal(true).optional(),
  inferred: z.literal(true).optional(),
});
