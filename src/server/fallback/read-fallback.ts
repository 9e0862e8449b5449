import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { isSlug } from '~/lib/slug';
import { NotFoundError, UnavailableError } from '~/server/core/errors';
import { fallbackCitySchema, fallbackIndexSchema, type FallbackCity, type FallbackIndex } from './schema';

/** Where the per-city files live under the fallback directory. */
export const cityFilePath = (dir: string, slug: string) => path.join(dir, 'cities', `${slug}.json`);
export const indexFilePath = (dir: string) => path.join(dir, 'index.json');

async function readJson(file: string): Promise<unknown | undefined> {
  try {
    return JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new UnavailableError(`Saved plan data at ${file} is unreadable`, { cause: error });
  }
}

/** The fallback index (ZIP → city, the city list); UnavailableError if missing or invalid. */
export async function readFallbackIndex(dir: string): Promise<FallbackIndex> {
  const json = await readJson(indexFilePath(dir));
  if (json === undefined) throw new UnavailableError('No saved plan data: run `npm run data:build`');
  const parsed = fallbackIndexSchema.safeParse(json);
  if (!parsed.success) throw new UnavailableError('Saved plan data index is invalid', { cause: parsed.error });
  return parsed.data;
}

/** One city's fallback file, checked against its schema; NotFoundError for an unknown city. */
export async function readFallbackCity(dir: string, slug: string): Promise<FallbackCity> {
  if (!isSlug(slug)) throw new NotFoundError(`No city "${slug}"`);
  const json = await readJson(cityFilePath(dir, slug));
  if (json === undefined) throw new NotFoundError(`No saved data for city "${slug}"`);
  const parsed = fallbackCitySchema.safeParse(json);
  if (!parsed.success) throw new UnavailableError(`Saved data for ${slug} is invalid`, { cause: parsed.error });
  return parsed.data;
}
