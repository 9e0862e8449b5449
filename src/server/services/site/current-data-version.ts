import { currentDataVersionId, knownDataVersionId } from '~/server/catalog';

/** The data version the page cache files pages under; null when it is not known (render as usual). */
export const currentDataVersion = (): Promise<number | null> => currentDataVersionId();

/** The same, without waiting: for the Node server's fast path, which must not touch the database. */
export const knownDataVersion = (): number | null => knownDataVersionId();
