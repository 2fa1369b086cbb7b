// A tiny static server on 127.0.0.1 (a free port) for the bench and the screenshots: serves the
// given in-memory pages and the repository files whose path matches `allowed`.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';

const TYPES = { '.js': 'text/javascript', '.json': 'application/json', '.html': 'text/html' };
const ROOT = new URL('../', import.meta.url);

/** Starts the server; resolves to it (`server.address().port`, `server.close()`). */
export function serve(pages, allowed) {
  const server = createServer(async (request, response) => {
    const path = new URL(request.url, 'http://x').pathname;
    if (path in pages) return response.writeHead(200, { 'content-type': TYPES['.html'] }).end(pages[path]);
    if (!allowed.test(path) || path.includes('..')) return response.writeHead(404).end();
    try {
      const body = await readFile(new URL(`.${path}`, ROOT));
      response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}
