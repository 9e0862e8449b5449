// The shopper's plan filters: one definition shared by the query-string parser, the indexable
// filter paths (/texas/dallas/12-month/fixed-rate), the filter form and the plan matcher.

/** Contract length buckets. */
export const TERM_BUCKETS = {
  short: { label: '6 months or less', segment: 'short-term', min: 0, max: 6 },
  '12': { label: '7 to 12 months', segment: '12-month', min: 7, max: 12 },
  '24': { label: '13 to 24 months', segment: '24-month', min: 13, max: 24 },
  long: { label: 'More than 24 months', segment: 'long-term', min: 25, max: Infinity },
} as const;
export type TermBucket = keyof typeof TERM_BUCKETS;

export const RATE_FILTERS = {
  fixed: { label: 'Fixed rate', segment: 'fixed-rate' },
  variable: { label: 'Variable rate', segment: 'variable-rate' },
  indexed: { label: 'Indexed rate', segment: 'indexed-rate' },
} as const;
export type RateFilter = keyof typeof RATE_FILTERS;

export const GREEN_FILTERS = {
  '50': { label: 'At least 50% renewable', segment: 'renewable-50' },
  '100': { label: '100% renewable', segment: 'green-energy' },
} as const;
export type GreenFilter = keyof typeof GREEN_FILTERS;

/** Include or leave out plans with a trait (prepaid, time of use, auto pay required). */
export type Toggle = 'only' | 'exclude';

export interface PlanFilters {
  term?: TermBucket;
  rate?: RateFilter;
  green?: GreenFilter;
  prepaid?: Toggle;
  tou?: Toggle;
  autopay?: Toggle;
  noDeposit?: boolean;
}

/** What a plan must expose for filtering. */
export interface FilterablePlan {
  termMonths: number;
  rateType: string;
  percentGreen: number | null;
  isPrePay: boolean;
  isTimeOfUse: boolean;
  requiresAutoPay: boolean;
  requiresDeposit: boolean;
  features: { name: string }[];
}

const toggle = (wanted: Toggle | undefined, has: boolean) => wanted === undefined || (wanted === 'only' ? has : !has);

/** Whether a plan passes every active filter. */
export function matchesFilters(plan: FilterablePlan, f: PlanFilters): boolean {
  if (f.term) {
    const { min, max } = TERM_BUCKETS[f.term];
    if (plan.termMonths < min || plan.termMonths > max) return false;
  }
  if (f.rate && plan.rateType !== f.rate) return false;
  if (f.green && (plan.percentGreen ?? 0) < Number(f.green)) return false;
  if (f.noDeposit && !plan.features.some((x) => x.name === 'no_deposit')) return false;
  return toggle(f.prepaid, plan.isPrePay) && toggle(f.tou, plan.isTimeOfUse) && toggle(f.autopay, plan.requiresAutoPay);
}

/** Number of active filters. */
export const activeFilterCount = (f: PlanFilters) =>
  Object.values(f).filter((v) => v !== undefined && v !== false).length;

// Path segments search engines may index, in canonical order: term, then rate, then energy.
const SEGMENTS: {
  segment: string;
  apply: (f: PlanFilters) => void;
  kind: 'term' | 'rate' | 'green' | 'prepaid' | 'deposit';
}[] = [
  ...Object.entries(TERM_BUCKETS).map(([k, v]) => ({
    segment: v.segment,
    kind: 'term' as const,
    apply: (f: PlanFilters) => void (f.term = k as TermBucket),
  })),
  ...Object.entries(RATE_FILTERS).map(([k, v]) => ({
    segment: v.segment,
    kind: 'rate' as const,
    apply: (f: PlanFilters) => void (f.rate = k as RateFilter),
  })),
  ...Object.entries(GREEN_FILTERS).map(([k, v]) => ({
    segment: v.segment,
    kind: 'green' as const,
    apply: (f: PlanFilters) => void (f.green = k as GreenFilter),
  })),
  { segment: 'prepaid', kind: 'prepaid', apply: (f) => void (f.prepaid = 'only') },
  { segment: 'no-deposit', kind: 'deposit', apply: (f) => void (f.noDeposit = true) },
];
const ORDER = ['term', 'rate', 'green', 'prepaid', 'deposit'];

/** Longest indexable filter path: two segments. */
export const MAX_FILTER_SEGMENTS = 2;

/**
 * Parses indexable filter segments. Returns null for unknown segments, repeats of one kind or
 * more than two; `canonical` is the same filters in canonical order (redirect if it differs).
 */
export function parseFilterSegments(segments: string[]): { filters: PlanFilters; canonical: string[] } | null {
  if (segments.length > MAX_FILTER_SEGMENTS) return null;
  const found = segments.map((s) => SEGMENTS.find((x) => x.segment === s));
  if (found.some((x) => !x)) return null;
  const kinds = found.map((x) => x!.kind);
  if (new Set(kinds).size !== kinds.length) return null;
  const filters: PlanFilters = {};
  found.forEach((x) => x!.apply(filters));
  const canonical = [...found].sort((a, b) => ORDER.indexOf(a!.kind) - ORDER.indexOf(b!.kind)).map((x) => x!.segment);
  return { filters, canonical };
}

/** The indexable path segments for filters, or null when they cannot be expressed as a path. */
export function filterSegments(f: PlanFilters): string[] | null {
  if (f.tou || f.autopay || f.prepaid === 'exclude') return null;
  const segments = [
    f.term && TERM_BUCKETS[f.term].segment,
    f.rate && RATE_FILTERS[f.rate].segment,
    f.green && GREEN_FILTERS[f.green].segment,
    f.prepaid === 'only' ? 'prepaid' : undefined,
    f.noDeposit ? 'no-deposit' : undefined,
  ].filter((s): s is string => Boolean(s));
  return segments.length <= MAX_FILTER_SEGMENTS ? segments : null;
}

/** A short human description of active filters, for titles ("12-month fixed-rate"). */
export function describeFilters(f: PlanFilters, lang: 'en' | 'es' = 'en'): string {
  if (lang === 'es') return describeFiltersEs(f);
  const parts = [
    f.term && { short: 'short-term', '12': '12-month', '24': '24-month', long: 'long-term' }[f.term],
    f.rate && `${f.rate}-rate`,
    f.green && (f.green === '100' ? '100% renewable' : '50%+ renewable'),
    f.prepaid === 'only' && 'prepaid',
    f.noDeposit && 'no-deposit',
  ].filter(Boolean);
  return parts.join(' ');
}

const TERM_ES = { short: 'a corto plazo', '12': 'de 12 meses', '24': 'de 24 meses', long: 'a largo plazo' } as const;
const RATE_ES = { fixed: 'fija', variable: 'variable', indexed: 'indexada' } as const;

/** The Spanish heading words of active filters: "de 12 meses de tarifa fija". */
function describeFiltersEs(f: PlanFilters): string {
  const parts = [
    f.term && TERM_ES[f.term],
    f.rate && `de tarifa ${RATE_ES[f.rate]}`,
    f.green && (f.green === '100' ? '100% renovables' : 'al menos 50% renovables'),
    f.prepaid === 'only' && 'prepagados',
    f.noDeposit && 'sin depósito',
  ].filter(Boolean);
  return parts.join(' ');
}
