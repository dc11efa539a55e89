/**
 * Turns an ApiResponse into bytes on the wire, the same way for node:http and for API Gateway:
 * JSON serialisation, a weak ETag with 304 for a matching If-None-Match, and gzip or brotli when
 * the client accepts it and the body is worth compressing.
 */
import { createHash } from 'node:crypto';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import type { ApiResponse } from './http-types.js';

/** Bodies below this are sent as they are: compression would not pay for its headers. */
export const COMPRESS_MIN_BYTES = 1024;

export type Encoding = 'br' | 'gzip' | 'identity';

export interface EncodedResponse {
  readonly status: number;
  readonly headers: Record<string, string>;
  /** Null for 204/304 and HEAD. */
  readonly body: Buffer | null;
}

/** The best encoding the client accepts (q > 0), brotli first; identity when none. */
export function chooseEncoding(acceptEncoding: string | undefined): Encoding {
  const accepted = new Map<string, number>();
  for (const part of (acceptEncoding ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    accepted.set(name, q === undefined ? 1 : Number(q));
  }
  const allows = (name: string) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0;
  if (allows('br')) return 'br';
  if (allows('gzip')) return 'gzip';
  return 'identity';
}

/** Weak, because the same entity is sent gzip-, brotli- or not encoded. */
export function etagOf(body: Buffer | string): string {
  return `W/"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
}

/** If-None-Match by weak comparison (RFC 9110 §13.1.2): any listed tag, or *, matches. */
export function ifNoneMatchHits(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  const strip = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => tag.trim() === '*' || strip(tag) === strip(etag));
}

export function compress(body: Buffer, encoding: Encoding): Buffer {
  if (encoding === 'br') {
    // Quality 5: most of brotli's gain at a fraction of its default (11) cost, fit for live responses.
    return brotliCompressSync(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 5, [zlib.BROTLI_PARAM_SIZE_HINT]: body.length } });
  }
  return encoding === 'gzip' ? gzipSync(body, { level: 6 }) : body;
}

export interface EncodeOptions {
  readonly method: string;
  readonly headers?: Readonly<Record<string, string | undefined>>;
}

/**
 * Encodes a non-streamed response. A GET or HEAD answered 200 gets an ETag; when the client
 * already holds it, a 304 without body. Every body of some size is compressed if accepted.
 */
export function encodeResponse(response: ApiResponse, request: EncodeOptions): EncodedResponse {
  const method = request.method.toUpperCase();
  const head = method === 'HEAD';
  if (response.status === 204 || response.body === null || response.body === undefined) {
    return { status: response.status, headers: { ...response.headers }, body: null };
  }
  // Bytes (an archived page) go out as they are; everything else is JSON.
  const raw = response.body instanceof Uint8Array ? Buffer.from(response.body) : Buffer.from(JSON.stringify(response.body));
  return encodeBytes(response.status, response.headers, raw, request, head);
}

/** Same as encodeResponse, for bytes already made (static files). */
export function encodeBytes(status: number, headers: Record<string, string>, raw: Buffer, request: EncodeOptions, head = request.method.toUpperCase() === 'HEAD'): EncodedResponse {
  const out: Record<string, string> = { ...headers, vary: 'accept-encoding' };
  const cacheable = status === 200 && (request.method.toUpperCase() === 'GET' || head);
  if (cacheable) {
    out['etag'] ??= etagOf(raw);
    if (ifNoneMatchHits(request.headers?.['if-none-match'], out['etag'])) {
      delete out['content-type'];
      return { status: 304, headers: out, body: null };
    }
  }
  const encoding = raw.length >= COMPRESS_MIN_BYTES ? chooseEncoding(request.headers?.['accept-encoding']) : 'identity';
  const body = compress(raw, encoding);
  if (encoding !== 'identity') out['content-encoding'] = encoding;
  out['content-length'] = String(body.length);
  return { status, headers: out, body: head ? null : body };
}
