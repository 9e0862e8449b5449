// Regenerates src/lib/usage/texas-usage-shape.json (the seasonal shape of Texas household use)
// from the EIA-861M extract. The output has no timestamp, so re-running it on the same file is a no-op.
// Usage: npm run data:usage-shape [-- path/to/eia861m_tx_residential.csv]
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deriveUsageShape } from '~/lib/usage/derive-shape';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_INPUT = path.resolve(ROOT, '../shared/data/usage/eia861m_tx_residential_2010-01_2025-04.csv');
const OUTPUT = path.join(ROOT, 'src/lib/usage/texas-usage-shape.json');

async function main() {
  const input = path.resolve(process.argv[2] ?? DEFAULT_INPUT);
  const shape = deriveUsageShape(readFileSync(input, 'utf8'), path.basename(input));
  writeFileSync(OUTPUT, `${JSON.stringify(shape, null, 2)}\n`);
  const percent = shape.monthShares.map((s) => `${(s * 100).toFixed(1)}%`).join(' ');
  const years = shape.source.years;
  console.log(`[usage-shape] ${years[0]}–${years[years.length - 1]} (${years.length} full years): ${percent}`);
  console.log(
    `[usage-shape] ${Math.round(shape.kwhPerCustomer.average)} kWh per home a month over ${shape.source.kwhPerCustomerYears.join(', ')}`,
  );
  console.log(`[usage-shape] wrote ${path.relative(ROOT, OUTPUT)}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
