import net from 'node:net';

/**
 * A loopback TCP proxy to a real server that a test can cut and restore: while down it drops
 * every open connection and resets new ones, which is what a database outage looks like to
 * the client. Only 127.0.0.1 is involved.
 */
export async function startProxy(targetPort: number, targetHost = '127.0.0.1', opts: { delayMs?: number } = {}) {
  let up = true;
  let delayMs = opts.delayMs ?? 0;
  let forwarded = 0;
  let writes = 0;
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    if (!up) return client.destroy();
    const upstream = net.connect(targetPort, targetHost);
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => {});
    }
    client.on('data', (chunk: Buffer) => {
      forwarded += chunk.length;
      writes++;
    });
    client.pipe(upstream);
    // Answers can be held back, as a slow database holds a page that waits on it.
    upstream.on('data', (chunk: Buffer) => {
      if (delayMs === 0) return void client.write(chunk);
      upstream.pause();
      setTimeout(() => {
        if (!client.destroyed) client.write(chunk);
        upstream.resume();
      }, delayMs);
    });
    upstream.on('end', () => client.end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    down() {
      up = false;
      for (const s of sockets) s.destroy();
    },
    up() {
      up = true;
    },
    /** Bytes sent to the server so far: a test can tell that a query has gone out. */
    forwarded: () => forwarded,
    /** Chunks received from clients so far: with answers held back, the round trips a client waited for. */
    writes: () => writes,
    /** Holds every answer from the server back this long from now on. */
    slow(ms: number) {
      delayMs = ms;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
