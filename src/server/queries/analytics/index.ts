export * from './insert-interactions';
