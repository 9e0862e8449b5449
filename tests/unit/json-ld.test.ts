import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { breadcrumbList, itemListOfOffers, jsonLdScriptContent, productOffer, type PlanOfferInput } from '~/lib/seo';
import { createAstroRenderer, type AstroRenderer } from '../helpers/astro-render';

const EVIL = '</script><script>alert(1)</script>';
const PLAN: PlanOfferInput = {
  id: '65a1b2c3d4e5f60718293a4b',
  name: 'Simple Saver 12',
  providerName: 'Example Energy LLC',
  url: 'https://choosemypower.example/plans/simple-saver-12',
  priceCentsPerKwh: 14.2,
  termMonths: 12,
};

describe('breadcrumbList', () => {
  it('numbers the crumbs from 1 and links each one', () => {
    expect(
      breadcrumbList([
        { name: 'Home', url: 'https://choosemypower.example/' },
        { name: 'Houston', url: 'https://choosemypower.example/texas/houston' },
      ]),
    ).toEqual({
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://choosemypower.example/' },
        { '@type': 'ListItem', position: 2, name: 'Houston', item: 'https://choosemypower.example/texas/houston' },
      ],
    });
  });
});

describe('productOffer', () => {
  it('describes the plan as a Product of its provider with an in-stock Offer priced per kWh', () => {
    const product = productOffer(PLAN);
    expect(product).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Product',
      name: 'Simple Saver 12',
      sku: PLAN.id,
      url: PLAN.url,
      brand: { '@type': 'Organization', name: 'Example Energy LLC' },
      offers: {
        '@type': 'Offer',
        url: PLAN.url,
        price: 0.142,
        priceCurrency: 'USD',
        availability: 'https://schema.org/InStock',
        priceSpecification: {
          '@type': 'UnitPriceSpecification',
          price: 0.142,
          priceCurrency: 'USD',
          unitCode: 'KWH',
        },
      },
    });
    expect(product.additionalProperty).toEqual([
      { '@type': 'PropertyValue', name: 'Contract term', value: 12, unitCode: 'MON' },
    ]);
  });

  it('leaves out what the plan does not state instead of guessing it', () => {
    const offers = productOffer({ ...PLAN, renewablePercent: null }).offers as Record<string, unknown>;
    expect(offers).not.toHaveProperty('validThrough');
    expect(offers).not.toHaveProperty('priceValidUntil');
    expect(JSON.stringify(productOffer({ ...PLAN, renewablePercent: null }))).not.toContain('Renewable');
  });

  it('adds the renewable share, the validity date and the estimated bill when known', () => {
    const product = productOffer({
      ...PLAN,
      renewablePercent: 100,
      validThrough: '2026-02-28',
      monthlyBill: 142.004,
      usageKwh: 1000,
    });
    const offers = product.offers as Record<string, unknown>;
    expect(offers.validThrough).toBe('2026-02-28');
    expect(offers.priceValidUntil).toBe('2026-02-28');
    expect(offers.priceSpecification).toEqual([
      { '@type': 'UnitPriceSpecification', price: 0.142, priceCurrency: 'USD', unitCode: 'KWH', unitText: 'kWh' },
      {
        '@type': 'UnitPriceSpecification',
        name: 'Estimated monthly bill',
        price: 142.004,
        priceCurrency: 'USD',
        unitCode: 'MON',
        referenceQuantity: { '@type': 'QuantitativeValue', value: 1000, unitCode: 'KWH' },
      },
    ]);
    expect(product.additionalProperty).toContainEqual(
      expect.objectContaining({ name: 'Renewable energy', value: 100, unitCode: 'P1' }),
    );
  });

  it('converts cents to dollars without float noise', () => {
    expect((productOffer({ ...PLAN, priceCentsPerKwh: 0.1 + 0.2 }).offers as { price: number }).price).toBe(0.003);
    expect((productOffer({ ...PLAN, priceCentsPerKwh: 11.3456 }).offers as { price: number }).price).toBe(0.113456);
  });

  it('refuses a price that is not a number rather than printing null', () => {
    expect(() => productOffer({ ...PLAN, priceCentsPerKwh: Number.NaN })).toThrow(RangeError);
    expect(() => productOffer({ ...PLAN, monthlyBill: Number.POSITIVE_INFINITY })).toThrow(RangeError);
  });
});

