// Starts the production server: runs the launcher that `npm run build` bundled from
// scripts/serve.ts into dist/launcher.mjs, on plain Node. No TypeScript loader stays in the
// request path, where its resolve hook ran on every page's dynamic import (~7 % of CPU).
import { existsSync } from 'node:fs';

const launcher = new URL('../dist/launcher.mjs', import.meta.url);
if (!existsSync(launcher)) {
  console.error('No build found at dist/launcher.mjs. Run `npm run build` first.');
  process.exit(1);
}
await import(launcher.href);
