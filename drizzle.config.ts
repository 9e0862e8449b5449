import { defineConfig } from 'drizzle-kit';

// Migrations are generated from the schema barrel and committed; the same SQL files
// apply unchanged to PostgreSQL and to embedded PGlite.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/server/db/schema/index.ts',
  out: './src/server/db/migrations',
  strict: true,
  verbose: true,
  ...(process.env.DATABASE_URL ? { dbCredentials: { url: process.env.DATABASE_URL } } : {}),
});
