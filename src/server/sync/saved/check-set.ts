import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { readSavedCity, readSavedIndex, readSavedUtilityPlans } from '~/server/fallback/saved-files';
import type { SavedIndexFile } from '~/server/fallback/schema';

/**
 * Reads a whole set back through the readers' own schemas before it may become current: every
 * city of the index has a valid file, every plan the index names is in its utility's file, and
 * the set holds nothing else. Throws, naming the first problem, so a broken set is never published.
 */
export async function checkSet(setDir: string, written: SavedIndexFile): Promise<void> {
  const index = await readSavedIndex(setDir);
  if (index.cities.length !== written.cities.length) throw new Error('saved index does not read back');
  const cityFiles = await readdir(path.join(setDir, 'cities'));
  if (cityFiles.length !== index.cities.length)
    throw new Error(`saved set holds ${cityFiles.length} city files for ${index.cities.length} cities`);
  for (const c of index.cities) {
    const file = await readSavedCity(setDir, c.slug);
    if (file.city.slug !== c.slug) throw new Error(`saved file of ${c.slug} holds ${file.city.slug}`);
  }
  const codes = [...new Set(Object.values(index.plans))];
  const ids = new Set<string>();
  for (const code of codes) for (const p of await readSavedUtilityPlans(setDir, code)) ids.add(p.id);
  const missing = Object.keys(index.plans).filter((id) => !ids.has(id));
  if (missing.length > 0) throw new Error(`saved plan files lack ${missing.length} plans the index names`);
}
