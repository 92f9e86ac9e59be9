// Static servers for the e2e suite: the built fixture consoles (test/e2e/.pages-dist) on two
// loopback origins, and any other folder (e.g. a self-hosted extension package).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { PAGES_DIST } from './constants';

/**
 * Page URLs are `${origin}/<kind>/`; the second origin (different port AND host name: 127.0.0.1 vs
 * localhost) serves the cross-origin iframe, and pages learn its port from `?xport=`.
 */
export interface Servers {
  origin: string; // http://127.0.0.1:PORT
  otherOrigin: string; // http://localhost:PORT2
  otherPort: number;
  close(): Promise<void>;
}

export const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.xml': 'text/xml; charset=utf-8',
  '.crx': 'application/x-chrome-extension',
};

/** The file a URL path names under `root` (a folder means its index.html); null when outside root or missing. */
export function fileFor(root: string, pathname: string): string | null {
  let file = resolve(root, normalize(decodeURIComponent(pathname)).replace(/^([/\\])+/, ''));
  if (file !== root && !file.startsWith(root + sep)) return null;
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  return existsSync(file) ? file : null;
}

function serveStatic(root: string) {
  return (req: IncomingMessage, res: ServerResponse) => {
    try {
      const url = new URL(req.url ?? '/', 'http://x');
      const file = fileFor(root, url.pathname);
      if (!file) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end(`not found: ${url.pathname}`);
        return;
      }
      res.writeHead(200, {
        'content-type': MIME[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
        'access-control-allow-origin': '*',
      });
      res.end(readFileSync(file));
    } catch (e) {
      res.writeHead(500, { 'content-type': 'text/plain' }).end(String(e));
    }
  };
}

function listen(root: string, onRequest?: (url: string) => void): Promise<Server> {
  const serve = serveStatic(root);
  return new Promise((ok, fail) => {
    const server = createServer((req, res) => {
      onRequest?.(req.url ?? '');
      serve(req, res);
    });
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => ok(server));
  });
}

const closeServer = (s: Server) =>
  new Promise<void>((r) => {
    s.closeAllConnections();
    s.close(() => r());
  });

const port = (s: Server) => (s.address() as { port: number }).port;

export interface StaticServer {
  origin: string; // http://127.0.0.1:PORT
  /** Request URLs served so far (path and query). */
  requests: string[];
  close(): Promise<void>;
}

/** A plain static server for any folder on 127.0.0.1 (e.g. a self-hosted extension package). */
export async function startStaticServer(root: string): Promise<StaticServer> {
  const requests: string[] = [];
  const server = await listen(resolve(root), (u) => requests.push(u));
  return { origin: `http://127.0.0.1:${port(server)}`, requests, close: () => closeServer(server) };
}

export async function startServers(root = PAGES_DIST): Promise<Servers> {
  if (!existsSync(join(root, 'index.html'))) {
    throw new Error(`fixture pages not built: ${root} (npx vite build -c test/e2e/pages/vite.config.ts)`);
  }
  const [a, b] = await Promise.all([listen(root), listen(root)]);
  return {
    origin: `http://127.0.0.1:${port(a)}`,
    otherOrigin: `http://localhost:${port(b)}`,
    otherPort: port(b),
    close: () => Promise.all([a, b].map(closeServer)).then(() => undefined),
  };
}
