import type { ServerResponse } from 'node:http';
import { once } from 'node:events';
import { createBrotliCompress, createGzip, constants as zlib } from 'node:zlib';
import type { Encoding } from './http-encode.js';
import type { ApiResponse } from './http-types.js';

/**
 * Writes a streamed API response (an export) chunk by chunk, compressed when the client accepts
 * it, waiting for the socket to drain before reading the next chunk: memory holds one chunk
 * whatever the length. A client that goes away stops the stream (and so the export) at once.
 */
export async function writeStream(res: ServerResponse, response: ApiResponse, encoding: Encoding): Promise<void> {
  const stream = response.stream!;
  const headers: Record<string, string> = { ...response.headers, vary: 'accept-encoding' };
  if (encoding !== 'identity') headers['content-encoding'] = encoding;
  res.writeHead(response.status, headers);
  const compressor =
    encoding === 'br' ? createBrotliCompress({ params: { [zlib.BROTLI_PARAM_QUALITY]: 4 } }) : encoding === 'gzip' ? createGzip({ level: 6 }) : null;
  if (compressor) compressor.pipe(res);
  const sink = compressor ?? res;
  const iterator = stream[Symbol.asyncIterator]();
  let closed = false;
  res.once('close', () => {
    closed = true;
  });
  try {
    for (;;) {
      // A client gone before we listened has no 'close' event left to give: ask the socket too.
      if (closed || res.destroyed) break;
      const next = await iterator.next();
      if (next.done) break;
      if (!sink.write(next.value)) await Promise.race([once(sink, 'drain'), once(res, 'close')]);
    }
  } catch (error) {
    // Headers are gone: the only honest signal left is a cut connection, not a "complete" file.
    res.destroy(error instanceof Error ? error : new Error(String(error)));
    return;
  } finally {
    await iterator.return?.();
  }
  if (!closed) sink.end();
}
