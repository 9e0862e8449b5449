// A chart's words and number formats in one page language. English keeps the Intl-free formats of
// ./format.ts, so English charts stay the same to the character; Spanish goes through the site's
// es-US formatters (formatOf in lib/i18n), so a chart reads like the page around it.
import { dict, formatOf, INTL_LOCALE, type Dictionary, type Lang, type LangFormat } from '~/lib/i18n';
import * as english from './format';
import { stepDecimals } from './ticks';

/** How a chart writes its numbers, dates and months. */
export interface ChartFormat {
  centsTick(cents: number, step: number): string;
  dollarTick(dollars: number, step: number): string;
  kwhTick(kwh: number, step: number): string;
  /** A usage in labels and tables, no unit: "1,000". */
  kwhValue(kwh: number): string;
  /** "14.2¢/kWh". */
  centsValue(cents: number): string;
  /** "$142.38". */
  dollarValue(dollars: number): string;
  /** A YYYY-MM-DD date: "Jan 10, 2026", "10 ene 2026". */
  dateLabel(date: string): string;
  month(calendarMonth: number): string;
  /** "a, b and c", "a, b y c". */
  list(items: readonly string[]): string;
}

/** A chart's dictionary and formats. */
export interface ChartLocale {
  t: Dictionary;
  f: ChartFormat;
}

const englishList = (items: readonly string[]) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;

const ENGLISH: ChartFormat = {
  centsTick: english.formatCentsTick,
  dollarTick: english.formatDollarTick,
  kwhTick: english.formatKwhTick,
  kwhValue: english.formatKwhValue,
  centsValue: english.formatCentsValue,
  dollarValue: english.formatDollarValue,
  dateLabel: english.formatDateLabel,
  month: formatOf('en').month,
  list: englishList,
};

/** `value` rounded to `decimals`, with -0 made 0 so no tick reads "-0". */
const rounded = (value: number, decimals: number) => Number(value.toFixed(decimals)) || 0;
const tickDecimals = (step: number) => Math.min(stepDecimals(step), 2);

/** The chart formats of a language other than English, from its page formats. */
function intlFormat(lang: Lang, f: LangFormat): ChartFormat {
  const lists = new Intl.ListFormat(INTL_LOCALE[lang], { type: 'conjunction' });
  const number = (value: number, decimals: number) => f.decimal(rounded(value, decimals), decimals);
  return {
    centsTick: (cents, step) => `${number(cents, tickDecimals(step))}¢`,
    dollarTick: (dollars, step) => {
      const decimals = stepDecimals(step) === 0 ? 0 : 2;
      return f.dollars(rounded(dollars, decimals), decimals);
    },
    kwhTick: (kwh, step) => number(kwh, tickDecimals(step)),
    kwhValue: (kwh) => number(kwh, Number.isInteger(kwh) ? 0 : 1),
    centsValue: (cents) => `${f.centsValue(rounded(cents, 1))}/kWh`,
    dollarValue: (dollars) => f.dollars(rounded(dollars, 2), 2),
    dateLabel: (date) => f.shortDate(date),
    month: f.month,
    list: (items) => lists.format(items),
  };
}

const LOCALES: Record<Lang, ChartLocale> = {
  en: { t: dict('en'), f: ENGLISH },
  es: { t: dict('es'), f: intlFormat('es', formatOf('es')) },
};

/** The chart text and formats of a page language; English when none is given. */
export const chartLocale = (lang: Lang = 'en'): ChartLocale => LOCALES[lang];
