import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { SMALL_TOWN_POPULATION } from '~/server/sync/geo/leaders';
import { recordedTerritory } from '../helpers/recorded';
import { SHARED_DATA } from '../helpers/seed-rows';

const territory = recordedTerritory();
const zip = (z: string) => territory.zips.find((r) => r.zip === z)!;
const city = (slug: string) => territory.cities.find((c) => c.slug === slug)!;
const csv = (file: string) =>
  parse(readFileSync(path.join(SHARED_DATA, 'zip-tdsp', file), 'utf8'), { columns: true }) as Record<string, string>[];

describe('who serves a ZIP', () => {
  it('78520 (Brownsville) is mixed: Brownsville Public Utilities Board beside AEP Texas Central', () => {
    expect(zip('78520')).toMatchObject({
      status: 'mixed',
      tdspCodes: ['AEP_CENTRAL'],
      ledBy: 'Brownsville Public Utilities Board',
    });
    expect(zip('78520').utilities).toEqual([
      { kind: 'tdsp', code: 'AEP_CENTRAL', name: 'AEP Texas Central' },
      {
        kind: 'municipal',
        name: 'Brownsville Public Utilities Board',
        eiaId: 2409,
        eiaName: 'Brownsville Public Utilities Board',
      },
    ]);
  });

  it('75040 (Garland) is mixed: City of Garland utility beside Oncor', () => {
    expect(zip('75040')).toMatchObject({ status: 'mixed', ledBy: 'City of Garland utility', utilityType: 'tdsp' });
    expect(zip('75040').utilities.map((u) => [u.kind, u.name])).toEqual([
      ['tdsp', 'Oncor Electric Delivery'],
      ['municipal', 'City of Garland utility'],
    ]);
  });

  it('75201 (Dallas) has choice, Oncor only; 78704 (Austin) has none, Austin Energy', () => {
    expect(zip('75201')).toMatchObject({ status: 'choice', ledBy: null, utilityName: null });
    expect(zip('75201').utilities).toEqual([{ kind: 'tdsp', code: 'ONCOR', name: 'Oncor Electric Delivery' }]);
    expect(zip('78704')).toMatchObject({ status: 'no-choice', tdspCodes: [], ledBy: 'Austin Energy' });
    expect(zip('78704').utilities).toEqual([
      { kind: 'municipal', name: 'Austin Energy', eiaId: 1015, eiaName: 'Austin Energy' },
    ]);
  });

  it('finds the 59 map ZIPs a municipal utility shares and the 626 a co-op shares', () => {
    const mapZips = new Set(csv('grid-o-matic_zipcode_to_tdsp_2021.csv').map((r) => r.postcode!));
    const eia = csv('eia_non_iou_zipcodes_2020_TX.csv');
    const sharedWith = (ownership: string) =>
      new Set(eia.filter((r) => r.ownership === ownership && mapZips.has(r.zip!)).map((r) => r.zip!));
    expect(sharedWith('Municipal').size).toBe(59);
    expect(sharedWith('Cooperative').size).toBe(626);

    const mixedWith = (kind: string) =>
      territory.zips.filter((z) => mapZips.has(z.zip) && z.utilities.some((u) => u.kind === kind));
    expect(mixedWith('municipal').map((z) => z.zip)).toEqual([...sharedWith('Municipal')].sort());
    // 76505 (Temple) is in both files but not in GeoNames, so it has no city and no record.
    expect(mixedWith('cooperative').map((z) => z.zip)).toEqual(
      [...sharedWith('Cooperative')].filter((z) => z !== '76505').sort(),
    );
    expect(territory.rejected.map((r) => r.externalId)).toContain('76505');
    expect([...mixedWith('municipal'), ...mixedWith('cooperative')].every((z) => z.status === 'mixed')).toBe(true);
  });
});

