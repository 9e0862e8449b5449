// The lint holds the layering of docs/architecture.md:
//   pages → services → catalog (database | saved files) → (queries | cache) → db
// plus no import cycles, and the database driver, Drizzle and Redis only where they belong.
import boundaries from 'eslint-plugin-boundaries';
import astro from 'eslint-plugin-astro';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** The layers, each a folder (or a few files) of src/ and what it may import. */
const LAYERS = {
  pages: ['layouts', 'components', 'lib', 'services', 'http', 'context', 'core'],
  layouts: ['layouts', 'components', 'lib'],
  components: ['components', 'lib'],
  lib: ['lib'],
  services: ['services', 'catalog', 'analytics', 'context', 'lib', 'core'],
  catalog: ['catalog', 'queries', 'cache', 'saved', 'db', 'context', 'lib', 'core'],
  queries: ['queries', 'db', 'lib'],
  cache: ['cache', 'context', 'lib', 'core'],
  saved: ['saved', 'lib', 'core'],
  db: ['db', 'core', 'lib'],
  http: ['http', 'cache', 'context', 'lib', 'core'],
  context: ['context', 'lib'],
  analytics: ['analytics', 'queries', 'db', 'context', 'lib', 'core'],
  sync: ['sync', 'db', 'queries', 'saved', 'lib', 'core'],
  core: ['core', 'lib'],
  app: ['app', 'core', 'db', 'sync', 'http'],
  scripts: ['scripts', 'app', 'sync', 'db', 'queries', 'saved', 'cache', 'catalog', 'lib', 'core'],
};

const folder = (type, pattern) => ({ type, pattern, partialMatch: false });

const ELEMENTS = [
  folder('pages', 'src/pages'),
  folder('pages', 'src/middleware'),
  folder('layouts', 'src/layouts'),
  folder('components', 'src/components'),
  folder('lib', 'src/lib'),
  folder('services', 'src/server/services'),
  folder('catalog', 'src/server/catalog'),
  folder('queries', 'src/server/queries'),
  folder('cache', 'src/server/cache'),
  folder('saved', 'src/server/fallback'),
  folder('db', 'src/server/db'),
  folder('http', 'src/server/http'),
  folder('context', 'src/server/context'),
  folder('analytics', 'src/server/analytics'),
  folder('sync', 'src/server/sync'),
  folder('core', 'src/server/core'),
  folder('app', 'src/server/app'),
  folder('scripts', 'scripts'),
];

/** Packages only one layer may import. */
const restricted = (names, where) => ({
  name: names.join(', '),
  message: `Only ${where} may import this package (see docs/architecture.md).`,
});
const DRIVERS = restricted(['postgres', '@electric-sql/pglite'], 'src/server/db');
const REDIS = restricted(['ioredis'], 'src/server/cache');
const DRIZZLE = restricted(['drizzle-orm'], 'src/server/db, queries and sync');
const noImport = (...rules) => ({
  'no-restricted-imports': [
    'error',
    {
      paths: rules.flatMap((r) => r.name.split(', ').map((name) => ({ name, message: r.message }))),
      patterns: rules.flatMap((r) => r.name.split(', ').map((name) => ({ group: [`${name}/*`], message: r.message }))),
    },
  ],
});

export default tseslint.config(
  {
    ignores: [
      'dist/',
      '.astro/',
      '.netlify/',
      'node_modules/',
      'data/',
      '.data/',
      'coverage/',
      'reports/',
      '.stryker-tmp/',
    ],
  },
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  importX.flatConfigs.typescript,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['src/**/*.{ts,astro}', 'scripts/**/*.ts'],
    plugins: { boundaries },
    settings: {
      'boundaries/elements': ELEMENTS,
      'boundaries/include': ['src/**/*', 'scripts/**/*'],
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
      'import/resolver': { typescript: { project: './tsconfig.json' } },
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          policies: Object.entries(LAYERS).map(([from, allow]) => ({
            from: { element: { type: from } },
            allow: { to: { element: { types: { anyOf: allow } } } },
          })),
        },
      ],
      ...noImport(DRIVERS, REDIS, DRIZZLE),
    },
  },
  { files: ['src/server/db/**/*.ts'], rules: noImport(REDIS) },
  { files: ['src/server/cache/**/*.ts'], rules: noImport(DRIVERS, DRIZZLE) },
  { files: ['src/server/{queries,sync}/**/*.ts'], rules: noImport(DRIVERS, REDIS) },
  { files: ['tests/**/*.ts'], rules: { '@typescript-eslint/no-explicit-any': 'off' } },
);
