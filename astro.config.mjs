// @ts-check
import netlify from '@astrojs/netlify';
import node from '@astrojs/node';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { siteOrigin } from './scripts/site-origin.mjs';

// DEPLOY_TARGET picks the adapter at build time: `node` (default, a standalone server for
// local runs and any VM or container) or `netlify` (serverless functions on Netlify).
const target = process.env.DEPLOY_TARGET ?? 'node';
if (target !== 'node' && target !== 'netlify') {
  throw new Error(`DEPLOY_TARGET must be "node" or "netlify", got "${target}"`);
}

// On Netlify the saved files (generated from the database by `npm run build:netlify`) ship
// inside the function, so the site still answers when the database is out.
const savedFiles = `./${(process.env.FALLBACK_DIR ?? 'data').replace(/^\.\/|\/$/g, '')}/**/*`;

export default defineConfig({
  // NODE_ENV is Astro's own here (always production in a build): scripts/check-build-env.mjs
  // already refused a shell NODE_ENV=production build without an origin.
  site: siteOrigin({ ...process.env, NODE_ENV: undefined }),
  output: 'server',
  // Tests build a second target beside the first; deploys use the default.
  outDir: process.env.ASTRO_OUT_DIR ?? './dist',
  adapter:
    target === 'netlify'
      ? netlify({ includeFiles: [savedFiles] })
      : // Middleware mode: the app handler alone; our server (src/server/app) serves the static files.
        node({ mode: 'middleware', experimentalDisableStreaming: true }),
  // Styles ship as files, never inline, so the CSP can forbid inline styles and scripts.
  build: { inlineStylesheets: 'never' },
  trailingSlash: 'never',
  security: { checkOrigin: true },
  vite: {
    plugins: [tailwindcss()],
    // PGlite loads its WebAssembly and data files relative to its own package at run time.
    ssr: { external: ['@electric-sql/pglite'] },
    optimizeDeps: { exclude: ['@electric-sql/pglite'] },
  },
});
