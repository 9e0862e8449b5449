// schema.org JSON-LD for search engines: breadcrumbs, a plan as a Product with its Offer, and lists
// of plans. Pure builders; <JsonLd> prints them. Prices are USD per kWh, as the plan facts label them.

const CONTEXT = 'https://schema.org';

/** A schema.org node: a type plus whatever properties that type takes. */
export interface JsonLdNode {
  '@type': string;
  [property: string]: unknown;
}

/** A top-level JSON-LD document: a node that names its vocabulary. */
export type JsonLdDocument = JsonLdNode & { '@context': typeof CONTEXT };

/** One crumb: the page's name and its absolute URL. */
export interface Crumb {
  name: string;
  url: string;
}

/** What a plan page knows about an offer; optional facts are left out of the output, never guessed. */
export interface PlanOfferInput {
  id: string;
  name: string;
  providerName: string;
  url: string;
  /** Average price in ¢/kWh at `usageKwh` (or the posted 1,000 kWh price). */
  priceCentsPerKwh: number;
  /** Estimated monthly bill in dollars at `usageKwh`. */
  monthlyBill?: number;
  usageKwh?: number;
  termMonths: number;
  renewablePercent?: number | null;
  /** ISO date or date-time until which the price holds. */
  validThrough?: string;
}

function finite(value: number, what: string): number {
  // Number.isFinite is false for anything that is not a number.
  if (!Number.isFinite(value)) throw new RangeError(`${what} must be a finite number, got ${value}`);
  return value;
}

/** Six decimals drops float noise (14.2 / 100 = 0.14200000000000002) while keeping sub-cent prices. */
const round6 = (value: number) => Number(value.toFixed(6));

/** Search engines show the trail above the result; each crumb's position starts at 1. */
export function breadcrumbList(items: readonly Crumb[]): JsonLdDocument {
  return {
    '@context': CONTEXT,
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: item.name,
      item: item.url,
    })),
  };
}

/** The Product node without @context, so lists can nest it. */
function product(plan: PlanOfferInput): JsonLdNode {
  const pricePerKwh = round6(finite(plan.priceCentsPerKwh, 'priceCentsPerKwh') / 100);
  const specs: JsonLdNode[] = [
    {
      '@type': 'UnitPriceSpecification',
      price: pricePerKwh,
      priceCurrency: 'USD',
      unitCode: 'KWH',
      unitText: 'kWh',
    },
  ];
  if (plan.monthlyBill !== undefined)
    specs.push({
      '@type': 'UnitPriceSpecification',
      name: 'Estimated monthly bill',
      price: round6(finite(plan.monthlyBill, 'monthlyBill')),
      priceCurrency: 'USD',
      unitCode: 'MON',
      ...(plan.usageKwh === undefined
        ? {}
        : {
            referenceQuantity: {
              '@type': 'QuantitativeValue',
              value: finite(plan.usageKwh, 'usageKwh'),
              unitCode: 'KWH',
            },
          }),
    });
  const properties: JsonLdNode[] = [
    { '@type': 'PropertyValue', name: 'Contract term', value: finite(plan.termMonths, 'termMonths'), unitCode: 'MON' },
  ];
  if (plan.renewablePercent !== undefined && plan.renewablePercent !== null)
    properties.push({
      '@type': 'PropertyValue',
      name: 'Renewable energy',
      value: finite(plan.renewablePercent, 'renewablePercent'),
      unitCode: 'P1',
      unitText: 'percent',
    });
  return {
    '@type': 'Product',
    '@id': `${plan.url}#product`,
    sku: plan.id,
    name: plan.name,
    url: plan.url,
    category: 'Electricity plan',
    brand: { '@type': 'Organization', name: plan.providerName },
    additionalProperty: properties,
    offers: {
      '@type': 'Offer',
      url: plan.url,
      price: pricePerKwh,
      priceCurrency: 'USD',
      priceSpecification: specs.length === 1 ? specs[0] : specs,
      availability: 'https://schema.org/InStock',
      seller: { '@type': 'Organization', name: plan.providerName },
      ...(plan.validThrough === undefined
        ? {}
        : { validThrough: plan.validThrough, priceValidUntil: plan.validThrough }),
    },
  };
}

/** One plan as a Product with its Offer, for the plan's own page. */
export function productOffer(plan: PlanOfferInput): JsonLdDocument {
  return { '@context': CONTEXT, ...product(plan) };
}

/** What a list needs of a plan: the rest is on the plan's own page, under the same `@id`. */
export type ListedOfferInput = Pick<PlanOfferInput, 'id' | 'name' | 'providerName' | 'url' | 'priceCentsPerKwh'>;

/**
 * A plan as a list names it: a Product with its Offer at the posted price per kWh, and the same
 * `@id` as the full Product on the plan's page, where the term, renewable share, estimated bill
 * and seller are stated. Repeating all of that for twenty plans was a quarter of a city page's
 * bytes and about a tenth of the CPU an uncached render took (docs/decisions/056-lean-list-json-ld.md).
 */
function listedProduct(plan: ListedOfferInput): JsonLdNode {
  const price = round6(finite(plan.priceCentsPerKwh, 'priceCentsPerKwh') / 100);
  return {
    '@type': 'Product',
    '@id': `${plan.url}#product`,
    name: plan.name,
    url: plan.url,
    brand: { '@type': 'Organization', name: plan.providerName },
    offers: {
      '@type': 'Offer',
      price,
      priceCurrency: 'USD',
      priceSpecification: {
        '@type': 'UnitPriceSpecification',
        price,
        priceCurrency: 'USD',
        unitCode: 'KWH',
        unitText: 'kWh',
      },
    },
  };
}

/** A city's ranked plans as an ItemList named for what they are; positions follow the order given (the ranking). */
export function itemListOfOffers(items: readonly ListedOfferInput[], listUrl: string, name?: string): JsonLdDocument {
  return {
    '@context': CONTEXT,
    '@type': 'ItemList',
    ...(name === undefined ? {} : { name }),
    url: listUrl,
    numberOfItems: items.length,
    itemListOrder: 'https://schema.org/ItemListOrderAscending',
    itemListElement: items.map((plan, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      item: listedProduct(plan),
    })),
  };
}

const UNSAFE = /[<>&\u2028\u2029]/g;

/**
 * JSON for a `<script type="application/ld+json">` body. `<`, `>`, `&`, U+2028 and U+2029 become
 * \u escapes, which JSON reads back as the same characters, so text from the data (a plan named
 * "</script><script>…") can never end the script element or start markup.
 */
export function jsonLdScriptContent(data: object | readonly object[]): string {
  const json = JSON.stringify(data);
  if (json === undefined) throw new TypeError('JSON-LD data must be an object or an array');
  return json.replace(UNSAFE, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
