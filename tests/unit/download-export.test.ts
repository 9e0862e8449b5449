import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { downloadExport, DownloadError } from '~/server/sync/ptc/download';
import { loadPlanSource } from '~/server/sync/ptc/source';
import { RECORDED_DIR } from '../helpers/history-model';

describe('downloading the live export', () => {
  let server: Server;
  let base: string;
  const stalled: import('node:http').ServerResponse[] = [];
  beforeAll(async () => {
    server = createServer((req, res) => {
      if (req.url === '/ok') res.end('"[idKey]"\r\nEND OF FILE\r\n');
      else if (req.url === '/at-cap') res.end('x'.repeat(1_000_000));
      else if (req.url === '/streamed-at-cap') {
        res.writeHead(200); // no length: read to the end
        res.write('x'.repeat(500_000));
        res.end('x'.repeat(500_000));
      } else if (req.url === '/declared-big') res.writeHead(200, { 'content-length': '5000000' }).end();
      else if (req.url === '/streamed-big') {
        res.writeHead(200); // no length: the cap must hold while reading
        res.write('x'.repeat(600_000));
        res.end('x'.repeat(600_000));
      } else if (req.url === '/stalls') {
        res.writeHead(200);
        res.write('"[idKey]"\r\n'); // headers and a first line, then nothing more
        stalled.push(res);
      } else res.writeHead(503).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    stalled.forEach((r) => r.destroy());
    await new Promise((resolve) => server.close(resolve));
  });

  const limits = { timeoutMs: 1_000, maxBytes: 1_000_000 };

  it('returns the body of a good answer', async () => {
    expect(await downloadExport(`${base}/ok`, limits)).toBe('"[idKey]"\r\nEND OF FILE\r\n');
  });

  it('stops at the size cap, whether the length is declared or only streamed', async () => {
    await expect(downloadExport(`${base}/declared-big`, limits)).rejects.toThrow(
      'the export is 5.0 MB, over the 1.0 MB cap (PLANS_MAX_MB)',
    );
    await expect(downloadExport(`${base}/streamed-big`, limits)).rejects.toThrow(
      'the export passed the 1.0 MB cap (PLANS_MAX_MB)',
    );
  });

  it('accepts an export of exactly the cap, declared or streamed', async () => {
    expect(await downloadExport(`${base}/at-cap`, limits)).toHaveLength(1_000_000);
    expect(await downloadExport(`${base}/streamed-at-cap`, limits)).toHaveLength(1_000_000);
  });

  it('gives up on a server that stops sending half-way through the body', async () => {
    const failure = downloadExport(`${base}/stalls`, limits);
    await expect(failure).rejects.toThrow('no complete answer within the time limit (PLANS_FETCH_TIMEOUT_MS)');
    await expect(failure).rejects.toMatchObject({ name: 'DownloadError', cause: { name: 'TimeoutError' } });
  });

  it('throws its own cap error as it is, without a cause', async () => {
    const failure = downloadExport(`${base}/streamed-big`, limits);
    await expect(failure).rejects.toBeInstanceOf(DownloadError);
    await expect(failure).rejects.not.toHaveProperty('cause');
  });

  it('names an HTTP error and a refused connection', async () => {
    await expect(downloadExport(`${base}/missing`, limits)).rejects.toThrow(new DownloadError('HTTP 503'));
    // A port that was just free: nothing listens there.
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const { port } = probe.address() as AddressInfo;
    await new Promise((resolve) => probe.close(resolve));
    const refused = downloadExport(`http://127.0.0.1:${port}/x`, limits);
    await expect(refused).rejects.toThrow('ECONNREFUSED');
    await expect(refused).rejects.toMatchObject({ name: 'DownloadError', cause: { message: 'fetch failed' } });
  });

  it('falls back to the newest recording for data:sync only when the download fails', async () => {
    const source = await loadPlanSource({ url: `${base}/missing`, snapshotDir: RECORDED_DIR, ...limits });
    expect(source).toMatchObject({
      origin: 'file',
      snapshotDate: '2026-01-29',
      fallbackReason: 'live export unavailable (HTTP 503)',
    });
    const live = await loadPlanSource({ url: `${base}/ok`, snapshotDir: RECORDED_DIR, ...limits });
    expect(live).toMatchObject({ origin: 'live', source: `${base}/ok` });
  });
});