describe('itemListOfOffers', () => {
  it('wraps the plans, in ranking order, as positioned ListItems of Products', () => {
    const second = { ...PLAN, id: 'b', name: 'Second', url: 'https://choosemypower.example/plans/second' };
    const list = itemListOfOffers([PLAN, second], 'https://choosemypower.example/texas/houston');
    expect(list).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'ItemList',
      url: 'https://choosemypower.example/texas/houston',
      numberOfItems: 2,
    });
    const items = list.itemListElement as { '@type': string; position: number; item: Record<string, unknown> }[];
    expect(items.map((entry) => [entry['@type'], entry.position, entry.item.name])).toEqual([
      ['ListItem', 1, 'Simple Saver 12'],
      ['ListItem', 2, 'Second'],
    ]);
    // A list names each plan by the @id of the full Product on its own page, with its offer.
    expect(items[1]!.item['@id']).toBe(productOffer(second)['@id']);
    expect(items[1]!.item).toEqual({
      '@type': 'Product',
      '@id': 'https://choosemypower.example/plans/second#product',
      name: 'Second',
      url: 'https://choosemypower.example/plans/second',
      brand: { '@type': 'Organization', name: 'Example Energy LLC' },
      offers: {
        '@type': 'Offer',
        price: 0.142,
        priceCurrency: 'USD',
        priceSpecification: {
          '@type': 'UnitPriceSpecification',
          price: 0.142,
          priceCurrency: 'USD',
          unitCode: 'KWH',
          unitText: 'kWh',
        },
      },
    });
    expect(items[1]!.item).not.toHaveProperty('@context');
  });

  it('refuses a price that is not a number in a list too', () => {
    expect(() => itemListOfOffers([{ ...PLAN, priceCentsPerKwh: Number.NaN }], 'https://x.example/')).toThrow(
      new RangeError('priceCentsPerKwh must be a finite number, got NaN'),
    );
  });

  it('is an empty list for no plans', () => {
    expect(itemListOfOffers([], 'https://x.example/')).toMatchObject({ numberOfItems: 0, itemListElement: [] });
  });
});

// Recorded plan 34706 of the 2026-01-10 export: Think Energy, 0.1400 $/kWh posted at 1,000 kWh (so
// a $140 bill there), 12 months, 100 % renewable; the URL is the site's plan page for it.
const THINK: PlanOfferInput = {
  id: '34706',
  name: 'Think Clean 12 with Smart Thermostat Connected',
  providerName: 'Think Energy',
  url: 'https://choosemypower.example/plans/34706',
  priceCentsPerKwh: Number('0.1400') * 100,
  monthlyBill: 140,
  usageKwh: 1000,
  termMonths: 12,
  renewablePercent: 100,
};
const thinkEnergy = { '@type': 'Organization', name: 'Think Energy' };
const perKwh = {
  '@type': 'UnitPriceSpecification',
  price: 0.14,
  priceCurrency: 'USD',
  unitCode: 'KWH',
  unitText: 'kWh',
};
const bill = {
  '@type': 'UnitPriceSpecification',
  name: 'Estimated monthly bill',
  price: 140,
  priceCurrency: 'USD',
  unitCode: 'MON',
};

