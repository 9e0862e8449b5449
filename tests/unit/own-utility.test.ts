import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { slugify } from '~/lib/slug';
import { displayUtilityName, utilityPlaceSlug } from '~/server/sync/geo/utility-names';
import { recordedTerritory } from '../helpers/recorded';
import { SHARED_DATA } from '../helpers/seed-rows';

// EIA's file read here with a plain CSV parser, independently of the importer.
const eiaRows = parse(readFileSync(path.join(SHARED_DATA, 'zip-tdsp', 'eia_non_iou_zipcodes_2020_TX.csv'), 'utf8'), {
  columns: true,
}) as { zip: string; eiaid: string; utility_name: string; ownership: string }[];
const utilitiesOf = (ownership: string) =>
  new Map(eiaRows.filter((r) => r.ownership === ownership).map((r) => [Number(r.eiaid), r.utility_name]));
const municipal = utilitiesOf('Municipal');
const territory = recordedTerritory();

describe('the own municipal utility of a city', () => {
  it('is decided for every municipal utility in the EIA file, and only for its namesake city', () => {
    const ownCity = (eiaId: number) =>
      territory.cities.filter((c) => c.utilities.some((u) => u.eiaId === eiaId && u.own)).map((c) => c.slug);
    const table = Object.fromEntries([...municipal].map(([id, name]) => [`${id} ${name}`, ownCity(id)]));
    expect(table).toEqual({
      '1015 Austin Energy': ['austin'],
      '2194 City of Brenham - (TX)': ['brenham'],
      '2409 Brownsville Public Utilities Board': ['brownsville'],
      '2442 City of Bryan - (TX)': ['bryan'],
      '3940 City of College Station - (TX)': ['college-station'],
      '5063 City of Denton - (TX)': ['denton'],
      '6427 City of Floresville': ['floresville'],
      '6958 City of Garland - (TX)': ['garland'],
      '7129 City of Georgetown - (TX)': ['georgetown'],
      '7634 City of Greenville - (TX)': ['greenville'],
      // LP&L: a competitive TDSP since 2024, so Lubbock has retail choice and no own utility.
      '11292 City of Lubbock - (TX)': [],
      '13418 City of New Braunfels - (TX)': ['new-braunfels'],
      '16604 City of San Antonio - (TX)': ['san-antonio'],
      '16900 City of Seguin - (TX)': ['seguin'],
      '20230 Weatherford Mun Utility System': ['weatherford'],
      '28604 Kerrville Public Utility Board': ['kerrville'],
      '28978 City of San Marcos - (TX)': ['san-marcos'],
    });
  });

  it('never leads the other cities a municipal utility reaches (Garland in Dallas, CPS in 33 towns)', () => {
    const reached = territory.cities.flatMap((c) =>
      c.utilities.filter((u) => u.kind === 'municipal').map((u) => ({ city: c, u })),
    );
    const foreign = reached.filter(({ city, u }) => utilityPlaceSlug(u.eiaName!) !== slugify(city.name));
    expect(foreign.length).toBeGreaterThan(40);
    expect(foreign.filter(({ u }) => u.own)).toEqual([]);
    const dallas = territory.cities.find((c) => c.slug === 'dallas')!;
    expect(dallas.utilities.find((u) => u.eiaId === 6958)?.zipCount).toBe(4);
    expect(dallas).toMatchObject({ status: 'mixed', ledBy: null, utilityName: null });
    // Bryan and College Station each list the other's utility too.
    expect(territory.cities.find((c) => c.slug === 'bryan')?.ledBy).toBe('City of Bryan utility');
    expect(territory.cities.find((c) => c.slug === 'college-station')?.ledBy).toBe('City of College Station utility');
  });

  it('reduces a utility name to its place whole, never to a shared word', () => {
    expect(utilityPlaceSlug('City of College Station - (TX)')).toBe('college-station');
    expect(utilityPlaceSlug('Kerrville Public Utility Board')).toBe('kerrville');
    expect(utilityPlaceSlug('Weatherford Mun Utility System')).toBe('weatherford');
    expect(utilityPlaceSlug('Austin Energy')).toBe('austin');
    expect(utilityPlaceSlug('City of Floresville')).toBe('floresville');
  });
});

describe('utility display names', () => {
  it('spell out what EIA abbreviates and invent no brand', () => {
    expect(Object.fromEntries([...municipal.values()].map((n) => [n, displayUtilityName(n)]))).toEqual({
      'Austin Energy': 'Austin Energy',
      'City of Lubbock - (TX)': 'City of Lubbock utility',
      'City of New Braunfels - (TX)': 'City of New Braunfels utility',
      'City of San Antonio - (TX)': 'City of San Antonio utility',
      'City of Seguin - (TX)': 'City of Seguin utility',
      'Weatherford Mun Utility System': 'Weatherford Municipal Utility System',
      'City of Brenham - (TX)': 'City of Brenham utility',
      'Brownsville Public Utilities Board': 'Brownsville Public Utilities Board',
      'City of Bryan - (TX)': 'City of Bryan utility',
      'Kerrville Public Utility Board': 'Kerrville Public Utility Board',
      'City of San Marcos - (TX)': 'City of San Marcos utility',
      'City of College Station - (TX)': 'City of College Station utility',
      'City of Denton - (TX)': 'City of Denton utility',
      'City of Floresville': 'City of Floresville utility',
      'City of Garland - (TX)': 'City of Garland utility',
      'City of Georgetown - (TX)': 'City of Georgetown utility',
      'City of Greenville - (TX)': 'City of Greenville utility',
    });
    expect(displayUtilityName('Bailey County Elec Coop Assn')).toBe('Bailey County Electric Cooperative Association');
    expect(displayUtilityName('Upshur Rural Elec Coop Corp')).toBe('Upshur Rural Electric Cooperative Corporation');
    expect(displayUtilityName('Tri-County Electric Coop, Inc (OK)')).toBe('Tri-County Electric Cooperative (OK)');
    expect(displayUtilityName('Tri-County Electric Coop, Inc (TX)')).toBe('Tri-County Electric Cooperative');
  });

  it('leave no EIA shorthand in any co-op name and keep distinct utilities distinct', () => {
    const coops = utilitiesOf('Cooperative');
    const shown = [...coops.values()].map(displayUtilityName);
    expect(shown.filter((n) => /\b(Elec|Coop|Assn|Corp|Inc)\b|\(TX\)/.test(n))).toEqual([]);
    expect(new Set(shown).size).toBe(coops.size);
  });

  it('nowhere call San Antonio\'s utility "CPS Energy", a name our sources do not give', () => {
    const names = [...territory.zips, ...territory.cities].flatMap((r) => r.utilities.map((u) => u.name));
    expect(names).toContain('City of San Antonio utility');
    expect(names.filter((n) => n.includes('CPS'))).toEqual([]);
  });
});
