export * from './city-feed';
