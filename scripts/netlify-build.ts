// The Netlify build command (netlify.toml): migrate, write the saved files from the database,
// then build the site with the Netlify adapter, which bundles those files with the function.
// Usage: npm run build:netlify   (needs DATABASE_URL or NETLIFY_DATABASE_URL, and SITE_URL or URL)
import { spawnSync } from 'node:child_process';
import { ConfigError, parseConfig } from '~/server/core/config';
import { prepareDeployData } from '~/server/sync/deploy-data';
import { siteOrigin } from './site-origin.mjs';

async function main() {
  const env = { ...process.env, DEPLOY_TARGET: 'netlify' };
  siteOrigin(env); // fail before any database work when the origin is missing
  const config = parseConfig(env);
  const started = performance.now();
  const saved = await prepareDeployData(config);
  console.log(
    `[build] saved files: ${saved.files} files, ${(saved.bytes / 1e6).toFixed(1)} MB in ${config.fallbackDir}/ ` +
      `(${((performance.now() - started) / 1000).toFixed(1)} s)`,
  );
  const build = spawnSync('npx', ['astro', 'build'], { stdio: 'inherit', env });
  if (build.status !== 0) throw new Error(`astro build failed with exit code ${build.status}`);
}

main().catch((error: unknown) => {
  console.error(
    error instanceof ConfigError || error instanceof Error ? `build:netlify failed: ${error.message}` : error,
  );
  process.exit(1);
});
