export * from './get-home-summary';
export * from './current-data-version';
