export * from './compare-plans';
export * from './get-plan-details';
export * from './list-city-plans';
export * from './rank-plans';
export * from './present-plan-list';
export * from './year-basis';
export * from './market-marks';
