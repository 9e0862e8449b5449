export * from './get-health';
