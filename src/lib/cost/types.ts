// Shapes shared by the true-cost engine. Prices stay in $/kWh, as Power to Choose posts
// them, so nothing here depends on how a caller stores or formats them.

/** How the price may move: indexed plans follow a market index, variable ones the REP's say-so. */
export type RateType = 'fixed' | 'variable' | 'indexed';

/** One offer as the engine needs it: the three posted average prices plus the terms that bend them. */
export interface PlanPricing {
  /** Average price in $/kWh at 500 kWh, delivery charges included (the export's [kwh500]). */
  rate500: number;
  /** Average price in $/kWh at 1,000 kWh: the only figure Power to Choose sorts by. */
  rate1000: number;
  /** Average price in $/kWh at 2,000 kWh. */
  rate2000: number;
  /** Free text from the export's [Fees/Credits]. */
  feesCredits?: string | null;
  /** Free text from the export's [SpecialTerms]. */
  specialTerms?: string | null;
  /** The plan's name; only read for words like "Free Nights" that the flags do not carry. */
  productName?: string | null;
  isTimeOfUse: boolean;
  isPrepaid: boolean;
  rateType: RateType;
  termMonths: number;
  /** Early-termination fee in dollars, either flat or per month left (see cancellationFeePerMonth). */
  cancellationFee?: number | null;
  cancellationFeePerMonth?: boolean;
  /** The export's [MinUsageFeesCredits] flag, which Power to Choose sets for fees and credits alike. */
  hasMinUsageFee?: boolean;
}

/** A plan that can be ranked: pricing plus a stable id for the last tie-break. */
export type RankablePlan = PlanPricing & { id: string };

/** A fixed dollar amount that applies only in a usage band, read from the plan's text. */
export interface UsageStep {
  kind: 'credit' | 'fee';
  /** Dollars, always positive; `kind` gives the sign. */
  amount: number;
  /** Lower bound in kWh, or null when the step applies from 0. */
  fromKwh: number | null;
  fromInclusive: boolean;
  /** Upper bound in kWh, or null when the step has no ceiling. */
  toKwh: number | null;
  toInclusive: boolean;
}

/** What the plan's text says about usage-dependent charges. */
export interface UsageTerms {
  steps: UsageStep[];
  /** "Pay the same amount whenever usage is below N kWh": N, or null. */
  flatBelowKwh: number | null;
  /** Which field the steps came from, so labels and docs can say where a figure was read. */
  source: 'feesCredits' | 'specialTerms' | null;
}

/** `step` = base charge + energy rate + the parsed steps; `interpolated` = straight lines between posted bills. */
export type CostModelKind = 'step' | 'interpolated';

/** The monthly bill at one usage, with how far to trust it. */
export interface CostEstimate {
  usageKwh: number;
  /** Dollars per month, never negative. */
  bill: number;
  /** Average ¢/kWh at this usage; null below 1 kWh, where an average price means nothing. */
  centsPerKwh: number | null;
  model: CostModelKind;
  /** True when the bill between the posted points is known to be a guess. */
  approximate: boolean;
  reason: string | null;
}

/** The trap families the labels report. */
export type TrapKind =
  | 'bill-credit'
  | 'minimum-usage'
  | 'usage-fee'
  | 'time-of-use'
  | 'short-term'
  | 'variable-rate'
  | 'prepaid'
  | 'etf-per-month';

/** How loudly the UI should show a label. */
export type TrapSeverity = 'high' | 'medium' | 'low';

/** One plain-words warning about a plan. */
export interface TrapLabel {
  kind: TrapKind;
  severity: TrapSeverity;
  text: string;
}

/** Options shared by every entry point that fits a model. */
export interface CostOptions {
  /**
   * Largest accepted |model price − posted price| in $/kWh for the step model: half the last
   * posted digit. Defaults to EFL_PRICE_TOLERANCE (0.1¢ rounding of EFL averages); pass
   * POSTED_PRICE_TOLERANCE to demand the export's 4 decimals.
   */
  tolerance?: number;
}
