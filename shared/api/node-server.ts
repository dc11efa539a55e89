import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Api } from './api.js';
import { chooseEncoding, encodeBytes, encodeResponse, type EncodedResponse } from './http-encode.js';
import type { ApiRequest, ApiResponse } from './http-types.js';
import { writeStream } from './node-stream.js';

export interface ServerOptions {
  readonly api: Api;
  /** 0 picks a free port. */
  readonly port: number;
  readonly host?: string;
  /** Folder with index.html, app.js, app.css (web/dist, built); without it only the API is served. */
  readonly webDir?: string;
  /** Extra read-only JSON routes of the local server (e.g. /ingest/runs of the scheduler). */
  readonly extraRoutes?: Readonly<Record<string, () => Promise<unknown>>>;
}

const JSON_TYPE = 'application/json; charset=utf-8';

/** A request line or headers over Node's limit: the documented JSON 400 rather than a bare 431. */
function oversizedRequestResponse(): string {
  const body = JSON.stringify({ error: { code: 'bad_request', message: 'Request line or headers too large (query too long?)' } });
  return `HTTP/1.1 400 Bad Request\r\ncontent-type: ${JSON_TYPE}\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`;
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
  '/favicon.svg': { file: 'favicon.svg', type: 'image/svg+xml' },
};

/**
 * The bundle's split-off files (scripts/build-web.mjs: `<name>-<content hash>.js`); the pattern
 * admits no path separator or dot-segment, so these too never name a file outside webDir.
 */
const WEB_CHUNK = /^\/([A-Za-z][\w]*-[A-Z0-9]{8}\.js)$/;

function webFileOf(pathname: string): { file: string; type: string; immutable: boolean } | undefined {
  const listed = WEB_FILES[pathname];
  if (listed) return { ...listed, immutable: false };
  const chunk = WEB_CHUNK.exec(pathname)?.[1];
  // Named by its content: a changed chunk gets a new name, so browsers may keep it for good.
  return chunk ? { file: chunk, type: 'text/javascript; charset=utf-8', immutable: true } : undefined;
}

const PAGE_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-cache',
};

/** The largest request body read (saved searches are small JSON objects). */
export const MAX_REQUEST_BODY_BYTES = 64 * 1024;

/** The request body as text, or null when it is larger than the cap. */
async function readBody(req: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_REQUEST_BODY_BYTES) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Room for the longest valid query string (all parameters at their limits, percent-encoded). */
export const MAX_REQUEST_HEAD_BYTES = 256 * 1024;

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

function sendEncoded(res: ServerResponse, encoded: EncodedResponse): void {
  res.writeHead(encoded.status, encoded.headers);
  res.end(encoded.body ?? undefined);
}

/** Lower-cased single-valued request headers, as the API reads them. */
function headersOf(req: IncomingMessage): Record<string, string | undefined> {
  const headers: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(req.headers)) headers[name] = Array.isArray(value) ? value.join(', ') : value;
  return headers;
}

/**
 * A static file with validators: a strong ETag of its bytes and its Last-Modified time; a client
 * holding either gets 304 (If-None-Match wins over If-Modified-Since, as RFC 9110 says).
 */
async function sendStatic(res: ServerResponse, path: string, file: { type: string; immutable: boolean }, method: string, headers: Record<string, string | undefined>): Promise<void> {
  const [content, info] = await Promise.all([readFile(path), stat(path)]);
  const lastModified = new Date(Math.floor(info.mtimeMs / 1000) * 1000);
  const since = headers['if-modified-since'] === undefined ? NaN : Date.parse(headers['if-modified-since']);
  const caching: Record<string, string> = file.immutable ? { 'cache-control': 'public, max-age=31536000, immutable' } : {};
  const encoded = encodeBytes(200, { 'content-type': file.type, ...PAGE_HEADERS, ...caching, 'last-modified': lastModified.toUTCString() }, content, { method, headers });
  const notModifiedByDate = headers['if-none-match'] === undefined && !Number.isNaN(since) && lastModified.getTime() <= since;
  if (notModifiedByDate && encoded.status === 200) {
    const { 'content-type': _type, 'content-length': _length, 'content-encoding': _encoding, ...rest } = encoded.headers;
    sendEncoded(res, { status: 304, headers: rest, body: null });
    return;
  }
  sendEncoded(res, encoded);
}

async function sendApiResponse(res: ServerResponse, response: ApiResponse, method: string, headers: Record<string, string | undefined>): Promise<void> {
  if (response.stream === undefined) {
    sendEncoded(res, encodeResponse(response, { method, headers }));
    return;
  }
  await writeStream(res, response, chooseEncoding(headers['accept-encoding']));
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
  const headers = headersOf(req);
  const web = webFileOf(url.pathname);
  if (web && options.webDir !== undefined && (method === 'GET' || head)) {
    try {
      await sendStatic(res, join(options.webDir, web.file), web, method, headers);
    } catch {
      send(res, 404, { 'content-type': 'text/plain; charset=utf-8' }, 'Not found', head);
    }
    return;
  }
  const extra = options.extraRoutes?.[url.pathname];
  if (extra && (method === 'GET' || head)) {
    send(res, 200, { 'content-type': JSON_TYPE, 'cache-control': 'no-store' }, JSON.stringify(await extra()), head);
    return;
  }
  let body: string | undefined;
  if (method !== 'GET' && !head && method !== 'OPTIONS') {
    const read = await readBody(req);
    if (read === null) {
      send(res, 413, { 'content-type': JSON_TYPE, connection: 'close' }, JSON.stringify({ error: { code: 'too_large', message: `The request body is larger than ${MAX_REQUEST_BODY_BYTES} bytes` } }), false);
      return;
    }
    body = read;
  }
  const response = await options.api.handle({ method, path: url.pathname, query: queryOf(url.searchParams), headers, ...(body !== undefined ? { body } : {}) });
  await sendApiResponse(res, response, method, headers);
}

/** Serves the API (and the web page) over node:http; resolves once listening. */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  // Node's default (16 KB) refuses some valid requests: 20 entity names of 200 non-Latin
  // characters percent-encode to ~48 KB. Longer than this is a 431 from Node; shorter is the API's to judge.
  const server = createServer({ maxHeaderSize: MAX_REQUEST_HEAD_BYTES }, (req, res) => {
    handle(options, req, res).catch(() => {
      // api.handle maps its own errors; this only catches failures of the transport itself.
      if (!res.headersSent) send(res, 500, { 'content-type': 'application/json; charset=utf-8' }, JSON.stringify({ error: { code: 'internal', message: 'Internal error' } }), false);
      else res.destroy();
    });
  });
  server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    if (!socket.writable) return socket.destroy();
    if (error.code === 'HPE_HEADER_OVERFLOW' || error.code === 'HPE_URI_TOO_LONG') socket.end(oversizedRequestResponse());
    else {
      const body = JSON.stringify({ error: { code: 'bad_request', message: 'Malformed request' } });
      socket.end(`HTTP/1.1 400 Bad Request\r\ncontent-type: ${JSON_TYPE}\r\nconnection: close\r\ncontent-length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    }
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
