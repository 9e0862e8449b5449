import { stat } from 'node:fs/promises';
import { getConfig } from '~/server/core/config';
import { NotFoundError } from '~/server/core/errors';
import { cityFilePath, indexFilePath, readFallbackCity, readFallbackIndex } from './read-fallback';
import type { FallbackCity, FallbackIndex } from './schema';

// Parsed files are kept while their modification time is unchanged, so a database outage
// costs one read and parse per city, not one per request; a regenerated file is picked up.
const MAX_CITIES = 64;
const cache = new Map<string, { mtimeMs: number; value: unknown }>();

async function memo<T>(file: string, read: () => Promise<T>): Promise<T> {
  const { mtimeMs } = await stat(file).catch(() => ({ mtimeMs: -1 }));
  const hit = cache.get(file);
  if (hit && hit.mtimeMs === mtimeMs && mtimeMs >= 0) return hit.value as T;
  const value = await read();
  cache.delete(file);
  cache.set(file, { mtimeMs, value });
  if (cache.size > MAX_CITIES) cache.delete(cache.keys().next().value!);
  return value;
}

/** Where saved files live (FALLBACK_DIR). */
export const savedDir = () => getConfig().fallbackDir;

/** The saved index (ZIP → city, city list, plan → city). */
export const savedIndex = (dir = savedDir()): Promise<FallbackIndex> =>
  memo(indexFilePath(dir), () => readFallbackIndex(dir));

/** One saved city file; the index must exist (else UnavailableError) and know the city (else NotFoundError). */
export async function savedCity(slug: string, dir = savedDir()): Promise<FallbackCity> {
  const index = await savedIndex(dir);
  if (!index.cities.some((c) => c.slug === slug)) throw new NotFoundError(`No Texas city "${slug}"`);
  return memo(cityFilePath(dir, slug), () => readFallbackCity(dir, slug));
}
