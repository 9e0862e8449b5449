export * from './insert-interactions';
export * from './purge-interactions';
