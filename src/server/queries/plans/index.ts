export * from './get-plan-history';
export * from './list-active-plans';
export * from './plan-dto';
