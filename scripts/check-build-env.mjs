// Runs before `astro build` (npm run build): fails a production build that names no public
// origin, with the shell's own NODE_ENV, which Astro overwrites before it reads its config.
import { siteOrigin } from './site-origin.mjs';

try {
  siteOrigin(process.env);
} catch (error) {
  console.error(`build refused: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
