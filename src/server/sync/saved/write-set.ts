import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { FALLBACK_VERSION } from '~/server/fallback/schema';
import { pointerPath } from '~/server/fallback/saved-files';

/** Writes a file so readers see the old or the new content, never half of one. */
export async function writeFileAtomic(file: string, content: string): Promise<void> {
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, content);
  await rename(tmp, file);
}

/** A fresh, unique set name for this generation: sortable by time. */
export const newSetName = (generatedAt: string) =>
  `set-${generatedAt.replace(/[^0-9TZ]/g, '')}-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;

/** Creates the folders of a set being written (not yet visible to readers). */
export async function prepareSet(dir: string, set: string): Promise<string> {
  const staging = path.join(dir, `.staging-${set}`);
  await rm(staging, { recursive: true, force: true });
  await mkdir(path.join(staging, 'cities'), { recursive: true });
  await mkdir(path.join(staging, 'plans'), { recursive: true });
  return staging;
}

/**
 * Makes a checked set the current one: moves it into place, points current.json at it (atomic
 * rename), then removes every older set but the one it replaced, which readers that opened it a
 * moment ago may still be reading (a deploy build keeps none: nothing reads it yet). Returns how
 * many old sets were removed.
 */
export async function publishSet(dir: string, staging: string, set: string, keepPrevious = true): Promise<number> {
  await rename(staging, path.join(dir, set));
  const before = await readdir(dir);
  const previous = keepPrevious ? await readPointerSet(dir) : undefined;
  await writeFileAtomic(pointerPath(dir), JSON.stringify({ version: FALLBACK_VERSION, set }));
  const stale = before.filter(
    (f) => (f.startsWith('set-') || f.startsWith('.staging-')) && f !== set && f !== previous,
  );
  // Files of the layout before sets (cities/, index.json) are no longer read.
  const legacy = before.filter((f) => f === 'cities' || f === 'index.json');
  await Promise.all([...stale, ...legacy].map((f) => rm(path.join(dir, f), { recursive: true, force: true })));
  return stale.length;
}

async function readPointerSet(dir: string): Promise<string | undefined> {
  try {
    return (JSON.parse(await readFile(pointerPath(dir), 'utf8')) as { set?: string }).set;
  } catch {
    return undefined;
  }
}
