import { shortDate } from '~/lib/format';
import type { DataVersion } from '~/server/queries/sync/get-data-version';

/** Where a page's plan data came from, for the line every plan list shows. */
export interface Provenance {
  dataVersion: number | null;
  snapshotDate: string | null;
  /** "Power to Choose export of 29 Jan 2026". */
  label: string;
}

/** What the saved data says about itself, for the "Showing saved plan data from …" notice. */
export interface SavedInfo {
  generatedAt: string;
  snapshotDate: string | null;
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

/** The provenance line for data read from the saved files. */
export function savedProvenance(file: { dataVersion: number | null; snapshotDate: string | null }): Provenance {
  return {
    dataVersion: file.dataVersion,
    snapshotDate: file.snapshotDate,
    label: file.snapshotDate
      ? `Power to Choose export of ${shortDate(file.snapshotDate)} (saved copy)`
      : 'Saved plan data',
  };
}

/** The notice details of a saved file's metadata. */
export const savedInfoOf = (f: { generatedAt: string; snapshotDate: string | null }): SavedInfo => ({
  generatedAt: f.generatedAt,
  snapshotDate: f.snapshotDate,
});
