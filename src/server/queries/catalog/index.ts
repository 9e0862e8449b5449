export * from './get-catalog-counts';
