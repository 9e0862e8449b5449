// Numbers, money and dates in a page's language, through Intl (es-US for Spanish). Formatters
// are built once per language: building one per call showed up in profiles (see lib/format.ts).
import { cents, centsValue, dollars, kwh, shortDate } from '../format';
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
  const oneDecimal = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return {
    integer: new Intl.NumberFormat(locale),
    usd,
    oneDecimal,
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
}

// English keeps the site's long-standing formatting (lib/format.ts) to the character.
const ENGLISH: LangFormat = {
  integer: (n) => FORMATS.en.integer.format(n),
  dollars,
  centsValue,
  cents,
  kwh,
  shortDate,
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
    centsValue: (c) => (c === null || c === undefined ? '—' : `${f.oneDecimal.format(c)}¢`),
    cents: (value) =>
      value === null || value === undefined || value === '' ? '—' : `${f.oneDecimal.format(Number(value) * 100)}¢`,
    kwh: (n) => `${f.integer.format(n)} kWh`,
    shortDate: (iso) => (iso ? f.date.format(new Date(`${iso.slice(0, 10)}T12:00:00Z`)).replace('.', '') : '—'),
  };
}
