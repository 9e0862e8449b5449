// Market memory: pure helpers over recorded price history (see docs/data-pipeline.md).
export * from './describe';
export * from './feed';
export * from './price-memory';
export * from './utility-days';
export * from './window';
