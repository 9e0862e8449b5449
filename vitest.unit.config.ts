// The unit tests alone (tests/unit): they need no PostgreSQL, Redis or build. Used by
// npm run test:mutation (stryker.config.mjs); npm run test:unit selects the same folder.
import { defineConfig } from 'vitest/config';
import base from './vitest.config.ts';

export default defineConfig({ ...base, test: { ...base.test, include: ['tests/unit/**/*.test.ts'] } });
