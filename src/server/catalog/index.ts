// The catalog layer: what services read, from the database or the saved files (see types.ts).
export { currentDataVersionId, knownDataVersionId } from './database/data-version';
export * from './database/health';
export type { ServiceDeps } from './database/with-db';
export type { Provenance, SavedInfo } from './provenance';
export * from './types';
export { withCatalog } from './with-catalog';
