import { and, asc, eq, sql } from 'drizzle-orm';
import { electricityPlans, providers } from '~/server/db/schema';
import type { Db } from '~/server/db/types';
import { selectPlans, toPlanDto } from '~/server/queries/plans/plan-dto';

/** Active providers A–Z with their plan counts and Power to Choose rating. */
export async function listProviders(db: Db) {
  return db
    .select({
      name: sql<string>`coalesce(${providers.displayName}, ${providers.name})`,
      slug: providers.slug,
      rating: providers.rating,
      activePlansCount: providers.activePlansCount,
      serviceTerritories: providers.serviceTerritories,
      websiteUrl: providers.websiteUrl,
    })
    .from(providers)
    .where(eq(providers.isActive, true))
    .orderBy(asc(providers.name));
}

/** One provider by slug with its active plans (any activity state of the provider). */
export async function getProviderBySlug(db: Db, slug: string) {
  const [provider] = await db.select().from(providers).where(eq(providers.slug, slug)).limit(1);
  if (!provider) return null;
  const rows = await selectPlans(db)
    .where(and(eq(electricityPlans.providerId, provider.id), eq(electricityPlans.isActive, true)))
    .orderBy(asc(electricityPlans.tdspDuns), asc(electricityPlans.rate1000Kwh));
  return { provider, plans: rows.map((r) => toPlanDto(r)) };
}
