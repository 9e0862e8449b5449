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
