// Why: the ceiling for a Node server on this machine: node:http answering fixed bytes from memory, nothing else.
// Usage: node bare-node-server.mjs <manifest.json>; the manifest lists { path, file, contentType }; prints "listening on <port>".
import { readFileSync } from 'node:fs';
import http from 'node:http';

const manifest = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const routes = new Map(
  manifest.map(({ path, file, contentType }) => {
    const body = readFileSync(file);
    return [path, { body, headers: { 'content-type': contentType, 'content-length': String(body.length) } }];
  }),
);

const server = http.createServer((req, res) => {
  const route = routes.get(req.url);
  if (!route) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, route.headers);
  res.end(route.body);
});
server.keepAliveTimeout = 75_000;
server.listen(0, '127.0.0.1', () => console.log(`listening on ${server.address().port}`));
process.once('SIGTERM', () => server.close(() => process.exit(0)));
