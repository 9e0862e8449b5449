import { describe, expect, it } from 'vitest';
import { crumbTrail } from '~/lib/seo';
import { cityMeta, UNNAMED_REGULATED_UTILITY, type CityMetaInput } from '~/lib/seo/city-meta';
import { cityMetaEs, cityMetaIn, UNNAMED_REGULATED_UTILITY_ES } from '~/lib/seo/city-meta-es';

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
const filtered = { ...base, filterText: '12-month fixed-rate', total: 14 };
const austin = {
  ...base,
  city: { ...base.city, name: 'Austin', utilityName: 'Austin Energy', market: 'own-utility' as const },
};
const lubbock = {
  ...base,
  city: { ...base.city, name: 'Lubbock', utilityName: 'LP&L', market: 'no-choice' as const },
};
const alief = {
  ...base,
  city: { ...base.city, name: 'Alief', market: 'inside' as const, insideCity: { name: 'Houston' } },
};

describe('cityMeta', () => {
  it('a choice city: its utility’s plan count and lowest price', () => {
    expect(cityMeta(base)).toEqual({
      title: 'Dallas electricity plans: 130 plans from 9.6¢/kWh',
      description: `Compare 120 electricity plans in Dallas, TX, ${ranked}. Lowest posted price 9.6¢/kWh; source: Power to Choose export of 29 Jan 2026.`,
    });
  });

  it('a choice city with filters: the filtered count, and no price when nothing matches', () => {
    expect(cityMeta(filtered)).toEqual({
      title: 'Dallas 12-month fixed-rate electricity plans: 14 plans from 9.6¢/kWh',
      description: `Compare 14 12-month fixed-rate electricity plans in Dallas, TX, ${ranked}. Lowest posted price 9.6¢/kWh; source: Power to Choose export of 29 Jan 2026.`,
    });
    expect(cityMeta({ ...filtered, total: 0 }).title).toBe('Dallas 12-month fixed-rate electricity plans: 0 plans');
  });

  it('a city led by its own utility says so before any plan count', () => {
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
    expect(cityMeta(lubbock)).toEqual({
      title: 'Lubbock electricity: served by LP&L',
      description: 'Lubbock, TX is served by LP&L, so its homes cannot choose a retail electricity plan.',
    });
    expect(cityMeta({ ...lubbock, city: { ...lubbock.city, utilityName: null } }).title).toBe(
      `Lubbock electricity: served by ${UNNAMED_REGULATED_UTILITY}`,
    );
  });

  it('a place inside another city points to it', () => {
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

// The same cases in Spanish: cityMetaEs words each market as cityMeta does.
const rankedEs = 'ordenados por el costo estimado de los próximos 12 meses con 1,000 kWh al mes';
const sourceEs = 'fuente: Power to Choose export of 29 Jan 2026';

describe('cityMetaEs', () => {
  it('a choice city, with and without filters', () => {
    expect(cityMetaEs(base)).toEqual({
      title: 'Planes de electricidad en Dallas: 130 planes desde 9.6¢/kWh',
      description: `Compare 120 planes de electricidad en Dallas, TX, ${rankedEs}. Precio publicado más bajo: 9.6¢/kWh; ${sourceEs}.`,
    });
    expect(cityMetaEs(filtered)).toEqual({
      title: 'Planes de electricidad 12-month fixed-rate en Dallas: 14 planes desde 9.6¢/kWh',
      description: `Compare 14 planes de electricidad 12-month fixed-rate en Dallas, TX, ${rankedEs}. Precio publicado más bajo: 9.6¢/kWh; ${sourceEs}.`,
    });
    expect(cityMetaEs({ ...filtered, total: 0 }).title).toBe(
      'Planes de electricidad 12-month fixed-rate en Dallas: 0 planes',
    );
  });

  it('a city led by its own utility', () => {
    expect(cityMetaEs(austin)).toEqual({
      title: 'Electricidad en Austin: Austin Energy, y 120 planes para direcciones de Oncor',
      description: `A la mayoría de los hogares de Austin, TX, los atiende Austin Energy y no pueden escoger plan. Para direcciones en el área de Oncor: 120 planes ${rankedEs}; ${sourceEs}.`,
    });
    expect(cityMetaEs({ ...austin, utilityName: null, filterText: 'prepago' })).toEqual({
      title: 'Electricidad en Austin: Austin Energy, y 120 planes prepago para direcciones del área competitiva',
      description: `A la mayoría de los hogares de Austin, TX, los atiende Austin Energy y no pueden escoger plan. Para direcciones del área competitiva: 120 planes prepago ${rankedEs}; ${sourceEs}.`,
    });
    expect(cityMetaEs({ ...austin, city: { ...austin.city, utilityName: null } }).title).toBe(
      'Planes de electricidad en Austin: 130 planes desde 9.6¢/kWh',
    );
  });

  it('a city without choice, and a place inside another city', () => {
    expect(cityMetaEs(lubbock)).toEqual({
      title: 'Electricidad en Lubbock: la da LP&L',
      description: 'A Lubbock, TX, la atiende LP&L, así que sus hogares no pueden escoger un plan de electricidad.',
    });
    expect(cityMetaEs({ ...lubbock, city: { ...lubbock.city, utilityName: null } }).title).toBe(
      `Electricidad en Lubbock: la da ${UNNAMED_REGULATED_UTILITY_ES}`,
    );
    expect(cityMetaEs(alief)).toEqual({
      title: 'Electricidad en Alief: parte de Houston',
      description:
        'Alief, TX, queda dentro de Houston: sus hogares escogen entre los planes de electricidad de Houston.',
    });
    expect(cityMetaEs({ ...alief, city: { ...alief.city, insideCity: null } }).title).toBe(
      'Planes de electricidad en Alief: 130 planes desde 9.6¢/kWh',
    );
  });

  it('cityMetaIn picks the language', () => {
    expect(cityMetaIn('es', lubbock)).toEqual(cityMetaEs(lubbock));
    expect(cityMetaIn('en', lubbock)).toEqual(cityMeta(lubbock));
  });
});

describe('crumbTrail', () => {
  it('makes the English paths absolute, under /es for Spanish', () => {
    const crumbs = [
      { name: 'Inicio', href: '/' },
      { name: 'Houston', href: '/texas/houston' },
    ];
    const origin = new URL('https://choosemypower.example');
    const urls = (lang: 'en' | 'es') =>
      (crumbTrail(crumbs, origin, lang).itemListElement as { name: string; item: string }[]).map((c) => [
        c.name,
        c.item,
      ]);
    expect(urls('es')).toEqual([
      ['Inicio', 'https://choosemypower.example/es'],
      ['Houston', 'https://choosemypower.example/es/texas/houston'],
    ]);
    expect(urls('en')).toEqual([
      ['Inicio', 'https://choosemypower.example/'],
      ['Houston', 'https://choosemypower.example/texas/houston'],
    ]);
  });
});
