import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** Every file under a folder with a hash of its content and its mtime: to prove nothing was rewritten. */
export function digestDir(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const file = path.join(d, name);
      const stat = statSync(file);
      if (stat.isDirectory()) walk(file);
      else {
        const hash = createHash('sha1').update(readFileSync(file)).digest('hex');
        out[path.relative(dir, file)] = `${hash} ${stat.mtimeMs}`;
      }
    }
  };
  walk(dir);
  return out;
}
