import { NotFoundError } from '../../errors';
import { savedCity, savedIndex } from '../../fallback/saved-data';
import type { PlanDto } from '../../queries/plans';

/** Plans by id from the saved files (each plan is listed in its utility's largest city file). */
export async function savedPlansByIds(ids: string[]): Promise<PlanDto[]> {
  const index = await savedIndex();
  const plans: PlanDto[] = [];
  for (const id of ids) {
    const slug = index.plans[id];
    const plan = slug ? (await savedCity(slug)).plans.find((p) => p.id === id) : undefined;
    if (!plan) throw new NotFoundError(`No plan "${id}" in the saved data`);
    plans.push({ ...plan, isActive: true, snapshotDate: index.snapshotDate });
  }
  return plans;
}

/** The largest saved cities served by a TDSP, for "where it is offered". */
export async function savedCitiesForTdsp(tdspCode: string, limit: number) {
  const index = await savedIndex();
  const served = index.cities.filter((c) => c.tdspCodes.includes(tdspCode));
  const largest = [...served].sort((a, b) => (b.population ?? 0) - (a.population ?? 0)).slice(0, limit);
  return { tdspName: null, total: served.length, largest: largest.map((c) => ({ slug: c.slug, name: c.name })) };
}
