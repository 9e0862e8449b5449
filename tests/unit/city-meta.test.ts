import { describe, expect, it } from 'vitest';
import { cityMeta, UNNAMED_REGULATED_UTILITY, type CityMetaInput } from '~/lib/seo/city-meta';

const base: CityMetaInput = {
  city: { name: 'Dallas', utilityName: null, market: 'choice', insideCity: null },
  filterText: '',
  total: 120,
  utilityPlans: 130,
  lowest: '9.6¢',
  utilityName: 'Oncor',
  usage: '1,000 kWh',
  provenance: 'Power to Choose export of 29 Jan 2026',
};
const ranked = 'ranked by the estimated cost of the next 12 months at 1,000 kWh a month';

describe('cityMeta', () => {
  it('a choice city: its utility’s plan count and lowest price', () => {
    expect(cityMeta(base)).toEqual({
      title: 'Dallas electricity plans: 130 plans from 9.6¢/kWh',
      description: `Compare 120 electricity plans in Dallas, TX, ${ranked}. Lowest posted price 9.6¢/kWh; source: Power to Choose export of 29 Jan 2026.`,
    });
  });

  it('a choice city with filters: the filtered count, and no price when nothing matches', () => {
    const filtered = { ...base, filterText: '12-month fixed-rate', total: 14 };
    expect(cityMeta(filtered)).toEqual({
      title: 'Dallas 12-month fixed-rate electricity plans: 14 plans from 9.6¢/kWh',
      description: `Compare 14 12-month fixed-rate electricity plans in Dallas, TX, ${ranked}. Lowest posted price 9.6¢/kWh; source: Power to Choose export of 29 Jan 2026.`,
    });
    expect(cityMeta({ ...filtered, total: 0 }).title).toBe('Dallas 12-month fixed-rate electricity plans: 0 plans');
  });

  it('a city led by its own utility says so before any plan count', () => {
    const austin = {
      ...base,
      city: { ...base.city, name: 'Austin', utilityName: 'Austin Energy', market: 'own-utility' as const },
    };
    expect(cityMeta(austin)).toEqual({
      title: 'Austin electricity: Austin Energy, and 120 plans for Oncor addresses',
      description: `Most homes in Austin, TX are served by Austin Energy and cannot choose a plan. For addresses in Oncor's area: 120 plans ${ranked}; source: Power to Choose export of 29 Jan 2026.`,
    });
    expect(cityMeta({ ...austin, utilityName: null, filterText: 'prepaid' }).title).toBe(
      'Austin electricity: Austin Energy, and 120 prepaid plans for the competitive area addresses',
    );
    // Without the utility's name it is listed like a choice city.
    expect(cityMeta({ ...austin, city: { ...austin.city, utilityName: null } }).title).toBe(
      'Austin electricity plans: 130 plans from 9.6¢/kWh',
    );
  });

  it('a city without choice names who serves it, or says a regulated utility', () => {
    const lubbock = {
      ...base,
      city: { ...base.city, name: 'Lubbock', utilityName: 'LP&L', market: 'no-choice' as const },
    };
    expect(cityMeta(lubbock)).toEqual({
      title: 'Lubbock electricity: served by LP&L',
      description: 'Lubbock, TX is served by LP&L, so its homes cannot choose a retail electricity plan.',
    });
    expect(cityMeta({ ...lubbock, city: { ...lubbock.city, utilityName: null } }).title).toBe(
      `Lubbock electricity: served by ${UNNAMED_REGULATED_UTILITY}`,
    );
  });

  it('a place inside another city points to it', () => {
    const alief = {
      ...base,
      city: { ...base.city, name: 'Alief', market: 'inside' as const, insideCity: { name: 'Houston' } },
    };
    expect(cityMeta(alief)).toEqual({
      title: 'Alief electricity: part of Houston',
      description: "Alief, TX lies inside Houston: its homes choose among Houston's electricity plans.",
    });
    // Marked inside but with no city to point to: listed as a choice city.
    expect(cityMeta({ ...alief, city: { ...alief.city, insideCity: null } }).title).toBe(
      'Alief electricity plans: 130 plans from 9.6¢/kWh',
    );
  });
});
