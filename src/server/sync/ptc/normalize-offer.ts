import { z } from 'zod';
import { tdspByPtcName, type TdspInfo } from '~/server/sync/tdsp/registry';
import { parseCancelFee, type CancelFee } from './cancel-fee';
import type { RawOffer } from './columns';
import type { RejectedRow } from './errors';

/** One export row, validated and typed. Prices stay decimal strings ($/kWh, 4 places). */
export interface Offer {
  line: number;
  externalId: string;
  tdsp: TdspInfo;
  rep: string;
  product: string;
  rate500: string;
  rate1000: string;
  rate2000: string;
  feesCredits: string | null;
  isPrepaid: boolean;
  isTimeOfUse: boolean;
  hasPromotion: boolean;
  rateType: 'fixed' | 'variable' | 'indexed';
  percentGreen: number | null;
  termMonths: number;
  cancelFee: CancelFee;
  websiteUrl: string | null;
  specialTerms: string | null;
  termsUrl: string | null;
  yracUrl: string | null;
  eflUrl: string | null;
  enrollUrl: string | null;
  prepaidUrl: string | null;
  enrollPhone: string | null;
  isNewCustomerOnly: boolean | null;
  hasMinUsageFee: boolean;
  language: 'en' | 'es';
  rating: number | null;
}

const text = z.string().transform((s) => (s.trim() === '' ? null : s.trim()));
const required = z.string().trim().min(1, 'is empty');
// The export writes booleans three ways: True/False, TRUE/FALSE and 1/0.
const flag = z
  .string()
  .trim()
  .transform((s, ctx) => {
    const v = s.toLowerCase();
    if (v === '') return null;
    if (['true', '1', 'yes'].includes(v)) return true;
    if (['false', '0', 'no'].includes(v)) return false;
    ctx.addIssue({ code: 'custom', message: `is not a boolean: "${s}"` });
    return z.NEVER;
  });
// A posted average price is an all-in ¢/kWh figure: delivery alone costs 4–7¢, and the 18
// recorded exports range from 7.4¢ to 37¢, bar one Spanish row of 21 Jan 2026 that posts
// 1.5240 $/kWh (152¢) at 500 kWh where its English twin posts 0.1520, a slipped decimal point.
// Outside 1–100¢ a price is impossible, not merely unusual, and the row is refused with it.
export const PRICE_LIMITS = { min: 0.01, max: 1 } as const;
const price = z
  .string()
  .trim()
  .regex(/^\d*\.?\d+$/, 'is not a price in $/kWh')
  .transform((text, ctx) => {
    const p = Number(text);
    if (p < PRICE_LIMITS.min || p > PRICE_LIMITS.max) {
      ctx.addIssue({
        code: 'custom',
        message: `is ${text} $/kWh (${(p * 100).toFixed(1)}¢/kWh), an impossible price: posted prices lie between 1¢ and 100¢ per kWh`,
      });
      return z.NEVER;
    }
    return p.toFixed(4);
  });
const wholeNumber = (min: number, max: number) =>
  z
    .string()
    .trim()
    .regex(/^\d+$/, 'is not a whole number')
    .transform(Number)
    .refine((n) => n >= min && n <= max, `is outside ${min}–${max}`);
const url = text.transform((s) => (s && /^https?:\/\/\S+$/i.test(s) ? s : null));

const rowSchema = z.object({
  idKey: z
    .string()
    .trim()
    .regex(/^\d{1,12}$/, 'is not a numeric id'),
  TduCompanyName: required,
  RepCompany: required,
  Product: required,
  kwh500: price,
  kwh1000: price,
  kwh2000: price,
  'Fees/Credits': text,
  PrePaid: flag,
  TimeOfUse: flag,
  RateType: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.enum(['fixed', 'variable', 'indexed'], { error: 'is not Fixed, Variable or Indexed' })),
  // A few rows leave it blank: unknown, which is not the same as 0 %.
  Renewable: z.union([z.literal('').transform(() => null), wholeNumber(0, 100)]),
  TermValue: wholeNumber(0, 120),
  CancelFee: z.string().transform(parseCancelFee),
  Website: url,
  SpecialTerms: text,
  TermsURL: url,
  YRACURL: url,
  Promotion: flag,
  FactsURL: url,
  EnrollURL: url,
  PrepaidURL: url,
  EnrollPhone: text,
  NewCustomer: flag,
  MinUsageFeesCredits: flag,
  Language: z.enum(['English', 'Spanish'], { error: 'is not English or Spanish' }),
  Rating: z.union([z.literal('').transform(() => null), wholeNumber(0, 5)]),
});

/** Validates one raw row; returns the typed offer or a rejection naming each bad field. */
export function normalizeOffer(line: number, raw: RawOffer): { offer: Offer } | { rejected: RejectedRow } {
  const parsed = rowSchema.safeParse(raw);
  if (!parsed.success) {
    const reason = parsed.error.issues.map((i) => `[${i.path.join('.')}] ${i.message}`).join('; ');
    return { rejected: { line, externalId: raw.idKey, reason } };
  }
  const r = parsed.data;
  const tdsp = tdspByPtcName(r.TduCompanyName);
  if (!tdsp) {
    return { rejected: { line, externalId: r.idKey, reason: `utility not covered: ${r.TduCompanyName}` } };
  }
  return {
    offer: {
      line,
      externalId: r.idKey,
      tdsp,
      rep: r.RepCompany,
      product: r.Product,
      rate500: r.kwh500,
      rate1000: r.kwh1000,
      rate2000: r.kwh2000,
      feesCredits: r['Fees/Credits'],
      isPrepaid: r.PrePaid ?? false,
      isTimeOfUse: r.TimeOfUse ?? false,
      hasPromotion: r.Promotion ?? false,
      rateType: r.RateType,
      percentGreen: r.Renewable,
      termMonths: r.TermValue,
      cancelFee: r.CancelFee,
      websiteUrl: r.Website,
      specialTerms: r.SpecialTerms,
      termsUrl: r.TermsURL,
      yracUrl: r.YRACURL,
      eflUrl: r.FactsURL,
      enrollUrl: r.EnrollURL,
      prepaidUrl: r.PrepaidURL,
      enrollPhone: r.EnrollPhone,
      isNewCustomerOnly: r.NewCustomer,
      hasMinUsageFee: r.MinUsageFeesCredits ?? false,
      language: r.Language === 'English' ? 'en' : 'es',
      rating: r.Rating,
    },
  };
}
