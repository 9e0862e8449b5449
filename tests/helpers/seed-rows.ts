import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the recorded real data lives: ../shared/data beside the checkout, read in place. */
export const SHARED_DATA =
  process.env.SHARED_DATA_DIR ?? path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../shared/data');

/** The real TDSP rows (code, Power to Choose name, DUNS) from ../shared/data/tdsp/tdsp-duns.csv. */
export function realTdsps(): { code: string; name: string; duns: string }[] {
  const file = path.join(SHARED_DATA, 'tdsp', 'tdsp-duns.csv');
  if (!existsSync(file)) {
    throw new Error(
      `Recorded real data not found at ${file}: check out ../shared beside this repo or set SHARED_DATA_DIR.`,
    );
  }
  const [header, ...lines] = readFileSync(file, 'utf8').trim().split(/\r?\n/);
  const cols = header!.split(',');
  return lines.map((line) => {
    const cells = line.split(',');
    const get = (name: string) => cells[cols.indexOf(name)]!;
    return { code: get('tdsp_code'), name: get('ptc_tdu_company_name'), duns: get('duns') };
  });
}
