// A plan as a page in one language shows it: the Spanish twin's name and documents on Spanish
// pages when the export has them, the plan's own otherwise, with the language of the name so
// markup can say lang="en" where the source is English only.
import type { YearCost } from '../cost';
import type { PriceChange } from '../market';
import type { AfterTermFacts } from '../year-words';
import { dict } from './dictionaries';
import { formatOf } from './format';
import type { Lang } from './lang';

/** What a plan shows in a language. */
export interface PlanFace {
  name: string;
  /** The language the name is written in. */
  nameLang: Lang;
  /** Whether the name and documents come from the Spanish twin. */
  twin: boolean;
  efl: string | null;
  terms: string | null;
  yrac: string | null;
}

interface FacePlan {
  name: string;
  language?: 'en' | 'es' | null;
  documents: { efl: string | null; terms: string | null; yrac: string | null };
  alternates: { language: string; name: string; efl: string | null; terms: string | null; yrac: string | null }[];
}

/** The name and documents of a plan in a page's language. */
export function planFace(plan: FacePlan, lang: Lang): PlanFace {
  const own: PlanFace = {
    name: plan.name,
    nameLang: plan.language ?? 'en',
    twin: false,
    efl: plan.documents.efl,
    terms: plan.documents.terms,
    yrac: plan.documents.yrac,
  };
  if (lang === 'en' || own.nameLang === 'es') return own;
  const twin = plan.alternates.find((a) => a.language === 'es');
  if (!twin) return own;
  return {
    name: twin.name || plan.name,
    nameLang: twin.name ? 'es' : own.nameLang,
    twin: true,
    efl: twin.efl ?? own.efl,
    terms: twin.terms ?? own.terms,
    yrac: twin.yrac ?? own.yrac,
  };
}

const monthList = (lang: Lang, months: readonly number[]) => {
  const names = dict(lang).monthNames.split(',');
  return months.map((m) => names[m] ?? '?').join(', ');
};

/** The notes under a year estimate: missed credits, fee months, the after-term assumption. */
export function yearNotes(year: YearCost, afterTerm: AfterTermFacts | null, lang: Lang): string[] {
  const t = dict(lang);
  const notes: string[] = [];
  if (year.creditMissedMonths.length)
    notes.push(t.creditMissed(year.creditMissedMonths.length, monthList(lang, year.creditMissedMonths)));
  if (year.feeMonths.length) notes.push(t.feeMonths(year.feeMonths.length, monthList(lang, year.feeMonths)));
  if (year.coveredMonths < 12 && afterTerm && afterTerm.centsPerKwh !== null) {
    const when = year.coveredMonths <= 1 ? t.afterFirstMonth : t.afterMonth(year.coveredMonths);
    const price = `${formatOf(lang).cents(afterTerm.centsPerKwh / 100)}/kWh`;
    const basis =
      afterTerm.basis === 'month-to-month'
        ? t.afterTermMedian(price, afterTerm.utilityName)
        : t.afterTermAll(price, afterTerm.planCount, afterTerm.utilityName);
    notes.push(`${when} ${basis}`);
  }
  return notes;
}

/** "12 months", "Month to month" in a language. */
export const termTextOf = (months: number, lang: Lang) =>
  months <= 1 ? dict(lang).monthToMonth : dict(lang).termMonths(months);

/** A plan's early-termination fee in words, in a language. */
export function etfTextOf(fee: string | null, perMonth: boolean, lang: Lang): string {
  const t = dict(lang);
  if (fee === null) return t.notStated;
  const amount = formatOf(lang).dollars(fee, Number(fee) % 1 === 0 ? 0 : 2);
  if (perMonth) return t.feePerMonthLeft(amount);
  return Number(fee) === 0 ? t.none : amount;
}

/** "New on 28 Jan" / "Price cut by 0.8¢/kWh on 22 Jan" in a language. */
export function marksText(marks: { newOn: string | null; priceCut: PriceChange | null }, lang: Lang) {
  const t = dict(lang);
  // The short date without its year: "28 Jan 2026" → "28 Jan".
  const day = (d: string) => formatOf(lang).shortDate(d).slice(0, -5);
  const c = marks.priceCut;
  const cents = c
    ? `${Math.abs(c.deltaCents) < 0.1 ? Math.abs(c.deltaCents).toFixed(2) : Math.abs(c.deltaCents).toFixed(1)}¢/kWh`
    : '';
  return {
    newOn: marks.newOn ? t.markNew(day(marks.newOn)) : null,
    priceCut: c ? (c.direction === 'cut' ? t.markCut : t.markRise)(cents, day(c.date)) : null,
  };
}

/** The provenance line's label ("Power to Choose export of 29 Jan 2026 (recorded copy)") in a language. */
export function provenanceText(label: string, lang: Lang): string {
  if (lang === 'en') return label;
  const m = /^Power to Choose export of (\d{1,2}) (\w{3}) (\d{4})(?: \((recorded|saved) copy\))?$/.exec(label);
  if (!m)
    return label === 'Saved plan data' ? 'datos de planes guardados' : 'todavía no se han importado datos de planes';
  const month = 'Jan,Feb,Mar,Apr,May,Jun,Jul,Aug,Sep,Oct,Nov,Dec'.split(',').indexOf(m[2]!);
  const date = formatOf(lang).shortDate(`${m[3]}-${String(month + 1).padStart(2, '0')}-${m[1]!.padStart(2, '0')}`);
  const copy = m[4] === 'recorded' ? ' (copia grabada)' : m[4] === 'saved' ? ' (copia guardada)' : '';
  return `exportación de Power to Choose del ${date}${copy}`;
}

/** "Dec 2026 to Nov 2027" ("dic 2026 a nov 2027") for twelve YYYY-MM keys. */
export function windowLabelOf(monthKeys: readonly string[], lang: Lang): string {
  const t = dict(lang);
  const names = t.monthNames.split(',');
  const name = (key: string) => `${names[Number(key.slice(5, 7)) - 1] ?? '?'} ${key.slice(0, 4)}`;
  return monthKeys.length ? t.span(name(monthKeys[0]!), name(monthKeys[monthKeys.length - 1]!)) : '';
}
