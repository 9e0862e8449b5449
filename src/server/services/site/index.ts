export * from './get-home-summary';
