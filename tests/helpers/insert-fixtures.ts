import { newObjectId } from '~/lib/object-id';
import { cities, electricityPlans, providers, tdspTerritories } from '~/server/db/schema';
import type { Db } from '~/server/db/types';
import { fixturePlans } from '../fixtures/plans';
import { realTdsps } from './seed-rows';

/** Inserts the real TDSPs, the fixture providers and plans, and the given cities. */
export async function insertFixtures(
  db: Db,
  options: { cities?: { slug: string; name: string; tdspDuns: string }[]; planCities?: Record<string, string[]> } = {},
) {
  await db
    .insert(tdspTerritories)
    .values(realTdsps().map((t) => ({ duns: t.duns, name: t.name, abbreviation: t.code.slice(0, 10) })));
  const reps = await db
    .insert(providers)
    .values([...new Set(fixturePlans.map((p) => p.provider))].map((name) => ({ name })))
    .returning({ id: providers.id, name: providers.name });
  if (options.cities?.length) await db.insert(cities).values(options.cities);
  const plans = fixturePlans.map((p) => ({
    id: newObjectId(),
    externalId: p.externalId,
    providerId: reps.find((r) => r.name === p.provider)!.id,
    tdspDuns: p.tdspDuns,
    name: p.name,
    termMonths: p.termMonths,
    rateType: p.rateType,
    rate500Kwh: p.rates[0],
    rate1000Kwh: p.rates[1],
    rate2000Kwh: p.rates[2],
    cancellationFee: p.cancellationFee,
    percentGreen: p.percentGreen,
    citySlugs: options.planCities?.[p.externalId] ?? [],
  }));
  await db.insert(electricityPlans).values(plans);
  return { plans, providers: reps };
}
