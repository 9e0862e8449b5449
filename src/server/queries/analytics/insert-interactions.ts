import type { Db } from '~/server/db/types';
import { userInteractions } from '~/server/db/schema';

/** One user_interactions row to insert (ip_address must already be a truncated network). */
export type NewInteraction = typeof userInteractions.$inferInsert;

/** Inserts a batch of analytics rows in one statement; an empty batch is a no-op. */
export async function insertInteractions(db: Db, rows: readonly NewInteraction[]): Promise<void> {
  if (rows.length === 0) return;
  await db.insert(userInteractions).values([...rows]);
}
