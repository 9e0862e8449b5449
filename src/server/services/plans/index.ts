export * from './compare-plans';
export * from './get-plan-details';
export * from './list-city-plans';
export * from './rank-plans';
