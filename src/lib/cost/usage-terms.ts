// Reads usage-conditional credits and fees out of the export's free text, in English and Spanish.
// It is deliberately narrow: a sentence counts only if it has exactly one dollar amount, a kWh
// threshold and a direction ("or more", "below", "between … and …"). Anything vaguer is ignored,
// and the step model later rejects a reading that does not reproduce the posted prices.
import type { PlanPricing, UsageStep, UsageTerms } from './types';

const NUMBER = String.raw`\d{1,3}(?:,\d{3})+|\d+`;
const KWH = new RegExp(String.raw`(${NUMBER})\s*kwh`, 'gi');
const DOLLARS = new RegExp(String.raw`\$\s?(${NUMBER})(\.\d{1,2})?`, 'g');
const BETWEEN = new RegExp(
  String.raw`(?:between|from|entre)\s+(${NUMBER})\s*(?:kwh\s*)?(?:and|y|to|-)\s+(${NUMBER})\s*kwh`,
  'i',
);

const CREDIT_WORD = /cr[eé]dit|bonus|rebate|reward|descuento|discount/i;
const FEE_WORD = /\bfee|\bcharge|\bcargo|\bcuota|penalt/i;
const NEGATED_FEE = /\b(?:no|sin|without|never|nunca|ni)\b.{0,30}?(?:fee|charge|cargo|cuota|penalt)/i;
const FLAT_BILL = /same amount|misma cantidad|flat (?:bill|amount)|fixed bill|monto fijo/i;

// Direction words sit right before the number ("at least 1000 kWh", "below 500 kWh") or right
// after "kWh" ("1,000 kWh or more"); looking only there keeps "hasta" or "over" elsewhere in a
// sentence from flipping the reading.
const AT_LEAST_AFTER = /^\s*(?:or more|or greater|or higher|or above|or over|o m[aá]s|o superior)/i;
const AT_LEAST_BEFORE = /(?:at least|reach(?:es)?|al menos|como m[ií]nimo|alcanc?e(?: los)?|alcanza(?: los)?)\s*$/i;
const MORE_THAN_BEFORE =
  /(?:more than|greater than|above|over|exceeds?|exceeding|in excess of|m[aá]s de|mayor(?:es)? (?:a|de|que)|superior(?:es)? a)\s*$/i;
const AT_MOST_AFTER = /^\s*(?:or less|or fewer|o menos)/i;
const AT_MOST_BEFORE = /(?:up to|at most|hasta)\s*$/i;
const LESS_THAN_BEFORE =
  /(?:below|under|less than|fewer than|menos de|menor(?:es)? (?:a|de|que)|inferior(?:es)? a|por debajo de)\s*$/i;

/** The usage terms of a plan: [Fees/Credits] wins, [SpecialTerms] only fills in when it is silent. */
export function readUsageTerms(plan: Pick<PlanPricing, 'feesCredits' | 'specialTerms'>): UsageTerms {
  // Octopus Lite (2026-01-10) posts a $125 credit in [Fees/Credits] and a stale $100 one in its
  // marketing text; adding both would double the credit, and only the $125 fits the prices.
  const fees = parseUsageTerms(plan.feesCredits ?? '');
  if (fees.steps.length > 0 || fees.flatBelowKwh !== null) return { ...fees, source: 'feesCredits' };
  const special = parseUsageTerms(plan.specialTerms ?? '');
  if (special.steps.length > 0 || special.flatBelowKwh !== null) return { ...special, source: 'specialTerms' };
  return { steps: [], flatBelowKwh: null, source: null };
}

/** Every usage step and flat-bill clause in one free-text field. */
export function parseUsageTerms(text: string): Omit<UsageTerms, 'source'> {
  const steps: UsageStep[] = [];
  let flatBelowKwh: number | null = null;
  // Every clause we read names a kWh figure; most marketing text does not, and skipping it keeps ranking under 1 ms.
  if (!/kwh/i.test(text)) return { steps, flatBelowKwh };
  for (const sentence of sentences(text)) {
    const flat = readFlatBill(sentence);
    if (flat !== null) flatBelowKwh ??= flat;
    const step = readStep(sentence);
    if (step && !steps.some((s) => sameStep(s, step))) steps.push(step);
  }
  return { steps, flatBelowKwh };
}

