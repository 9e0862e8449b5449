import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A local HTTP server standing in for Power to Choose: each path answers with its text. */
export interface ExportServer {
  url(path: string): string;
  /** How many requests each path has had. */
  hits: Map<string, number>;
  close(): Promise<void>;
}

/** Serves `routes` (path → CSV text, or a function producing it) on a free loopback port. */
export async function startExportServer(routes: Record<string, string | (() => string)>): Promise<ExportServer> {
  const hits = new Map<string, number>();
  const server: Server = createServer((req, res) => {
    const path = req.url ?? '/';
    hits.set(path, (hits.get(path) ?? 0) + 1);
    const body = routes[path];
    if (body === undefined) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/csv; charset=utf-8' });
    res.end(typeof body === 'function' ? body() : body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    hits,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** The first `rows` data rows of an export (header kept), with or without its END OF FILE line. */
export function truncateExport(text: string, rows: number, endMarker: boolean): string {
  const lines = text.split('\r\n');
  const kept = lines.slice(0, rows + 1).join('\r\n') + '\r\n';
  return endMarker ? `${kept}\r\nEND OF FILE\r\n` : kept;
}
