// Where a sync's plans come from: a recorded export named by its date, the newest of a folder of
// them, or the live download with the newest recording as the fallback. The files are the real
// recordings in ../shared/data/powertochoose (or links to them under other names).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import * as download from '~/server/sync/ptc/download';
import { listSnapshots, loadPlanSource, newestSnapshot, readPlanFile, texasToday } from '~/server/sync/ptc/source';
import { RECORDED_DIR } from '../helpers/history-model';

vi.mock('~/server/sync/ptc/download', async (importOriginal) => {
  const actual = await importOriginal<typeof download>();
  return { ...actual, downloadExport: vi.fn(actual.downloadExport) };
});

const JAN10 = path.join(RECORDED_DIR, 'ptc-export-offers_2026-01-10.csv');
const JAN29 = path.join(RECORDED_DIR, 'ptc-export-offers_2026-01-29.reconstructed.csv');
// fetch refuses port 9 (discard) outright: a download that fails at once, without the network.
const NOWHERE = { url: 'http://127.0.0.1:9/export.csv', timeoutMs: 1_000, maxBytes: 1_000_000 };

const scratch = mkdtempSync(path.join(tmpdir(), 'ptc-source-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A folder holding links to real recordings under the given names, made in the order given. */
function folderOf(name: string, links: Record<string, string>): string {
  const dir = path.join(scratch, name);
  mkdirSync(dir);
  for (const [linkName, target] of Object.entries(links)) symlinkSync(target, path.join(dir, linkName));
  return dir;
}

describe('texasToday', () => {
  it('is the date in Central time, a day behind UTC in the evening', () => {
    expect(texasToday(new Date('2026-01-10T03:30:00Z'))).toBe('2026-01-09');
    expect(texasToday(new Date('2026-01-10T06:30:00Z'))).toBe('2026-01-10');
  });
});

describe('readPlanFile', () => {
  it('reads the recording as text, dated by the YYYY-MM-DD in its name', () => {
    expect(readPlanFile(JAN10)).toEqual({
      text: readFileSync(JAN10, 'utf8'),
      source: JAN10,
      snapshotDate: '2026-01-10',
      origin: 'file',
    });
  });

  it('refuses a file whose name carries no date', () => {
    const file = path.join(RECORDED_DIR, 'tdu-delivery-charges-per-kwh.csv');
    expect(() => readPlanFile(file)).toThrow(
      `Cannot tell the export date of ${file}: its name needs a YYYY-MM-DD date.`,
    );
  });
});

describe('listSnapshots and newestSnapshot', () => {
  it('lists the 18 dated exports of the recorded folder, oldest first, leaving out the undated and non-CSV files', () => {
    const list = listSnapshots(RECORDED_DIR);
    expect(list).toHaveLength(18);
    expect(list[0]).toEqual({ file: JAN10, date: '2026-01-10' });
    expect(list.at(-1)).toEqual({ file: JAN29, date: '2026-01-29' });
    expect(list.map((s) => s.date)).toEqual([...list.map((s) => s.date)].sort());
    expect(list.every((s) => s.file.endsWith('.csv') && s.file.includes(s.date))).toBe(true);
    expect(newestSnapshot(RECORDED_DIR)).toBe(JAN29);
  });

  it('orders by the date in the name, then by the name, whatever the names sort as', () => {
    const dir = folderOf('ordering', {
      'z-2026-01-29.csv': JAN29,
      'b-2026-01-10.csv': JAN10,
      'a-2026-01-10.csv': JAN10,
      'a-2026-01-29.csv': JAN29,
      'a-2026-01-30.json': JAN29,
    });
    expect(listSnapshots(dir).map((s) => [path.basename(s.file), s.date])).toEqual([
      ['a-2026-01-10.csv', '2026-01-10'],
      ['b-2026-01-10.csv', '2026-01-10'],
      ['a-2026-01-29.csv', '2026-01-29'],
      ['z-2026-01-29.csv', '2026-01-29'],
    ]);
    expect(newestSnapshot(dir)).toBe(path.join(dir, 'z-2026-01-29.csv'));
  });

  it('finds nothing in a folder without a dated export', () => {
    const dir = folderOf('undated', { 'tdu-rates.json': path.join(RECORDED_DIR, 'tdu-rates.json') });
    expect(listSnapshots(dir)).toEqual([]);
    expect(() => newestSnapshot(dir)).toThrow(`No dated .csv export found in ${dir}`);
  });
});

describe('loadPlanSource', () => {
  it('reads the named file without trying the download', async () => {
    expect(await loadPlanSource({ ...NOWHERE, file: JAN10 })).toEqual(readPlanFile(JAN10));
  });

  it('falls back to the newest recording, saying why, when the download fails', async () => {
    const source = await loadPlanSource({ ...NOWHERE, snapshotDir: RECORDED_DIR });
    expect(source).toEqual({ ...readPlanFile(JAN29), fallbackReason: 'live export unavailable (bad port)' });
  });

  it('fails, with the download error as the cause, when there is no folder to fall back on', async () => {
    const failure = loadPlanSource(NOWHERE);
    await expect(failure).rejects.toThrow(
      'live export unavailable (bad port) and no PLANS_SNAPSHOT_DIR to fall back on',
    );
    await expect(failure).rejects.toHaveProperty('cause', expect.any(download.DownloadError));
  });

  it('lets an error that is not a failed download through instead of hiding it behind a recording', async () => {
    const bug = new TypeError('not a download failure');
    vi.mocked(download.downloadExport).mockRejectedValueOnce(bug);
    await expect(loadPlanSource({ ...NOWHERE, snapshotDir: RECORDED_DIR })).rejects.toBe(bug);
  });
});
