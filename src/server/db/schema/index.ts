// Barrel: every table and view, so drizzle-kit and the db client see one schema.
export * from './cache-entries';
export * from './cities';
export * from './city-plan-summary';
export * from './data-sync-runs';
export * from './electricity-plans';
export * from './plan-features';
export * from './plan-pricing-history';
export * from './providers';
export * from './tdsp-territories';
export * from './user-interactions';
export * from './zip-code-mappings';
