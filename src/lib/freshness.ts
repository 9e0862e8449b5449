import { texasMidnight } from './texas-time';

/** How old the plan data is, and whether that is too old to call current. */
export interface Freshness {
  /** The export date of the newest successful sync. */
  exportDate: string;
  /** Hours since the start of that date in Texas. */
  ageHours: number;
  staleAfterHours: number;
  stale: boolean;
}

/**
 * The age of the data is measured from the start (midnight, Texas time) of the newest imported
 * export's date, not from when the sync finished: an export cannot be fresher than its date, and
 * a site that has just replayed recordings from January is not current in December. With a
 * daily early-morning sync the age stays under about 30 hours; a missed day pushes it past 36.
 */
export function dataFreshness(exportDate: string, now: Date, staleAfterHours: number): Freshness {
  const ageHours = Math.max(0, (now.getTime() - texasMidnight(exportDate).getTime()) / 3_600_000);
  return {
    exportDate,
    ageHours: Math.round(ageHours * 10) / 10,
    staleAfterHours,
    stale: ageHours > staleAfterHours,
  };
}
