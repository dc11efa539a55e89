/** Undoes Content-Encoding (gzip, deflate, br) with the same size cap as the wire body (zip bombs). */
import { promisify } from 'node:util';
import zlib from 'node:zlib';

const gunzip = promisify(zlib.gunzip);
const inflate = promisify(zlib.inflate);
const inflateRaw = promisify(zlib.inflateRaw);
const brotli = promisify(zlib.brotliDecompress);

export type DecodeResult =
  | { readonly ok: true; readonly body: Buffer; readonly decoded: boolean }
  | { readonly ok: false; readonly reason: 'too-large' | 'decode-error' | 'unsupported-encoding' };

function isTooLarge(error: unknown): boolean {
  return error instanceof RangeError || (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE';
}

async function decodeOne(body: Buffer, coding: string, maxBytes: number): Promise<Buffer> {
  const options = { maxOutputLength: maxBytes };
  switch (coding) {
    case 'gzip':
    case 'x-gzip':
      return gunzip(body, options);
    case 'br':
      return brotli(body, options);
    case 'deflate':
      // "deflate" is zlib-wrapped by the spec, but some servers send raw deflate.
      try {
        return await inflate(body, options);
      } catch (error) {
        if (isTooLarge(error)) throw error;
        return inflateRaw(body, options);
      }
    default:
      throw new UnsupportedEncoding(coding);
  }
}

class UnsupportedEncoding extends Error {}

export async function decodeContent(body: Buffer, contentEncoding: string | undefined, maxBytes: number): Promise<DecodeResult> {
  const codings = (contentEncoding ?? '')
    .split(',')
    .map((c) => c.trim().toLowerCase())
    .filter((c) => c !== '' && c !== 'identity');
  if (codings.length === 0) return { ok: true, body, decoded: false };
  let current = body;
  try {
    // Codings are listed in the order applied, so they are undone last-first.
    for (const coding of codings.reverse()) current = await decodeOne(current, coding, maxBytes);
  } catch (error) {
    if (error instanceof UnsupportedEncoding) return { ok: false, reason: 'unsupported-encoding' };
    return { ok: false, reason: isTooLarge(error) ? 'too-large' : 'decode-error' };
  }
  return { ok: true, body: current, decoded: true };
}
