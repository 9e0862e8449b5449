import { LRUCache } from 'lru-cache';
import { getConfig } from '~/server/core/config';
import type { SavedPlan } from '~/lib/plan';
import { currentSet, readSavedCity, readSavedIndex, readSavedUtilityPlans } from './saved-files';
import type { SavedCityFile, SavedIndexFile } from './schema';

// A set's files never change once it is named in current.json, so parsed files are kept by
// path (bounded) and a database outage costs one read and parse per file, not one per request.
// Only the small pointer is looked at again on every call, to pick up a newer set.
const parsed = new LRUCache<string, Promise<unknown>>({ max: 128 });

function memo<T>(key: string, read: () => Promise<T>): Promise<T> {
  let hit = parsed.get(key) as Promise<T> | undefined;
  if (!hit) {
    hit = read();
    parsed.set(key, hit);
    hit.catch(() => parsed.delete(key)); // a failed read is tried again next time
  }
  return hit;
}

/** Where the saved files live (FALLBACK_DIR). */
export const savedDir = () => getConfig().fallbackDir;

/** The current set's index (city list, ZIP → city, plan → utility, counts). */
export async function savedIndex(dir = savedDir()): Promise<SavedIndexFile> {
  const { setDir } = await currentSet(dir);
  return memo(`${setDir}#index`, () => readSavedIndex(setDir));
}

/** One city's saved file; NotFoundError for a city the current set does not hold. */
export async function savedCity(slug: string, dir = savedDir()): Promise<SavedCityFile> {
  const { setDir } = await currentSet(dir);
  return memo(`${setDir}#city:${slug}`, () => readSavedCity(setDir, slug));
}

/** One utility's saved plans (empty when the set has none for it). */
export async function savedUtilityPlans(code: string, dir = savedDir()): Promise<SavedPlan[]> {
  const { setDir } = await currentSet(dir);
  return memo(`${setDir}#plans:${code}`, () => readSavedUtilityPlans(setDir, code));
}
