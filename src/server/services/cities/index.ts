export * from './list-directory';
