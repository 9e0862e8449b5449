import { lt } from 'drizzle-orm';
import type { Db } from '~/server/db/types';
import { userInteractions } from '~/server/db/schema';

/** Deletes analytics rows older than `days` days (the retention the privacy page states); returns how many. */
export async function purgeInteractions(db: Db, days: number, now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - days * 86_400_000);
  const gone = await db
    .delete(userInteractions)
    .where(lt(userInteractions.createdAt, cutoff))
    .returning({ id: userInteractions.id });
  return gone.length;
}
