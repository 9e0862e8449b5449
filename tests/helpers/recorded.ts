import path from 'node:path';
import { parseConfig } from '~/server/core/config';
import { loadTerritory, type TerritorySource } from '~/server/sync/load-sources';
import { readPlanFile } from '~/server/sync/ptc/source';
import { SHARED_DATA } from './seed-rows';

/** The recorded Power to Choose exports in ../shared/data/powertochoose, read in place. */
export const EXPORTS = {
  jan10: path.join(SHARED_DATA, 'powertochoose', 'ptc-export-offers_2026-01-10.csv'),
  jan28: path.join(SHARED_DATA, 'powertochoose', 'ptc-export-offers_2026-01-28.reconstructed.csv'),
  jan29: path.join(SHARED_DATA, 'powertochoose', 'ptc-export-offers_2026-01-29.reconstructed.csv'),
} as const;

export const planFile = (which: keyof typeof EXPORTS) => readPlanFile(EXPORTS[which]);

let territory: TerritorySource | undefined;

/** Cities and ZIPs built from the recorded maps and the GeoNames packages (built once per file). */
export function recordedTerritory(): TerritorySource {
  territory ??= loadTerritory(
    parseConfig({
      ZIP_TDSP_FILE: path.join(SHARED_DATA, 'zip-tdsp', 'grid-o-matic_zipcode_to_tdsp_2021.csv'),
      ZIP_UTILITY_FILE: path.join(SHARED_DATA, 'zip-tdsp', 'eia_non_iou_zipcodes_2020_TX.csv'),
    }).sources,
  );
  return territory;
}
