import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isSlug } from '~/lib/slug';
import { buildCities } from '~/server/sync/geo/build-cities';
import { loadTexasPlaces, loadTexasZips } from '~/server/sync/geo/geonames';
import { TDSPS } from '~/server/sync/tdsp/registry';
import { recordedTerritory } from '../helpers/recorded';
import { SHARED_DATA } from '../helpers/seed-rows';

const territory = recordedTerritory();
const zip = (z: string) => territory.zips.find((r) => r.zip === z);
const city = (slug: string) => territory.cities.find((c) => c.slug === slug);

describe('the TDSP registry', () => {
  it('matches the DUNS numbers read from the export (../shared/data/tdsp/tdsp-duns.csv)', () => {
    const [header, ...lines] = readFileSync(path.join(SHARED_DATA, 'tdsp', 'tdsp-duns.csv'), 'utf8')
      .trim()
      .split(/\r?\n/);
    const cols = header!.split(',');
    const recorded = lines.map((l) => {
      const cells = l.split(',');
      return {
        code: cells[cols.indexOf('tdsp_code')],
        ptcName: cells[cols.indexOf('ptc_tdu_company_name')],
        duns: cells[cols.indexOf('duns')],
      };
    });
    expect(TDSPS.map((t) => ({ code: t.code, ptcName: t.ptcName, duns: t.duns }))).toEqual(recorded);
  });
});

describe('cities, ZIPs and utilities from the recorded maps and GeoNames', () => {
  it('builds 1,469 cities, 851 of them with retail choice, from 2,600 Texas ZIPs', () => {
    expect(territory.cities).toHaveLength(1469);
    expect(territory.cities.filter((c) => c.isDeregulated)).toHaveLength(851);
    expect(territory.zips).toHaveLength(2600);
  });

  it('reports the ten mapped ZIPs GeoNames does not know', () => {
    expect(territory.rejected.map((r) => r.externalId)).toEqual([
      '75239',
      '75883',
      '76165',
      '76178',
      '76304',
      '76505',
      '76512',
      '78475',
      '78478',
      '79709',
    ]);
  });

  it('maps Dallas 75201 to Oncor and Houston 77002 to CenterPoint', () => {
    expect(zip('75201')).toMatchObject({ citySlug: 'dallas', tdspCodes: ['ONCOR'], utilityType: 'tdsp' });
    expect(zip('77002')).toMatchObject({ citySlug: 'houston', tdspCodes: ['CENTERPOINT'] });
  });

  it('maps every City of Lubbock ZIP (EIA utility 11292) to Lubbock Power & Light, which the 2021 map predates', () => {
    const eia = readFileSync(path.join(SHARED_DATA, 'zip-tdsp', 'eia_non_iou_zipcodes_2020_TX.csv'), 'utf8');
    const lubbockZips = [
      ...new Set(
        eia
          .split('\n')
          .filter((l) => l.split(',')[1] === '11292')
          .map((l) => l.split(',')[0]!),
      ),
    ];
    expect(lubbockZips).toHaveLength(23);
    for (const z of lubbockZips) expect(zip(z)?.tdspCodes, z).toContain('LPL');
    expect(zip('79401')).toMatchObject({ citySlug: 'lubbock', tdspCodes: ['LPL'], utilityType: 'tdsp' });
    expect(city('lubbock')?.tdspCodes[0]).toBe('LPL');
  });

  it('marks Austin 78701 as served by Austin Energy without retail choice', () => {
    expect(zip('78701')).toMatchObject({ tdspCodes: [], utilityType: 'municipal', utilityName: 'Austin Energy' });
    // EIA's name, cleaned: our sources never say "CPS Energy".
    expect(city('san-antonio')).toMatchObject({ isDeregulated: false, utilityName: 'City of San Antonio utility' });
  });

  it('keeps every TDSP of the 84 split ZIPs, primary first', () => {
    const split = territory.zips.filter((z) => z.tdspCodes.length > 1);
    expect(split).toHaveLength(84);
    expect(zip('77414')?.tdspCodes.slice().sort()).toEqual(['AEP_CENTRAL', 'CENTERPOINT', 'ONCOR']);
  });

  it('gives population from GeoNames and unique URL-safe slugs', () => {
    expect(city('fort-worth')).toMatchObject({ name: 'Fort Worth', county: 'Tarrant' });
    expect(city('fort-worth')?.population).toBeGreaterThan(700_000);
    const slugs = territory.cities.map((c) => c.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(slugs.filter((s) => !isSlug(s))).toEqual([]);
  });
});

describe('buildCities: same-name places', () => {
  it('tells apart two places sharing a name, the larger keeping the plain slug', () => {
    // Real GeoNames ZIP rows of Amarillo and Brownsville, ~1,000 km apart, given one name.
    const zips = loadTexasZips().filter((z) => z.place === 'Amarillo' || z.place === 'Brownsville');
    const renamed = zips.map((z) => ({ ...z, place: 'Twin' }));
    const cities = buildCities(renamed, loadTexasPlaces());
    expect(cities.map((c) => c.slug).sort()).toEqual(['twin', 'twin-cameron-county']);
    expect(cities.find((c) => c.slug === 'twin')!.zips.length).toBeGreaterThan(
      cities.find((c) => c.slug !== 'twin')!.zips.length,
    );
  });
});
