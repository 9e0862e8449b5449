import type { ZodType } from 'zod';
import { cityMarket, type CityMarket } from '~/lib/choice-status';
import type { PlanDto } from '~/lib/plan';
import { cached, cacheKey, getCache, TTL } from '~/server/cache';
import { requestContext } from '~/server/context/request-context';
import type { Db } from '~/server/db/types';
import { NotFoundError } from '~/server/core/errors';
import { getCatalogCounts } from '~/server/queries/catalog';
import { getCityBySlug, listCities, listLargestCities, listTdsps } from '~/server/queries/cities';
import { listLargestCitiesForTdsp } from '~/server/queries/cities/list-cities-for-tdsp';
import { getPlanHistory, getPlansByIds, listActivePlansForTdsps } from '~/server/queries/plans';
import {
  getMarketFeed,
  getPlanPriceMemory,
  getUtilityMarketDays,
  getUtilityPriceMemory,
} from '~/server/queries/market';
import { getProviderBySlug, listProviders } from '~/server/queries/providers';
import {
  listSitemapCitySlugs,
  listSitemapPlans,
  listSitemapProviderSlugs,
} from '~/server/queries/seo/list-sitemap-entries';
import type { DataVersion } from '~/server/queries/sync/get-data-version';
import {
  cityRecordSchema,
  historySchema,
  marketDaysSchema,
  memorySchema,
  plansSchema,
  providerRecordSchema,
  tdspsSchema,
  utilityCitiesSchema,
  zipLookupSchema,
} from '~/server/catalog/cache-schemas';
import { provenanceOf } from '~/server/catalog/provenance';
import type {
  CatalogOrigin,
  CityRecord,
  PlanCatalog,
  SitemapEntries,
  SitemapName,
  TdspRef,
} from '~/server/catalog/types';
import { readDataVersion } from './data-version';
import { loadZip } from './load-zip';

/**
 * The live catalog: indexed queries inside the request's one read-only snapshot, with the
 * answers most pages repeat kept in the cache (Redis or in process) under keys that carry the
 * data version read in that same snapshot, so a committed sync starts a fresh key space and no
 * answer older than it is ever served.
 */
export class DatabaseCatalog implements PlanCatalog {
  readonly source = 'database';
  #version: Promise<DataVersion | null> | undefined;

  constructor(private readonly db: Db) {}

  async origin(): Promise<CatalogOrigin> {
    return { provenance: provenanceOf(await this.version()), saved: null };
  }

  async dataVersion(): Promise<number | null> {
    return (await this.version())?.id ?? null;
  }

  city(slug: string): Promise<CityRecord> {
    return this.cached('city', { city: slug }, TTL.cities, cityRecordSchema, async () => {
      const found = await getCityBySlug(this.db, slug);
      if (!found) throw new NotFoundError(`No Texas city "${slug}"`);
      const { city, tdsps, insideCity } = found;
      const isDeregulated = city.isDeregulated ?? false;
      const status = city.choiceStatus ?? (isDeregulated ? 'choice' : 'no-choice');
      return {
        city: {
          slug: city.slug,
          name: city.name,
          county: city.county,
          population: city.population,
          isDeregulated,
          utilityName: city.utilityName,
          zipCodes: city.zipCodes ?? [],
          status,
          market: cityMarket({ isDeregulated, status, ledBy: city.ledByUtility, insideCitySlug: city.insideCitySlug }),
          utilities: city.utilities,
          insideCity,
        },
        tdsps,
      };
    });
  }

  zip(zip: string) {
    return this.cached('zip', { zip }, TTL.zip, zipLookupSchema, () => loadZip(this.db, zip));
  }

  // One entry per utility serves every city it delivers to, every filter and every usage:
  // ranking ~150 plans per request costs about a millisecond.
  utilityPlans(tdsp: TdspRef): Promise<PlanDto[]> {
    return this.cached('plans', { utility: tdsp.code }, TTL.plans, plansSchema, () =>
      listActivePlansForTdsps(this.db, [tdsp.duns]),
    );
  }

  plansByIds(ids: readonly string[]): Promise<PlanDto[]> {
    return getPlansByIds(this.db, [...ids]);
  }

  priceHistory(planId: string) {
    return this.cached('history', { plan: planId }, TTL.plans, historySchema, () => getPlanHistory(this.db, planId));
  }

  utilityCities(tdspCode: string, limit: number) {
    return this.cached('utility-cities', { utility: tdspCode, limit }, TTL.cities, utilityCitiesSchema, () =>
      listLargestCitiesForTdsp(this.db, tdspCode, limit),
    );
  }

  directory() {
    return listCities(this.db);
  }

  largestCities(limit: number, market: CityMarket) {
    return listLargestCities(this.db, limit, market);
  }

  utilities() {
    return this.cached('utilities', {}, TTL.cities, tdspsSchema, () => listTdsps(this.db));
  }

  counts() {
    return getCatalogCounts(this.db);
  }

  providers() {
    return listProviders(this.db);
  }

  provider(slug: string) {
    return this.cached('provider', { slug }, TTL.providers, providerRecordSchema, async () => {
      const row = await getProviderBySlug(this.db, slug);
      if (!row) throw new NotFoundError(`No provider "${slug}"`);
      const { name, displayName, slug: providerSlug, rating, websiteUrl } = row.provider;
      return { provider: { name: displayName ?? name, slug: providerSlug, rating, websiteUrl }, plans: row.plans };
    });
  }

  async sitemapEntries(name: SitemapName | 'index'): Promise<SitemapEntries> {
    const lastmod = (await this.version())?.snapshotDate ?? null;
    const entries: SitemapEntries = { lastmod, citySlugs: [], plans: [], providerSlugs: [] };
    if (name === 'index') return entries;
    if (name === 'cities' || name === 'filters') entries.citySlugs = await listSitemapCitySlugs(this.db);
    else if (name === 'plans') entries.plans = await listSitemapPlans(this.db);
    else entries.providerSlugs = await listSitemapProviderSlugs(this.db);
    return entries;
  }

  async priceMemory(planIds: readonly string[]) {
    return Object.fromEntries(await getPlanPriceMemory(this.db, [...planIds]));
  }

  utilityMemory(tdsp: TdspRef) {
    return this.cached('memory', { utility: tdsp.code }, TTL.plans, memorySchema, async () =>
      Object.fromEntries(await getUtilityPriceMemory(this.db, tdsp.duns)),
    );
  }

  marketDays(tdsp: TdspRef) {
    return this.cached('market', { utility: tdsp.code }, TTL.plans, marketDaysSchema, () =>
      getUtilityMarketDays(this.db, tdsp.duns),
    );
  }

  marketFeed(tdsps: readonly TdspRef[], dates: number) {
    return getMarketFeed(this.db, { tdspDuns: tdsps.map((t) => t.duns), dates });
  }

  private version(): Promise<DataVersion | null> {
    return (this.#version ??= readDataVersion(this.db));
  }

  /** Cache-aside under a key that carries the data version, with the hit or miss on the request's timing. */
  private async cached<T>(
    kind: string,
    parts: Record<string, string | number>,
    ttlSeconds: number,
    schema: ZodType<T>,
    load: () => Promise<T>,
  ): Promise<T> {
    const key = cacheKey(kind, await this.dataVersion(), parts);
    return cached({ key, ttlSeconds, schema, load }, getCache(), requestContext()?.timing);
  }
}
