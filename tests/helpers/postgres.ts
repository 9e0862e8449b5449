import { createScratchDatabase, type ScratchDatabase } from '~/server/db/scratch-database';

/** Server the integration tests create their throw-away databases on. */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** A fresh, empty database on the test server, dropped again by `drop()`. */
export const createTempDatabase = (): Promise<ScratchDatabase> => createScratchDatabase(TEST_DATABASE_URL, 'cmp_test');
