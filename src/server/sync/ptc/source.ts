import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { downloadExport, DownloadError, type DownloadLimits } from './download';

/** Where a sync's plans came from, and the export's date. */
export interface PlanSource {
  text: string;
  source: string;
  snapshotDate: string;
  /** A live download (which must end with END OF FILE) or a recorded file. */
  origin: 'live' | 'file';
  /** Set when the live export failed and a recorded one was used instead. */
  fallbackReason?: string;
}

const DATE_IN_NAME = /(\d{4}-\d{2}-\d{2})/;

/** Today's date in Texas (Central time), the date of a live export. */
export const texasToday = (now = new Date()) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Chicago' }).format(now);

/** Reads a recorded export; its date comes from the YYYY-MM-DD in its file name. */
export function readPlanFile(file: string): PlanSource {
  const date = DATE_IN_NAME.exec(path.basename(file))?.[1];
  if (!date) throw new Error(`Cannot tell the export date of ${file}: its name needs a YYYY-MM-DD date.`);
  return { text: readFileSync(file, 'utf8'), source: path.resolve(file), snapshotDate: date, origin: 'file' };
}

/** Every recorded export (a .csv with a YYYY-MM-DD in its name) in a folder, oldest first. */
export function listSnapshots(dir: string): { file: string; date: string }[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.csv') && DATE_IN_NAME.test(f))
    .map((f) => ({ file: path.join(dir, f), date: DATE_IN_NAME.exec(f)![1]! }))
    .sort((a, b) => a.date.localeCompare(b.date) || a.file.localeCompare(b.file));
}

/** The newest recorded export (by the date in its name) in a folder of snapshots. */
export function newestSnapshot(dir: string): string {
  const newest = listSnapshots(dir).at(-1);
  if (!newest) throw new Error(`No dated .csv export found in ${dir}`);
  return newest.file;
}

/** Downloads today's live export. Throws DownloadError when it cannot be had. */
export async function downloadPlanSource(url: string, limits: DownloadLimits, now = new Date()): Promise<PlanSource> {
  return { text: await downloadExport(url, limits), source: url, snapshotDate: texasToday(now), origin: 'live' };
}

/**
 * The live Power to Choose export, or, when it cannot be downloaded, the newest recorded one in
 * `snapshotDir` (with the reason, so the caller can say so). A download that arrives but is
 * damaged is not replaced by a recording: the import refuses it and says why.
 */
export async function loadPlanSource(
  opts: { file?: string; url: string; snapshotDir?: string } & DownloadLimits,
): Promise<PlanSource> {
  if (opts.file) return readPlanFile(opts.file);
  try {
    return await downloadPlanSource(opts.url, opts);
  } catch (error) {
    if (!(error instanceof DownloadError)) throw error;
    const reason = `live export unavailable (${error.message})`;
    if (!opts.snapshotDir) throw new Error(`${reason} and no PLANS_SNAPSHOT_DIR to fall back on`, { cause: error });
    return { ...readPlanFile(newestSnapshot(opts.snapshotDir)), fallbackReason: reason };
  }
}