function sentences(text: string): string[] {
  // A period ends a sentence only before whitespace or the end, so "$9.95" and "1,000" survive.
  return text
    .replace(/\u00a0/g, ' ')
    .split(/\.(?=\s|$)|:::|;|\n/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

function readStep(sentence: string): UsageStep | null {
  const amounts = [...sentence.matchAll(DOLLARS)];
  if (amounts.length !== 1) return null;
  const [, whole = '', cents = ''] = amounts[0]!;
  const amount = Number(whole.replace(/,/g, '') + cents);
  const isCredit = CREDIT_WORD.test(sentence);
  const isFee = FEE_WORD.test(sentence) && !NEGATED_FEE.test(sentence);
  if (isCredit === isFee || !(amount > 0)) return null;
  const band = readBand(sentence);
  return band && { kind: isCredit ? 'credit' : 'fee', amount, ...band };
}

type Band = Pick<UsageStep, 'fromKwh' | 'fromInclusive' | 'toKwh' | 'toInclusive'>;

function readBand(sentence: string): Band | null {
  const between = BETWEEN.exec(sentence);
  if (between) {
    const [low, high] = [kwh(between[1]), kwh(between[2])];
    return low < high ? { fromKwh: low, fromInclusive: true, toKwh: high, toInclusive: true } : null;
  }
  const match = onlyThreshold(sentence);
  if (!match) return null;
  const { kwh: threshold, before, after } = match;
  if (AT_LEAST_AFTER.test(after) || AT_LEAST_BEFORE.test(before))
    return { fromKwh: threshold, fromInclusive: true, toKwh: null, toInclusive: false };
  if (MORE_THAN_BEFORE.test(before))
    return { fromKwh: threshold, fromInclusive: false, toKwh: null, toInclusive: false };
  if (AT_MOST_AFTER.test(after) || AT_MOST_BEFORE.test(before))
    return { fromKwh: null, fromInclusive: false, toKwh: threshold, toInclusive: true };
  if (LESS_THAN_BEFORE.test(before))
    return { fromKwh: null, fromInclusive: false, toKwh: threshold, toInclusive: false };
  return null;
}

// The single "N kWh" in a sentence with the text just before and after it; null when there are none or several.
function onlyThreshold(sentence: string): { kwh: number; before: string; after: string } | null {
  const found = [...sentence.matchAll(KWH)];
  if (found.length !== 1) return null;
  const [match] = found as [RegExpExecArray];
  const end = match.index + match[0].length;
  return {
    kwh: kwh(match[1]),
    before: sentence.slice(Math.max(0, match.index - 40), match.index),
    after: sentence.slice(end, end + 25),
  };
}

function readFlatBill(sentence: string): number | null {
  if (!FLAT_BILL.test(sentence)) return null;
  const match = onlyThreshold(sentence);
  return match && LESS_THAN_BEFORE.test(match.before) ? match.kwh : null;
}

function kwh(digits: string | undefined): number {
  return Number((digits ?? '').replace(/,/g, ''));
}

function sameStep(a: UsageStep, b: UsageStep): boolean {
  return (
    a.kind === b.kind &&
    a.amount === b.amount &&
    a.fromKwh === b.fromKwh &&
    a.fromInclusive === b.fromInclusive &&
    a.toKwh === b.toKwh &&
    a.toInclusive === b.toInclusive
  );
}

/** Whether a step applies at this usage. */
export function stepApplies(step: UsageStep, usageKwh: number): boolean {
  const { fromKwh, toKwh } = step;
  const aboveFloor = fromKwh === null || usageKwh > fromKwh || (step.fromInclusive && usageKwh === fromKwh);
  const belowCeiling = toKwh === null || usageKwh < toKwh || (step.toInclusive && usageKwh === toKwh);
  return aboveFloor && belowCeiling;
}

/** Net dollars the steps add at this usage: fees positive, credits negative. */
export function stepsTotal(steps: readonly UsageStep[], usageKwh: number): number {
  let total = 0;
  for (const step of steps) if (stepApplies(step, usageKwh)) total += step.kind === 'fee' ? step.amount : -step.amount;
  return total;
}
