import { cityMarket, type CityMarket } from '~/lib/choice-status';
import type { PlanDto, SavedPlan } from '~/lib/plan';
import { NotFoundError, UnavailableError } from '~/server/core/errors';
import { savedCity, savedDir, savedIndex, savedUtilityPlans } from '~/server/fallback/saved-data';
import type { SavedIndexFile } from '~/server/fallback/schema';
import { savedInfoOf, savedProvenance } from '../provenance';
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
} from '../types';
import { zipLookupOf } from '../zip-lookup';

const byPopulation = (a: { population: number | null }, b: { population: number | null }) =>
  (b.population ?? 0) - (a.population ?? 0);

/**
 * The catalog of the saved files, for when the database cannot answer. It holds what city,
 * ZIP, plan and compare pages need; it keeps no price history, providers or sitemaps.
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
    const { city, zips, tdsps } = await savedCity(slug, this.dir);
    const { latitude: _lat, longitude: _lon, ...rest } = city;
    return {
      city: {
        ...rest,
        zipCodes: zips.map((z) => z.zip),
        market: cityMarket({ ...city, ledBy: city.utilityName, insideCitySlug: city.insideCity?.slug ?? null }),
      },
      tdsps: tdsps.map(({ code, name, duns }) => ({ code, name, duns })),
    };
  }

  async zip(zip: string): Promise<ZipLookup> {
    const index = await this.index();
    const slug = index.zips[zip];
    const file = slug ? await savedCity(slug, this.dir) : undefined;
    const z = file?.zips.find((x) => x.zip === zip);
    if (!file || !z) throw new NotFoundError(`We have no Texas ZIP code ${zip}.`);
    const tdsps = this.tdspsByCode(index, z.tdspCodes);
    const inferred = z.utilities.filter((u) => u.kind === 'tdsp' && u.inferred && u.code).map((u) => u.code!);
    const counts = new Map(file.plans.map((p) => [p.utility, p.count]));
    const inside = z.insideCitySlug ? index.cities.find((c) => c.slug === z.insideCitySlug) : undefined;
    return zipLookupOf({
      zip,
      city: { slug: file.city.slug, name: file.city.name },
      status: z.status,
      utilities: z.utilities,
      tdsps,
      activePlans: z.tdspCodes.reduce((n, code) => n + (counts.get(code) ?? 0), 0),
      utilityName: z.utilityName,
      utilityType: z.utilityType,
      insideCity: inside ? { slug: inside.slug, name: inside.name } : null,
      inferredTdsps: this.tdspsByCode(index, inferred),
    });
  }

  async utilityPlans(tdsp: TdspRef): Promise<PlanDto[]> {
    const [index, plans] = await Promise.all([this.index(), savedUtilityPlans(tdsp.code, this.dir)]);
    return plans.map((p) => this.live(p, index));
  }

  async plansByIds(ids: readonly string[]): Promise<PlanDto[]> {
    const index = await this.index();
    const plans: PlanDto[] = [];
    for (const id of ids) {
      const code = index.plans[id];
      const plan = code ? (await savedUtilityPlans(code, this.dir)).find((p) => p.id === id) : undefined;
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
    const nameOf = new Map(index.tdsps.map((t) => [t.code, t.name]));
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
        tdspName: c.tdspCodes[0] ? (nameOf.get(c.tdspCodes[0]) ?? null) : null,
        hasOtherTdsps: c.tdspCodes.slice(1),
        lastPlanSync: null,
        market: cityMarket({ ...c, ledBy: c.utilityName }),
      }))
      .sort((a, b) => a.name.localeCompare(b.name));
  }

  async largestCities(limit: number, market: CityMarket): Promise<CityListItem[]> {
    const cities = await this.directory();
    return cities
      .filter((c) => c.market === market && c.population !== null)
      .sort(byPopulation)
      .slice(0, limit);
  }

  async utilities(): Promise<TdspRef[]> {
    return (await this.index()).tdsps;
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

  // The saved files carry no price history: pages show no marks, trends or market lines.
  async priceMemory(): Promise<null> {
    return null;
  }

  async utilityMemory(): Promise<null> {
    return null;
  }

  async marketDays(): Promise<null> {
    return null;
  }

  async marketFeed(): Promise<null> {
    return null;
  }

  private index(): Promise<SavedIndexFile> {
    return savedIndex(this.dir);
  }

  private tdspsByCode(index: SavedIndexFile, codes: string[]): TdspRef[] {
    return codes.flatMap((code) => index.tdsps.filter((t) => t.code === code));
  }

  // Saved plans were all active when the files were written, in the export they name.
  private live(plan: SavedPlan, index: SavedIndexFile): PlanDto {
    return { ...plan, isActive: true, snapshotDate: index.snapshotDate };
  }

  private async unavailable(what: string): Promise<never> {
    throw new UnavailableError(`${what} need the live database, which is not answering`);
  }
}
