import { shortDate } from '../../lib/format';
import type { DataVersion } from '../queries/sync/get-data-version';

/** Where a page's plan data came from, for the line every plan list shows. */
export interface Provenance {
  dataVersion: number | null;
  snapshotDate: string | null;
  /** "Power to Choose export of 29 Jan 2026". */
  label: string;
}

/** The provenance line for a data version (or for no data yet). */
export function provenanceOf(version: DataVersion | null): Provenance {
  if (!version) return { dataVersion: null, snapshotDate: null, label: 'No plan data has been imported yet' };
  const recorded = !/^https?:/.test(version.source);
  return {
    dataVersion: version.id,
    snapshotDate: version.snapshotDate,
    label: `Power to Choose export of ${shortDate(version.snapshotDate)}${recorded ? ' (recorded copy)' : ''}`,
  };
}

/** The provenance line for data read from the saved fallback files. */
export function savedProvenance(file: { dataVersion: number | null; snapshotDate: string | null }): Provenance {
  return {
    dataVersion: file.dataVersion,
    snapshotDate: file.snapshotDate,
    label: file.snapshotDate
      ? `Power to Choose export of ${shortDate(file.snapshotDate)} (saved copy)`
      : 'Saved plan data',
  };
}
