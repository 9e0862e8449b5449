// What every page needs from the plan data, as one interface with two sources: the database
// (live, cached by data version) and the saved per-city files (when the database is out).
// Services are written once against it; see docs/architecture.md.
import type { ChoiceStatus, CityMarket, ServingUtility } from '~/lib/choice-status';
import type { FeedEntry, PlanPriceMemory, UtilityDay } from '~/lib/market';
import type { PlanDto } from '~/lib/plan';
import type { Provenance, SavedInfo } from './provenance';

/** A competitive utility (TDSP) as pages show it. */
export interface TdspRef {
  code: string;
  name: string;
  duns: string;
}

/** A city as the city page shows it, with who serves it (see docs/territory.md). */
export interface CityView {
  slug: string;
  name: string;
  county: string | null;
  population: number | null;
  isDeregulated: boolean;
  /** The utility we may name as serving the city (its own municipal utility…), else null. */
  utilityName: string | null;
  zipCodes: string[];
  status: ChoiceStatus;
  market: CityMarket;
  /** Every utility involved, TDSPs first, with how many of the city's ZIPs each serves. */
  utilities: ServingUtility[];
  /** The city with choice this place lies inside (Alief → Houston), when no source lists it. */
  insideCity: { slug: string; name: string } | null;
}

/** A city with its competitive utilities, primary first. */
export interface CityRecord {
  city: CityView;
  tdsps: TdspRef[];
}

/** What every ZIP lookup says: the ZIP, its city, and every utility involved with its kind. */
interface ZipBase {
  zip: string;
  city: { slug: string; name: string };
  status: ChoiceStatus;
  utilities: ServingUtility[];
  /** Active plans of the ZIP's competitive utilities. */
  activePlans: number;
}

/**
 * What a ZIP lookup can find, and so what the ZIP page does: one competitive utility (go to its
 * plans), several (ask which one), a competitive utility beside a municipal one (ask which name
 * is on the bill), a place no map lists that lies inside a city with choice, or no retail choice.
 * Co-ops beside a competitive utility do not make the page ask: they get one line (see utilities).
 */
export type ZipLookup =
  | (ZipBase & { kind: 'single'; tdsp: TdspRef })
  | (ZipBase & { kind: 'multiple'; tdsps: TdspRef[] })
  | (ZipBase & { kind: 'ask'; tdsps: TdspRef[] })
  | (ZipBase & { kind: 'inside'; insideCity: { slug: string; name: string }; tdsps: TdspRef[] })
  | (ZipBase & {
      kind: 'not-deregulated';
      utilityName: string | null;
      utilityType: 'municipal' | 'cooperative' | 'unknown' | 'tdsp';
    });

/** One row of the city directory (and of the "largest cities" lists). */
export interface CityListItem {
  slug: string;
  name: string;
  county: string | null;
  population: number | null;
  isDeregulated: boolean | null;
  utilityName: string | null;
  activePlansCount: number | null;
  lowestRate1000Kwh: string | null;
  tdspName: string | null;
  hasOtherTdsps: string[];
  lastPlanSync: Date | null;
  market: CityMarket;
}

/** One price snapshot of a plan. */
export interface HistoryRow {
  date: string;
  rate500Kwh: string | null;
  rate1000Kwh: string | null;
  rate2000Kwh: string | null;
  changedFields: string[] | null;
}

/** The cities a utility serves: its name, how many, and the most populous few. */
export interface UtilityCities {
  tdspName: string | null;
  total: number;
  largest: { slug: string; name: string }[];
}

/** How much data the site holds, and when plans were last synced (null when unknown). */
export interface CatalogCounts {
  tdsps: number;
  cities: number;
  zipCodes: number;
  providers: number;
  activePlans: number;
  lastSyncAt: Date | null;
}

/** Where an answer's data came from: the provenance line, and the saved-data notice when not live. */
export interface CatalogOrigin {
  provenance: Provenance;
  /** Non-null when the answer came from the saved files (pages show a notice, caches keep it 30 s). */
  saved: SavedInfo | null;
}

/** A provider in the providers list. */
export interface ProviderListItem {
  name: string;
  slug: string | null;
  rating: string | null;
  activePlansCount: number | null;
  serviceTerritories: string[] | null;
  websiteUrl: string | null;
}

/** One provider with its active plans. */
export interface ProviderRecord {
  provider: { name: string; slug: string | null; rating: string | null; websiteUrl: string | null };
  plans: PlanDto[];
}

/** The sitemaps the site publishes. */
export const SITEMAPS = ['cities', 'filters', 'plans', 'providers'] as const;
export type SitemapName = (typeof SITEMAPS)[number];

/** What a sitemap lists (city slugs, plan ids with their dates, or provider slugs) and the data's date. */
export interface SitemapEntries {
  lastmod: string | null;
  citySlugs: string[];
  plans: { id: string; date: string | null }[];
  providerSlugs: string[];
}

/**
 * Everything pages read. Methods throw NotFoundError for what does not exist, and
 * UnavailableError for what this source cannot answer (the saved files hold no providers).
 */
export interface PlanCatalog {
  readonly source: 'database' | 'saved';
  origin(): Promise<CatalogOrigin>;
  /** The data version the answer is built from (null before the first sync). */
  dataVersion(): Promise<number | null>;
  city(slug: string): Promise<CityRecord>;
  zip(zip: string): Promise<ZipLookup>;
  /** A utility's active plans, cheapest 1,000 kWh price first. */
  utilityPlans(tdsp: TdspRef): Promise<PlanDto[]>;
  /** Plans by id (active or not) in the order asked; unknown ids are left out. */
  plansByIds(ids: readonly string[]): Promise<PlanDto[]>;
  /** A plan's price snapshots oldest first, or null where this source keeps no history. */
  priceHistory(planId: string): Promise<HistoryRow[] | null>;
  utilityCities(tdspCode: string, limit: number): Promise<UtilityCities>;
  /** Every active city A–Z. */
  directory(): Promise<CityListItem[]>;
  /** The most populous active cities of one market (with choice, led by their own utility, without). */
  largestCities(limit: number, market: CityMarket): Promise<CityListItem[]>;
  /** Every competitive utility (TDSP), so pages can show names instead of codes. */
  utilities(): Promise<TdspRef[]>;
  counts(): Promise<CatalogCounts>;
  providers(): Promise<ProviderListItem[]>;
  provider(slug: string): Promise<ProviderRecord>;
  /** The entries of one sitemap; `index` gives only the date, for the sitemap index. */
  sitemapEntries(name: SitemapName | 'index'): Promise<SitemapEntries>;
  /** What price history says about plans (new on, price changes); null where this source keeps none. */
  priceMemory(planIds: readonly string[]): Promise<Record<string, PlanPriceMemory> | null>;
  /** The same for every active plan of a utility, as a city page marks its cards. */
  utilityMemory(tdsp: TdspRef): Promise<Record<string, PlanPriceMemory> | null>;
  /** A utility on each recorded export date: median 12-month fixed price, cheapest plan. */
  marketDays(tdsp: TdspRef): Promise<UtilityDay[] | null>;
  /** New plans and price drops of the `dates` newest export dates among some utilities' plans. */
  marketFeed(tdsps: readonly TdspRef[], dates: number): Promise<{ dates: string[]; entries: FeedEntry[] } | null>;
}
