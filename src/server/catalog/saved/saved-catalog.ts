import type { PlanDto } from '~/lib/plan';
import { NotFoundError, UnavailableError } from '~/server/core/errors';
import { savedCity, savedDir, savedIndex } from '~/server/fallback/saved-data';
import type { FallbackIndex } from '~/server/fallback/schema';
import { savedInfoOf, savedProvenance } from '~/server/catalog/provenance';
import type {
  CatalogCounts,
  CatalogOrigin,
  CityListItem,
  CityRecord,
  PlanCatalog,
  ProviderListItem,
  ProviderRecord,
  SitemapEntries,
  TdspRef,
  UtilityCities,
  ZipLookup,
} from '~/server/catalog/types';

const byPopulation = (a: { population: number | null }, b: { population: number | null }) =>
  (b.population ?? 0) - (a.population ?? 0);

/**
 * The catalog of the saved per-city files, for when the database cannot answer. It holds what
 * city, ZIP, plan and compare pages need; it keeps no price history, providers or sitemaps.
 */
export class SavedCatalog implements PlanCatalog {
  readonly source = 'saved';

  constructor(private readonly dir: string = savedDir()) {}

  async origin(): Promise<CatalogOrigin> {
    const index = await this.index();
    return { provenance: savedProvenance(index), saved: savedInfoOf(index) };
  }

  async dataVersion(): Promise<number | null> {
    return (await this.index()).dataVersion;
  }

  async city(slug: string): Promise<CityRecord> {
    const file = await savedCity(slug, this.dir);
    return {
      city: { ...file.city, zipCodes: file.zips.map((z) => z.zip) },
      tdsps: file.tdsps.map(({ code, name, duns }) => ({ code, name, duns })),
    };
  }

  async zip(zip: string): Promise<ZipLookup> {
    const slug = (await this.index()).zips[zip];
    const file = slug ? await savedCity(slug, this.dir) : undefined;
    const z = file?.zips.find((x) => x.zip === zip);
    if (!file || !z) throw new NotFoundError(`We have no Texas ZIP code ${zip}.`);
    const city = { slug: file.city.slug, name: file.city.name };
    const tdsps = z.tdspCodes
      .flatMap((code) => file.tdsps.filter((t) => t.code === code))
      .map(({ code, name, duns }) => ({ code, name, duns }));
    if (tdsps.length === 0) {
      const utilityType = z.utilityType as 'municipal' | 'cooperative' | 'unknown';
      return { kind: 'not-deregulated', zip, city, utilityName: z.utilityName, utilityType };
    }
    const activePlans = file.plans.filter((p) => z.tdspCodes.includes(p.tdspCode)).length;
    return tdsps.length === 1
      ? { kind: 'single', zip, city, tdsp: tdsps[0]!, activePlans }
      : { kind: 'multiple', zip, city, tdsps, activePlans };
  }

  async utilityPlans(tdsp: TdspRef): Promise<PlanDto[]> {
    const index = await this.index();
    const city = index.cities.filter((c) => c.tdspCodes.includes(tdsp.code)).sort(byPopulation)[0];
    if (!city) return [];
    const file = await savedCity(city.slug, this.dir);
    return file.plans.filter((p) => p.tdspCode === tdsp.code).map((p) => this.live(p, index));
  }

  async plansByIds(ids: readonly string[]): Promise<PlanDto[]> {
    const index = await this.index();
    const plans: PlanDto[] = [];
    for (const id of ids) {
      const slug = index.plans[id];
      const plan = slug ? (await savedCity(slug, this.dir)).plans.find((p) => p.id === id) : undefined;
      if (plan) plans.push(this.live(plan, index));
    }
    return plans;
  }

  async priceHistory(): Promise<null> {
    return null; // the saved files carry no history; the plan page says so
  }

  async utilityCities(tdspCode: string, limit: number): Promise<UtilityCities> {
    const served = (await this.index()).cities.filter((c) => c.tdspCodes.includes(tdspCode));
    const largest = [...served].sort(byPopulation).slice(0, limit);
    return { tdspName: null, total: served.length, largest: largest.map(({ slug, name }) => ({ slug, name })) };
  }

  async directory(): Promise<CityListItem[]> {
    const index = await this.index();
    return index.cities
      .map((c) => ({
        slug: c.slug,
        name: c.name,
        county: c.county,
        population: c.population,
        isDeregulated: c.isDeregulated,
        utilityName: c.utilityName,
        activePlansCount: c.planCount,
        lowestRate1000Kwh: null,
        tdspName: c.tdspCodes[0] ?? null,
        hasOtherTdsps: c.tdspCodes.slice(1),
        lastPlanSync: null,
      }))
      .sort((a, b) => a.name.localeCompare(b.name));
  }

  async largestCities(limit: number, deregulated: boolean): Promise<CityListItem[]> {
    const cities = await this.directory();
    return cities
      .filter((c) => c.isDeregulated === deregulated && c.population !== null)
      .sort(byPopulation)
      .slice(0, limit);
  }

  async counts(): Promise<CatalogCounts> {
    const index = await this.index();
    return {
      ...index.counts,
      cities: index.cities.length,
      zipCodes: Object.keys(index.zips).length,
      lastSyncAt: null,
    };
  }

  providers(): Promise<ProviderListItem[]> {
    return this.unavailable('Provider pages');
  }

  provider(): Promise<ProviderRecord> {
    return this.unavailable('Provider pages');
  }

  sitemapEntries(): Promise<SitemapEntries> {
    return this.unavailable('Sitemaps');
  }

  private index(): Promise<FallbackIndex> {
    return savedIndex(this.dir);
  }

  // Saved plans were all active when the files were written, in the export they name.
  private live(plan: PlanDto, index: FallbackIndex): PlanDto {
    return { ...plan, isActive: true, snapshotDate: index.snapshotDate };
  }

  private async unavailable(what: string): Promise<never> {
    throw new UnavailableError(`${what} need the live database, which is not answering`);
  }
}
