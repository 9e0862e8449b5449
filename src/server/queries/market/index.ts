// Market memory read from plan_pricing_history (see docs/data-pipeline.md).
export * from './export-dates';
export * from './market-feed';
export * from './plan-price-memory';
export * from './utility-market-days';
