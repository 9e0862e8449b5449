import { afterTermAssumption, type AfterTermAssumption, type AfterTermBasis } from '~/lib/cost';
import type { PlanDto } from '~/lib/plan';
import { shapedUsages, texasMonth, usagesForWindow } from '~/lib/usage';
import type { TdspRef } from '~/server/catalog';
import { memoOnList } from './list-memo';
import { toPricing } from './rank-plans';

/** How much the shopper uses: an average spread by the Texas shape, or twelve months from their bills (January first). */
export interface UsageInput {
  averageKwh: number;
  months: number[] | null;
}

/** The twelve months an estimate covers: from the current month in Texas, with each month's usage. */
export interface YearBasis {
  /** 0 (January) to 11: the month the twelve start with. */
  startMonth: number;
  /** The calendar year of the start month, in Texas. */
  startYear: number;
  /** The twelve months as YYYY-MM, in window order. */
  monthKeys: string[];
  /** In window order: the start month first. */
  usages: number[];
  /** The average the page shows: the shopper's, or the mean of their twelve months. */
  averageKwh: number;
  /** True when the usages are the shopper's own twelve months. */
  fromBills: boolean;
  /** The shopper's twelve months, January first, for links that keep them. */
  months: number[] | null;
}

const TEXAS_YEAR = new Intl.DateTimeFormat('en-US', { timeZone: 'America/Chicago', year: 'numeric' });

/** The twelve usages of the next twelve months for this shopper, from `now` in Texas time. */
export function yearBasis(usage: UsageInput, now: Date): YearBasis {
  const startMonth = texasMonth(now);
  const startYear = Number(TEXAS_YEAR.format(now));
  const monthKeys = Array.from({ length: 12 }, (_, i) => {
    const m = startMonth + i;
    return `${startYear + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
  });
  const when = { startMonth, startYear, monthKeys };
  if (usage.months) {
    const averageKwh = Math.round(usage.months.reduce((a, b) => a + b, 0) / 12);
    return {
      ...when,
      usages: usagesForWindow(usage.months, startMonth),
      averageKwh,
      fromBills: true,
      months: usage.months,
    };
  }
  return {
    ...when,
    usages: shapedUsages(usage.averageKwh, startMonth),
    averageKwh: usage.averageKwh,
    fromBills: false,
    months: null,
  };
}

/** The after-term assumption as a page states it: "after month 4 we assume 16.2¢/kWh, today's median…". */
export interface AfterTermView {
  basis: AfterTermBasis;
  planCount: number;
  /** The ¢/kWh the assumption implies at the shopper's average usage. */
  centsPerKwh: number | null;
  utilityName: string;
}

/** One utility's after-term assumption, and how to state it; null for a utility without plans. */
export function afterTermFor(
  plans: PlanDto[],
  utility: TdspRef,
  averageKwh: number,
): { assumption: AfterTermAssumption; view: AfterTermView } | null {
  if (plans.length === 0) return null;
  // Depends on the list alone: once per loaded list (list-memo.ts).
  const assumption = memoOnList(plans, 'after-term', () => afterTermAssumption(plans.map(toPricing)));
  return {
    assumption,
    view: {
      basis: assumption.basis,
      planCount: assumption.planCount,
      centsPerKwh: assumption.centsPerKwhAt(averageKwh),
      utilityName: utility.name,
    },
  };
}
