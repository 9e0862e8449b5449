// Number wording for the labels. Kept free of Intl so label text is identical on every runtime
// and locale, which the tests and cached pages rely on.
import type { UsageStep } from './types';

/** 1000 → "1,000" (whole kWh). */
export function formatKwh(kwh: number): string {
  return Math.round(kwh)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** 0.1812 $/kWh → "18.1¢/kWh". */
export function formatCentsPerKwh(dollarsPerKwh: number): string {
  return `${(dollarsPerKwh * 100).toFixed(1)}¢/kWh`;
}

/** 100 → "$100", 9.95 → "$9.95". */
export function formatDollars(dollars: number): string {
  const cents = Math.round(dollars * 100);
  return cents % 100 === 0
    ? `$${formatKwh(cents / 100)}`
    : `$${formatKwh(Math.floor(cents / 100))}.${String(cents % 100).padStart(2, '0')}`;
}

/** The usage band a step applies in, e.g. "1,000 kWh or more" or "between 1,000 and 2,000 kWh". */
export function describeBand(step: UsageStep): string {
  const { fromKwh, toKwh } = step;
  if (fromKwh !== null && toKwh !== null) return `between ${formatKwh(fromKwh)} and ${formatKwh(toKwh)} kWh`;
  if (fromKwh !== null)
    return step.fromInclusive ? `${formatKwh(fromKwh)} kWh or more` : `more than ${formatKwh(fromKwh)} kWh`;
  if (toKwh !== null) return step.toInclusive ? `${formatKwh(toKwh)} kWh or less` : `less than ${formatKwh(toKwh)} kWh`;
  return 'any usage';
}

/** "$100 bill credit" or "$9.95 fee". */
export function describeStep(step: UsageStep): string {
  return `${formatDollars(step.amount)} ${step.kind === 'credit' ? 'bill credit' : 'fee'}`;
}
