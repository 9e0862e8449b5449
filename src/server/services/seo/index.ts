export * from './get-sitemap';
