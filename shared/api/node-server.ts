import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Api } from './api.js';
import type { ApiRequest } from './http-types.js';

export interface ServerOptions {
  readonly api: Api;
  /** 0 picks a free port. */
  readonly port: number;
  readonly host?: string;
  /** Folder with index.html, app.js, app.css; without it only the API is served. */
  readonly webDir?: string;
}

export interface RunningServer {
  readonly url: string;
  close(): Promise<void>;
}

/** Static files of the web page: a fixed list, so no request path ever reaches the file system. */
const WEB_FILES: Readonly<Record<string, { file: string; type: string }>> = {
  '/': { file: 'index.html', type: 'text/html; charset=utf-8' },
  '/index.html': { file: 'index.html', type: 'text/html; charset=utf-8' },
  '/app.js': { file: 'app.js', type: 'text/javascript; charset=utf-8' },
  '/auth.js': { file: 'auth.js', type: 'text/javascript; charset=utf-8' },
  '/app.css': { file: 'app.css', type: 'text/css; charset=utf-8' },
};

const PAGE_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-cache',
};

function queryOf(params: URLSearchParams): ApiRequest['query'] {
  const query: Record<string, string | string[]> = {};
  for (const [key, value] of params) {
    const seen = query[key];
    query[key] = seen === undefined ? value : Array.isArray(seen) ? [...seen, value] : [seen, value];
  }
  return query;
}

function send(res: ServerResponse, status: number, headers: Record<string, string>, body: string | Buffer | null, head: boolean): void {
  res.writeHead(status, { ...headers, ...(body !== null ? { 'content-length': String(Buffer.byteLength(body)) } : {}) });
  res.end(head || body === null ? undefined : body);
}

async function handle(options: ServerOptions, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const method = (req.method ?? 'GET').toUpperCase();
  const head = method === 'HEAD';
  let url: URL;
  try {
    url = new URL(req.url ?? '/', 'http://localhost');
  } catch {
    send(res, 400, { 'content-type': 'application/json; charset=utf-8' }, JSON.stringify({ error: { code: 'bad_request', message: 'Malformed URL' } }), head);
    return;
  }
  const web = WEB_FILES[url.pathname];
  if (web && options.webDir !== undefined && (method === 'GET' || head)) {
    try {
      const content = await readFile(join(options.webDir, web.file));
      send(res, 200, { 'content-type': web.type, ...PAGE_HEADERS }, content, head);
    } catch {
      send(res, 404, { 'content-type': 'text/plain; charset=utf-8' }, 'Not found', head);
    }
    return;
  }
  const response = await options.api.handle({ method, path: url.pathname, query: queryOf(url.searchParams) });
  const body = response.status === 204 ? null : JSON.stringify(response.body);
  send(res, response.status, response.headers, body, head);
}

/** Serves the API (and the web page) over node:http; resolves once listening. */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  const server = createServer((req, res) => {
    handle(options, req, res).catch(() => {
      // api.handle maps its own errors; this only catches failures of the transport itself.
      if (!res.headersSent) send(res, 500, { 'content-type': 'application/json; charset=utf-8' }, JSON.stringify({ error: { code: 'internal', message: 'Internal error' } }), false);
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shownHost}:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