describe('a recorded plan as JSON-LD, whole', () => {
  it('is a Product with its id, category, brand, term and renewable share, and an Offer sold by the provider', () => {
    expect(productOffer(THINK)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Product',
      '@id': 'https://choosemypower.example/plans/34706#product',
      sku: '34706',
      name: 'Think Clean 12 with Smart Thermostat Connected',
      url: THINK.url,
      category: 'Electricity plan',
      brand: thinkEnergy,
      additionalProperty: [
        { '@type': 'PropertyValue', name: 'Contract term', value: 12, unitCode: 'MON' },
        { '@type': 'PropertyValue', name: 'Renewable energy', value: 100, unitCode: 'P1', unitText: 'percent' },
      ],
      offers: {
        '@type': 'Offer',
        url: THINK.url,
        price: 0.14,
        priceCurrency: 'USD',
        priceSpecification: [
          perKwh,
          { ...bill, referenceQuantity: { '@type': 'QuantitativeValue', value: 1000, unitCode: 'KWH' } },
        ],
        availability: 'https://schema.org/InStock',
        seller: thinkEnergy,
      },
    });
  });

  it('states the bill without a reference quantity when the usage is not given', () => {
    const { usageKwh: _usage, ...withoutUsage } = THINK;
    expect((productOffer(withoutUsage).offers as Record<string, unknown>).priceSpecification).toEqual([perKwh, bill]);
  });

  it('names the field that is not a finite number', () => {
    const fields = ['priceCentsPerKwh', 'monthlyBill', 'usageKwh', 'termMonths', 'renewablePercent'] as const;
    for (const field of fields)
      expect(() => productOffer({ ...THINK, [field]: Number.NaN })).toThrow(
        new RangeError(`${field} must be a finite number, got NaN`),
      );
  });

  it('is listed under the name given, in ascending order, and without a name when none is given', () => {
    const url = 'https://choosemypower.example/texas/dallas';
    const product = itemListOfOffers([THINK], url).itemListElement as { item: unknown }[];
    expect(itemListOfOffers([THINK], url, 'Electricity plans in Dallas')).toEqual({
      '@context': 'https://schema.org',
      '@type': 'ItemList',
      name: 'Electricity plans in Dallas',
      url,
      numberOfItems: 1,
      itemListOrder: 'https://schema.org/ItemListOrderAscending',
      itemListElement: [{ '@type': 'ListItem', position: 1, item: product[0]!.item }],
    });
    expect(itemListOfOffers([THINK], url)).not.toHaveProperty('name');
    // The posted 1,000 kWh price, in dollars per kWh.
    expect(product[0]!.item).toMatchObject({ name: THINK.name, offers: { price: 0.14, priceCurrency: 'USD' } });
  });
});

describe('jsonLdScriptContent', () => {
  it('keeps a hostile plan name from closing the script element, and reads back unchanged', () => {
    const data = productOffer({ ...PLAN, name: EVIL, providerName: 'A & B <Energy>' });
    const content = jsonLdScriptContent(data);
    expect(content).not.toContain('<');
    expect(content).not.toContain('>');
    expect(content).not.toContain('&');
    expect(content).toContain('\\u003c/script\\u003e');
    expect(JSON.parse(content)).toEqual(data);
    expect((JSON.parse(content) as { name: string }).name).toBe(EVIL);
  });

  it('escapes the line and paragraph separators that end a line in old JavaScript parsers', () => {
    const text = 'a\u2028b\u2029c';
    const content = jsonLdScriptContent({ text });
    expect(content).toBe('{"text":"a\\u2028b\\u2029c"}');
    expect(JSON.parse(content)).toEqual({ text });
  });

  it('refuses what JSON cannot write, such as a function', () => {
    expect(() => jsonLdScriptContent(() => productOffer(PLAN))).toThrow(
      new TypeError('JSON-LD data must be an object or an array'),
    );
  });

  it('accepts an array of documents', () => {
    const docs = [breadcrumbList([{ name: '<Home>', url: 'https://x.example/' }]), productOffer(PLAN)];
    expect(JSON.parse(jsonLdScriptContent(docs))).toEqual(docs);
  });
});

describe('<JsonLd>', () => {
  let astro: AstroRenderer;
  beforeAll(async () => {
    astro = await createAstroRenderer(['/src/components/JsonLd.astro']);
  });
  afterAll(async () => {
    await astro?.close();
  });

  it('prints one JSON-LD data block that a hostile name cannot break out of', async () => {
    const data = [breadcrumbList([{ name: 'Home', url: 'https://x.example/' }]), productOffer({ ...PLAN, name: EVIL })];
    const html = await astro.render('/src/components/JsonLd.astro', { data });
    const blocks = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(blocks).toHaveLength(1);
    expect(blocks[0]![1]).toMatch(/^\s*type="application\/ld\+json"/);
    expect(JSON.parse(blocks[0]![2]!)).toEqual(data);
    expect(html).not.toMatch(/\sstyle=/);
  });
});
