export * from './get-health';
export * from './public-health';
