import { dict, trapTextEs, yearNotes, type Lang } from '~/lib/i18n';
import type { CityPlans } from './list-city-plans';

/** Who else serves the city, said once: the answer must not sell a plan to a home that cannot buy it. */
export function cityCaveat(data: Pick<CityPlans, 'city' | 'selectedTdsp' | 'zip'>, lang: Lang = 'en'): string | null {
  if (lang === 'es') return cityCaveatEs(data);
  const { city, selectedTdsp, zip } = data;
  const area = selectedTdsp ? `${selectedTdsp.name}'s area` : "a competitive utility's area";
  if (city.market === 'own-utility' && city.utilityName)
    return `Most homes in ${city.name} are served by ${city.utilityName}, which is city-owned: they cannot choose a retail electricity plan. These plans are only for addresses in ${area}.`;
  const coops = zip?.cooperatives ?? [];
  if (coops.length > 0)
    return `Some addresses in ZIP ${zip!.zip} are served by ${coops.map((c) => c.name).join(' or ')}, a co-op without retail choice. If it is on your bill, these plans don't apply.`;
  return null;
}

/** The caveat in Spanish, from the dictionary. */
function cityCaveatEs(data: Pick<CityPlans, 'city' | 'selectedTdsp' | 'zip'>): string | null {
  const t = dict('es');
  const { city, selectedTdsp, zip } = data;
  const area = selectedTdsp ? t.areaOf(selectedTdsp.name) : t.aCompetitiveUtilityArea;
  if (city.market === 'own-utility' && city.utilityName) return t.apiCaveatOwn(city.name, city.utilityName, area);
  const coops = zip?.cooperatives ?? [];
  if (coops.length > 0) return t.leadCoop(zip!.zip, coops.map((c) => c.name).join(` ${t.or} `), coops.length);
  return null;
}

/**
 * The /api/plans body: every field it has always had, plus the year estimate and what it assumes.
 * With lang=es its text fields (caveat, warnings, year notes) are in Spanish; data stays as listed.
 */
export function presentPlanList(data: CityPlans, lang: Lang = 'en') {
  const warningsIn = (traps: CityPlans['plans'][number]['traps']) =>
    lang === 'es' ? traps.map((t) => ({ ...t, text: trapTextEs(t.text) ?? t.text })) : traps;
  return {
    ...(lang === 'es' ? { lang } : {}),
    city: data.city,
    utility: data.selectedTdsp,
    usageKwh: data.usageKwh,
    filters: data.filters,
    total: data.total,
    page: data.page,
    pageCount: data.pageCount,
    source: data.provenance,
    view: data.view,
    usage: {
      averageKwh: data.basis.averageKwh,
      fromBills: data.basis.fromBills,
      months: data.basis.monthKeys.map((month, i) => ({ month, usageKwh: data.basis.usages[i]! })),
    },
    afterTerm: data.afterTerm,
    caveat: cityCaveat(data, lang),
    plans: data.plans.map((r) => ({
      rank: r.rank,
      estimatedBill: Math.round(r.bill * 100) / 100,
      centsPerKwh: r.centsPerKwh,
      approximate: r.approximate,
      warnings: warningsIn(r.traps),
      year: r.year && {
        estimate: Math.round(r.year.total * 100) / 100,
        ...(lang === 'es' ? { notes: yearNotes(r.year, data.afterTerm, lang) } : {}),
        averageCentsPerKwh: r.year.averageCentsPerKwh,
        coveredMonths: r.year.coveredMonths,
        months: r.year.months.map((m, i) => ({
          month: data.basis.monthKeys[i]!,
          usageKwh: m.usageKwh,
          bill: Math.round(m.bill * 100) / 100,
          pricedBy: m.pricedBy,
        })),
        creditMissedMonths: r.year.creditMissedMonths.map((m) =>
          data.basis.monthKeys.find((k) => Number(k.slice(5)) === m + 1)!,
        ),
        feeMonths: r.year.feeMonths.map((m) => data.basis.monthKeys.find((k) => Number(k.slice(5)) === m + 1)!),
      },
      plan: r.plan,
    })),
  };
}
