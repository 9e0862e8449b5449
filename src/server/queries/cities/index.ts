export * from './get-city';
export * from './list-cities';
