// @ts-check
import netlify from '@astrojs/netlify';
import node from '@astrojs/node';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';

// DEPLOY_TARGET picks the adapter at build time: `node` (default, a standalone server for
// local runs and any VM or container) or `netlify` (serverless functions on Netlify).
const target = process.env.DEPLOY_TARGET ?? 'node';
if (target !== 'node' && target !== 'netlify') {
  throw new Error(`DEPLOY_TARGET must be "node" or "netlify", got "${target}"`);
}

export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  output: 'server',
  adapter: target === 'netlify' ? netlify() : node({ mode: 'standalone' }),
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
