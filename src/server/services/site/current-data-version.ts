import { currentDataVersionId } from '~/server/catalog';

/** The data version the page cache files pages under; null when it cannot be known cheaply (render as usual). */
export const currentDataVersion = (): Promise<number | null> => currentDataVersionId();
