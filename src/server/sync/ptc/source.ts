import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Where a sync's plans came from, and the export's date. */
export interface PlanSource {
  text: string;
  source: string;
  snapshotDate: string;
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
  return { text: readFileSync(file, 'utf8'), source: path.resolve(file), snapshotDate: date };
}

/** The newest recorded export (by the date in its name) in a folder of snapshots. */
export function newestSnapshot(dir: string): string {
  const candidates = readdirSync(dir)
    .filter((f) => f.endsWith('.csv') && DATE_IN_NAME.test(f))
    .sort((a, b) => DATE_IN_NAME.exec(b)![1]!.localeCompare(DATE_IN_NAME.exec(a)![1]!) || a.localeCompare(b));
  if (!candidates[0]) throw new Error(`No dated .csv export found in ${dir}`);
  return path.join(dir, candidates[0]);
}

/**
 * The live Power to Choose export, or, when it cannot be fetched, the newest recorded one in
 * `snapshotDir` (with the reason, so the caller can say so).
 */
export async function loadPlanSource(opts: {
  file?: string;
  url: string;
  snapshotDir?: string;
  timeoutMs: number;
}): Promise<PlanSource> {
  if (opts.file) return readPlanFile(opts.file);
  try {
    const res = await fetch(opts.url, { signal: AbortSignal.timeout(opts.timeoutMs) });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    return { text: await res.text(), source: opts.url, snapshotDate: texasToday() };
  } catch (error) {
    const reason = `live export unavailable (${describe(error)})`;
    if (!opts.snapshotDir) throw new Error(`${reason} and no PLANS_SNAPSHOT_DIR to fall back on`, { cause: error });
    return { ...readPlanFile(newestSnapshot(opts.snapshotDir)), fallbackReason: reason };
  }
}

const describe = (error: unknown): string => {
  const e = error as { message?: string; cause?: { code?: string; message?: string } };
  return e.cause?.code ?? e.cause?.message ?? e.message ?? String(error);
};
