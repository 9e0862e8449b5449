import type { ServingUtility } from '~/lib/choice-status';
import { TDSPS } from '~/server/sync/tdsp/registry';
import { displayUtilityName } from './utility-names';
import type { LocalUtility } from './zip-maps';

/** The two ZIP sources, keyed by ZIP: the competitive map and EIA's municipal/co-op list. */
export interface ZipSources {
  zipTdsps: Map<string, Set<string>>;
  zipUtilities: Map<string, LocalUtility[]>;
}

const LUBBOCK = TDSPS.find((t) => t.eiaId !== null)!;
const TDSP_BY_CODE = new Map(TDSPS.map((t) => [t.code, t]));
const KIND_ORDER = { tdsp: 0, municipal: 1, cooperative: 2 } as const;

/** A competitive TDSP as a ServingUtility, with the registry's name. */
export const tdspUtility = (code: string): ServingUtility => ({
  kind: 'tdsp',
  code,
  name: TDSP_BY_CODE.get(code)!.name,
});

/**
 * Every utility the sources list for a ZIP, competitive TDSPs first (registry order), then
 * municipal utilities, then co-ops. City of Lubbock (EIA 11292) is Lubbock Power & Light,
 * a competitive TDSP since 2024 that the 2021 map predates, so it is listed as that TDSP.
 */
export function utilitiesOfZip(zip: string, sources: ZipSources): ServingUtility[] {
  const local = sources.zipUtilities.get(zip) ?? [];
  const codes = new Set(sources.zipTdsps.get(zip) ?? []);
  const lubbock = local.find((u) => u.eiaId === LUBBOCK.eiaId);
  if (lubbock) codes.add(LUBBOCK.code);
  const tdsps = TDSPS.filter((t) => codes.has(t.code)).map((t) =>
    t === LUBBOCK && lubbock
      ? { ...tdspUtility(t.code), eiaId: lubbock.eiaId, eiaName: lubbock.name }
      : tdspUtility(t.code),
  );
  const others: ServingUtility[] = local
    .filter((u) => u !== lubbock)
    .map((u) => ({
      kind: u.ownership === 'Municipal' ? 'municipal' : 'cooperative',
      name: displayUtilityName(u.name),
      eiaId: u.eiaId,
      eiaName: u.name,
    }));
  return sortUtilities([...tdsps, ...others]);
}

/** Identity of a utility across ZIPs: its TDSP code or its EIA id. */
export const utilityKey = (u: ServingUtility): string => (u.code ? `tdsp:${u.code}` : `eia:${u.eiaId}`);

const registryRank = (code: string) => TDSPS.findIndex((t) => t.code === code);

/**
 * Stable order for display and for change-only writes: TDSPs, then municipal utilities,
 * then co-ops; within a kind, by how many ZIPs they serve (cities), then TDSPs by `tdspRank`
 * (a ZIP passes its city's ranking, so a split ZIP's primary TDSP is its city's), then name.
 */
export function sortUtilities(list: ServingUtility[], tdspRank = registryRank): ServingUtility[] {
  return [...list].sort(
    (a, b) =>
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      (b.zipCount ?? 0) - (a.zipCount ?? 0) ||
      (a.code && b.code ? tdspRank(a.code) - tdspRank(b.code) : 0) ||
      a.name.localeCompare(b.name) ||
      (a.eiaId ?? 0) - (b.eiaId ?? 0),
  );
}

/** A city's utilities: the union over its ZIPs, each with how many of those ZIPs list it. */
export function unionOverZips(perZip: ServingUtility[][]): ServingUtility[] {
  const byKey = new Map<string, ServingUtility>();
  for (const list of perZip) {
    for (const u of list) {
      const seen = byKey.get(utilityKey(u));
      byKey.set(utilityKey(u), { ...u, zipCount: (seen?.zipCount ?? 0) + 1 });
    }
  }
  return sortUtilities([...byKey.values()]);
}
