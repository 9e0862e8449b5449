import type { Offer } from './normalize-offer';

/** A plan_features row before it has a plan id. */
export interface DerivedFeature {
  featureType: 'billing' | 'contract' | 'energy';
  featureName: string;
  featureValue: string | null;
  displayName: string;
  displayOrder: number;
  isHighlighted: boolean;
}

// Rules over the export's flags and its English or Spanish free text. Each rule is tested
// on real rows (tests/unit/ptc-offers.test.ts) and listed in docs/data-pipeline.md#features.
const AUTOPAY = /\bauto[\s-]?pay\b|autopay|automatic (bill )?payments?|pago autom[aá]tico|pagos autom[aá]ticos/i;
// Auto pay merely "available" is not a requirement; "requires", "must" or a fee for stopping it is.
const AUTOPAY_REQUIRED =
  /requires?|required|must|mandatory|requiere|debe|obligatori|\bstop|detienes|breakage|interrupci/i;
const NO_DEPOSIT =
  /\bno\b[^.]{0,30}\bdeposit|without (a )?deposit|deposit[- ]free|sin dep[oó]sito|no se requiere dep[oó]sito/i;
const DEPOSIT_REQUIRED = /deposit (is |may be )?required|requires? a (security )?deposit|dep[oó]sito (es )?requerido/i;
const BILL_CREDIT = /bill credit|cr[eé]dito (de|en) (la |su )?factura|cr[eé]dito de \$/i;
const MIN_USAGE = /minimum usage|usage (fee|charge)|less than \d[\d,]* ?kwh|below \d[\d,]* ?kwh|uso m[ií]nimo/i;
// "No hidden fees or minimum usage penalties" promises the opposite of a minimum-usage charge.
const NO_MIN_USAGE =
  /\bno\b[^.]{0,40}minimum usage|without (a |any )?minimum usage|\bsin\b[^.]{0,40}uso m[ií]nimo|\bni\b[^.]{0,40}uso m[ií]nimo/i;
const MONEY = /\$\s?(\d{1,4}(?:\.\d{2})?)/;

// A blank field joins as '', and a sentence's leading whitespace changes no rule.
const textOf = (o: Offer) => [o.feesCredits, o.specialTerms].join(' \n ');
const sentences = (text: string) => text.split(/(?<=[.!?])\s|\n/);

/** The normalised features of an offer, plus the two flags the plan row stores directly. */
export function deriveFeatures(o: Offer): {
  features: DerivedFeature[];
  requiresAutoPay: boolean;
  requiresDeposit: boolean;
} {
  const text = textOf(o);
  const sentenceList = sentences(text);
  const features: DerivedFeature[] = [];
  const add = (
    featureType: DerivedFeature['featureType'],
    featureName: string,
    displayName: string,
    featureValue: string | null = null,
    isHighlighted = false,
  ) =>
    features.push({
      featureType,
      featureName,
      featureValue,
      displayName,
      displayOrder: features.length,
      isHighlighted,
    });

  if (o.percentGreen === 100) add('energy', 'renewable_100', '100% renewable', '100', true);
  else if ((o.percentGreen ?? 0) > 0)
    add('energy', 'renewable_partial', `${o.percentGreen}% renewable`, String(o.percentGreen));
  if (o.isTimeOfUse) add('energy', 'time_of_use', 'Time-of-use pricing', null, true);
  if (o.isPrepaid) add('billing', 'prepaid', 'Prepaid', null, true);
  const credit = BILL_CREDIT.test(text);
  if (credit) add('billing', 'bill_credit', 'Bill credit', MONEY.exec(o.feesCredits ?? text)?.[1] ?? null, true);
  const minUsage = o.hasMinUsageFee || sentenceList.some((s) => MIN_USAGE.test(s) && !NO_MIN_USAGE.test(s));
  if (minUsage) add('billing', 'min_usage_fee', 'Minimum-usage fee or credit', null, true);
  const requiresAutoPay = sentenceList.some((s) => AUTOPAY.test(s) && AUTOPAY_REQUIRED.test(s));
  if (requiresAutoPay) add('billing', 'autopay_required', 'Auto pay required');
  const noDeposit = NO_DEPOSIT.test(text);
  const requiresDeposit = !noDeposit && (o.isPrepaid ? false : DEPOSIT_REQUIRED.test(text));
  if (noDeposit) add('billing', 'no_deposit', 'No deposit');
  if (requiresDeposit) add('billing', 'deposit_required', 'Deposit may be required');
  if (o.isNewCustomerOnly) add('contract', 'new_customers_only', 'New customers only');
  if (o.cancelFee.perMonth) {
    // Stryker disable next-line OptionalChaining: parseCancelFee sets perMonth only with an amount.
    add('contract', 'etf_per_month', 'Cancellation fee per remaining month', o.cancelFee.amount?.toFixed(2) ?? null);
  }
  return { features, requiresAutoPay, requiresDeposit };
}
