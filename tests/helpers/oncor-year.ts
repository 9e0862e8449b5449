// The real Oncor offers of 2026-01-29 as the site lists them, and a plan's estimated year at
// 1,000 kWh a month: the fixture of the chart and plan-words tests.
import { afterTermAssumption, yearCost } from '~/lib/cost';
import { shapedUsages } from '~/lib/usage';
import { EXPORT_2026_01_29, readListedPlans } from './ptc-export-rows';

export const ONCOR = readListedPlans(EXPORT_2026_01_29, 'ONCOR');
/** The after-term price Oncor's listings give. */
export const oncorAssumption = afterTermAssumption(ONCOR);
/** An Oncor offer by its Power to Choose id. */
export const oncorPlan = (id: string) => ONCOR.find((p) => p.id === id)!;
/** An Oncor offer's next twelve bills at 1,000 kWh a month, signing up in calendar month `start`. */
export const oncorYear = (id: string, start = 0) =>
  yearCost(oncorPlan(id), shapedUsages(1000, start), start, oncorAssumption);
