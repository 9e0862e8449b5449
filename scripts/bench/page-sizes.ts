// Why: page weight (raw and gzip) and render-blocking scripts are targets too, checked on the real rendered HTML.
import { gzipSync } from 'node:zlib';

export interface PageSize {
  page: string;
  path: string;
  status: number;
  rawBytes: number;
  gzipBytes: number;
  /** `<script src>` tags without async, defer or type="module". */
  blockingScripts: string[];
}

/** `<script ... src=...>` tags that block rendering: no async, no defer, not a module. */
export function renderBlockingScripts(html: string): string[] {
  const found: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>/gi)) {
    const attrs = match[1] ?? '';
    if (!/\bsrc\s*=/i.test(attrs)) continue;
    if (/\b(async|defer)\b/i.test(attrs) || /\btype\s*=\s*["']?module\b/i.test(attrs)) continue;
    found.push(match[0]);
  }
  return found;
}

/** Fetches each page (following redirects) and measures its decoded HTML and its gzip size. */
export async function measurePages(baseUrl: string, pages: Record<string, string>): Promise<PageSize[]> {
  const sizes: PageSize[] = [];
  for (const [page, path] of Object.entries(pages)) {
    const res = await fetch(baseUrl + path);
    const html = Buffer.from(await res.arrayBuffer());
    const finalPath = new URL(res.url).pathname + new URL(res.url).search;
    sizes.push({
      page,
      path: finalPath === path ? path : `${path} -> ${finalPath}`,
      status: res.status,
      rawBytes: html.byteLength,
      gzipBytes: gzipSync(html).byteLength,
      blockingScripts: renderBlockingScripts(html.toString('utf8')),
    });
  }
  return sizes;
}

/** Prints the page-weight table. */
export function printPageSizes(sizes: PageSize[]): void {
  console.log('\nHTML weight (decoded body; gzip = node:zlib gzipSync at default level)');
  console.log(
    `${'page'.padEnd(12)} ${'status'.padStart(6)} ${'raw KB'.padStart(9)} ${'gzip KB'.padStart(9)}  blocking JS  path`,
  );
  for (const s of sizes) {
    console.log(
      `${s.page.padEnd(12)} ${String(s.status).padStart(6)} ${(s.rawBytes / 1024).toFixed(1).padStart(9)} ${(
        s.gzipBytes / 1024
      )
        .toFixed(1)
        .padStart(9)}  ${String(s.blockingScripts.length).padStart(11)}  ${s.path}`,
    );
  }
}
