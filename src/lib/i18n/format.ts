// Numbers, money and dates in a page's language, through Intl (es-US for Spanish). Formatters
// are built once per language: building one per call showed up in profiles (see lib/format.ts).
import { cents, centsValue, dollars, kwh, shortDate } from '../format';
import { MONTH_SHORT_NAMES } from '../usage/months';
import { INTL_LOCALE, type Lang } from './lang';

const build = (lang: Lang) => {
  const locale = INTL_LOCALE[lang];
  const usd = [0, 1, 2].map(
    (d) =>
      new Intl.NumberFormat(locale, {
        style: 'currency',
        currency: 'USD',
        minimumFractionDigits: d,
        maximumFractionDigits: d,
      }),
  );
  const fixed = [0, 1, 2].map(
    (d) => new Intl.NumberFormat(locale, { minimumFractionDigits: d, maximumFractionDigits: d }),
  );
  const month = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' });
  return {
    integer: new Intl.NumberFormat(locale),
    usd,
    fixed,
    // Mid-month, so no time zone can move the day into the next or previous month.
    months: Array.from({ length: 12 }, (_, m) => month.format(Date.UTC(2001, m, 15)).replace('.', '')),
    date: new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : locale, {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    }),
  };
};
const FORMATS = { en: build('en'), es: build('es') };

/** Formatting of one language. */
export interface LangFormat {
  /** "1,000". */
  integer(n: number): string;
  /** "$140", or with decimals "$139.95". */
  dollars(amount: number | string | null | undefined, decimals?: number): string;
  /** A cents-per-kWh number (as the cost engine returns it): "14.0¢". */
  centsValue(c: number | null | undefined): string;
  /** A $/kWh decimal as cents: "14.0¢". */
  cents(dollarsPerKwh: string | number | null | undefined): string;
  /** "1,000 kWh". */
  kwh(n: number): string;
  /** A YYYY-MM-DD date: "29 Jan 2026", "29 ene 2026". */
  shortDate(isoDate: string | null | undefined): string;
  /** A number with 0 to 2 decimals: "1,234.50". */
  decimal(n: number, decimals: number): string;
  /** A calendar month (0 = January) in short: "Jan", "ene". */
  month(calendarMonth: number): string;
}

// English keeps the site's long-standing formatting (lib/format.ts) to the character.
const ENGLISH: LangFormat = {
  integer: (n) => FORMATS.en.integer.format(n),
  dollars,
  centsValue,
  cents,
  kwh,
  shortDate,
  decimal: (n, decimals) => (FORMATS.en.fixed[decimals] ?? FORMATS.en.fixed[0]!).format(n),
  // The Intl-free names the charts and year notes have always used.
  month: (m) => MONTH_SHORT_NAMES[m] ?? '?',
};

/** The formatting of a language. */
export function formatOf(lang: Lang): LangFormat {
  if (lang === 'en') return ENGLISH;
  const f = FORMATS[lang];
  return {
    integer: (n) => f.integer.format(n),
    dollars: (amount, decimals = 0) =>
      amount === null || amount === undefined || amount === ''
        ? '—'
        : (f.usd[decimals] ?? f.usd[0]!).format(Number(amount)),
    centsValue: (c) => (c === null || c === undefined ? '—' : `${f.fixed[1]!.format(c)}¢`),
    cents: (value) =>
      value === null || value === undefined || value === '' ? '—' : `${f.fixed[1]!.format(Number(value) * 100)}¢`,
    kwh: (n) => `${f.integer.format(n)} kWh`,
    // Stryker disable next-line StringLiteral: the ICU of Node 24 writes no dot after a short Spanish month (older ones do), so the replace is a no-op here.
    shortDate: (iso) => (iso ? f.date.format(new Date(`${iso.slice(0, 10)}T12:00:00Z`)).replace('.', '') : '—'),
    decimal: (n, decimals) => (f.fixed[decimals] ?? f.fixed[0]!).format(n),
    month: (m) => f.months[m] ?? '?',
  };
}