describe('who serves a city', () => {
  it('leads Garland, Denton, College Station and Brownsville by their own utility, beside Oncor or AEP', () => {
    for (const [slug, own] of [
      ['garland', 'City of Garland utility'],
      ['denton', 'City of Denton utility'],
      ['college-station', 'City of College Station utility'],
      ['brownsville', 'Brownsville Public Utilities Board'],
    ] as const) {
      expect(city(slug), slug).toMatchObject({ status: 'mixed', ledBy: own, utilityName: own, isDeregulated: true });
      expect(city(slug).utilities.find((u) => u.own)?.name, slug).toBe(own);
    }
    expect(city('garland').utilities.find((u) => u.own)?.zipCount).toBe(9);
  });

  it('classes exactly these cities as led by their own municipal utility', () => {
    const led = territory.cities.filter((c) => c.utilities.some((u) => u.own));
    expect(Object.fromEntries(led.map((c) => [c.slug, c.status]))).toEqual({
      austin: 'mixed',
      brenham: 'no-choice',
      brownsville: 'mixed',
      bryan: 'no-choice',
      'college-station': 'mixed',
      denton: 'mixed',
      floresville: 'no-choice',
      garland: 'mixed',
      georgetown: 'mixed',
      greenville: 'mixed',
      kerrville: 'no-choice',
      'new-braunfels': 'no-choice',
      'san-antonio': 'no-choice',
      'san-marcos': 'no-choice',
      seguin: 'no-choice',
      weatherford: 'mixed',
    });
    expect(led.every((c) => c.ledBy === c.utilities.find((u) => u.own)!.name)).toBe(true);
    expect(city('austin')).toMatchObject({ ledBy: 'Austin Energy', utilityName: 'Austin Energy' });
  });

  it('names no co-op for El Paso, Longview or Huntsville, though EIA lists co-ops there', () => {
    for (const slug of ['el-paso', 'longview', 'huntsville']) {
      expect(city(slug), slug).toMatchObject({ status: 'no-choice', ledBy: null, utilityName: null });
      expect(city(slug).utilities.length, slug).toBeGreaterThan(0);
      expect(
        territory.zips.filter((z) => z.citySlug === slug && z.ledBy !== null),
        slug,
      ).toEqual([]);
    }
    // Mid-South is in every Huntsville ZIP, but so is Sam Houston in two: neither is named.
    expect(city('huntsville').utilities.map((u) => [u.name, u.zipCount])).toEqual([
      ['Mid-South Electric Cooperative Association', 8],
      ['Sam Houston Electric Cooperative', 2],
    ]);
  });

  it('names the one co-op of a small town, but not of a larger town that lists only a co-op', () => {
    expect(city('bandera')).toMatchObject({ status: 'no-choice', ledBy: 'Bandera Electric Cooperative' });
    expect(zip('78003').ledBy).toBe('Bandera Electric Cooperative');
    // Two co-ops in Johnson City's only ZIP: EIA does not say which serves the town.
    expect(city('johnson-city').utilities.map((u) => [u.kind, u.zipCount])).toEqual([
      ['cooperative', 1],
      ['cooperative', 1],
    ]);
    expect(city('johnson-city').ledBy).toBeNull();
    for (const slug of ['dumas', 'hereford', 'willis']) {
      expect(city(slug).population!, slug).toBeGreaterThanOrEqual(SMALL_TOWN_POPULATION);
      expect(
        city(slug).utilities.map((u) => [u.kind, u.zipCount]),
        slug,
      ).toEqual([['cooperative', city(slug).zipCodes.length]]);
      expect(city(slug).ledBy, slug).toBeNull();
    }
  });
});

describe('places no source lists', () => {
  it('puts Alief (77411, a PO-box ZIP) inside Houston with CenterPoint inferred, not as a map fact', () => {
    const inferred = [
      { kind: 'tdsp', code: 'CENTERPOINT', name: 'CenterPoint Energy Houston Electric', inferred: true },
    ];
    expect(city('alief')).toMatchObject({ status: 'choice', insideCitySlug: 'houston', tdspCodes: [] });
    expect(city('alief').utilities).toEqual([{ ...inferred[0], zipCount: 1 }]);
    expect(zip('77411')).toMatchObject({
      status: 'choice',
      insideCitySlug: 'houston',
      tdspCodes: [],
      utilities: inferred,
    });
    const inside = territory.cities.filter((c) => c.insideCitySlug).map((c) => `${c.slug}→${c.insideCitySlug}`);
    expect(inside).toEqual(['alief→houston', 'north-houston→houston']);
  });

  it('leaves the unlisted ZIPs of Amarillo, Beaumont and El Paso without choice (outside ERCOT)', () => {
    for (const slug of ['amarillo', 'beaumont', 'el-paso']) {
      const unlisted = territory.zips.filter((z) => z.citySlug === slug && !z.utilities.some((u) => !u.inferred));
      expect(unlisted.length, slug).toBeGreaterThan(10);
      expect(
        unlisted.filter((z) => z.status !== 'no-choice' || z.insideCitySlug),
        slug,
      ).toEqual([]);
    }
    expect(city('beaumont')).toMatchObject({ status: 'no-choice', insideCitySlug: null, ledBy: null });
    expect(city('el-paso').insideCitySlug).toBeNull();
  });
});

describe('the older fields agree with the model', () => {
  it('on every ZIP: TDSPs are the listed ones, utilityName is the leader, the status follows the utilities', () => {
    const wrong = territory.zips.filter(
      (z) =>
        z.utilityName !== z.ledBy ||
        z.tdspCodes.join() !==
          z.utilities
            .filter((u) => u.kind === 'tdsp' && !u.inferred)
            .map((u) => u.code)
            .join() ||
        (z.utilityType === 'tdsp') !== z.tdspCodes.length > 0 ||
        (z.status === 'no-choice') === z.utilities.some((u) => u.kind === 'tdsp') ||
        (z.ledBy !== null && z.ledBy !== city(z.citySlug).ledBy),
    );
    expect(wrong).toEqual([]);
  });

  // A city that some source lists counts only listed utilities; inferred ones (its PO-box
  // ZIPs') stay on the ZIP records.
  it("on every city: isDeregulated means a listed TDSP, and each utility's ZIP count is its ZIPs'", () => {
    const wrong = territory.cities.filter((c) => {
      const zips = territory.zips.filter((z) => z.citySlug === c.slug);
      const counted = c.utilities.every(
        (u) =>
          u.zipCount ===
          zips.filter((z) => z.utilities.some((x) => x.name === u.name && x.inferred === u.inferred)).length,
      );
      return !counted || c.isDeregulated !== c.tdspCodes.length > 0 || c.utilityName !== c.ledBy;
    });
    expect(wrong).toEqual([]);
    expect(territory.cities.filter((c) => c.status === 'mixed').length).toBeGreaterThan(500);
  });
});
