import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { isSlug } from '~/lib/slug';
import { NotFoundError, UnavailableError } from '~/server/core/errors';
import { FALLBACK_VERSION, savedCitySchema, savedIndexSchema, savedUtilityPlansSchema } from './schema';

// The saved files live in sets: each generation is written to its own folder, checked, and only
// then named in current.json, so readers see the old set or the new one, never half of each.
// <dir>/current.json → { version, set }; <dir>/<set>/index.json, cities/<slug>.json, plans/<CODE>.json

/** The pointer file naming the set readers use. */
export const pointerSchema = z.object({ version: z.literal(FALLBACK_VERSION), set: z.string().regex(/^set-[\w.-]+$/) });

export const pointerPath = (dir: string) => path.join(dir, 'current.json');
export const indexPath = (setDir: string) => path.join(setDir, 'index.json');
export const cityPath = (setDir: string, slug: string) => path.join(setDir, 'cities', `${slug}.json`);
export const utilityPlansPath = (setDir: string, code: string) => path.join(setDir, 'plans', `${code}.json`);

/** Reads a JSON file through a schema: undefined when missing, UnavailableError when unreadable or invalid. */
export async function readJsonFile<T>(file: string, schema: z.ZodType<T>, what: string): Promise<T | undefined> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new UnavailableError(`Saved ${what} is unreadable`, { cause: error });
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new UnavailableError(`Saved ${what} is invalid`, { cause: parsed.error });
  return parsed.data;
}

/** The folder of the current set, with the pointer's modification time (it changes when a new set is swapped in). */
export async function currentSet(dir: string): Promise<{ setDir: string; mtimeMs: number }> {
  const file = pointerPath(dir);
  const mtimeMs = await stat(file).then(
    (s) => s.mtimeMs,
    () => -1,
  );
  const pointer = mtimeMs < 0 ? undefined : await readJsonFile(file, pointerSchema, 'data pointer');
  if (!pointer) throw new UnavailableError('No saved plan data: run `npm run data:build`');
  return { setDir: path.join(dir, pointer.set), mtimeMs };
}

/** A set's index; UnavailableError when it is missing or invalid. */
export async function readSavedIndex(setDir: string) {
  const index = await readJsonFile(indexPath(setDir), savedIndexSchema, 'plan data index');
  if (!index) throw new UnavailableError('Saved plan data index is missing');
  return index;
}

/** One city's file; NotFoundError for a name that is not a slug or a city the set does not hold. */
export async function readSavedCity(setDir: string, slug: string) {
  if (!isSlug(slug)) throw new NotFoundError(`No city "${slug.slice(0, 100)}"`);
  const city = await readJsonFile(cityPath(setDir, slug), savedCitySchema, `data for ${slug}`);
  if (!city) throw new NotFoundError(`No saved data for city "${slug}"`);
  return city;
}

/** One utility's plans; an empty list when the set has no file for it. */
export async function readSavedUtilityPlans(setDir: string, code: string) {
  if (!/^[A-Z_]{2,20}$/.test(code)) return [];
  const file = await readJsonFile(utilityPlansPath(setDir, code), savedUtilityPlansSchema, `plans of ${code}`);
  return file?.plans ?? [];
}
