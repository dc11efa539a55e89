/**
 * Bytes → text for fetched HTML. Order of evidence, as browsers do it: a byte-order mark, then the
 * charset of the Content-Type header, then <meta charset> / http-equiv in the first 4 KB, then
 * UTF-8. Legacy charsets (windows-1251, koi8-r, iso-8859-9, windows-1254, …) go through
 * iconv-lite; a name nobody knows falls back to UTF-8 instead of failing the page.
 */
import iconv from 'iconv-lite';

export interface DecodedHtml {
  readonly text: string;
  /** The charset actually used, lower-cased ("utf-8", "windows-1251", …). */
  readonly charset: string;
}

const SNIFF_BYTES = 4096;

// Labels browsers treat as another encoding (WHATWG): latin1 pages are really windows-1252.
const ALIASES: Readonly<Record<string, string>> = {
  'iso-8859-1': 'windows-1252',
  latin1: 'windows-1252',
  'us-ascii': 'windows-1252',
  ascii: 'windows-1252',
  'iso-8859-9': 'windows-1254',
  'x-cp1251': 'windows-1251',
  cp1251: 'windows-1251',
  utf8: 'utf-8',
  unicode: 'utf-16le',
};

function bomCharset(bytes: Uint8Array): { charset: string; skip: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { charset: 'utf-8', skip: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { charset: 'utf-16le', skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { charset: 'utf-16be', skip: 2 };
  return null;
}

export function charsetFromContentType(contentType: string | null | undefined): string | null {
  if (!contentType) return null;
  const m = /charset\s*=\s*["']?([^"';,\s]+)/i.exec(contentType);
  return m ? m[1]!.toLowerCase() : null;
}

/** <meta charset="…"> or <meta http-equiv="Content-Type" content="…; charset=…"> in the head bytes. */
function metaCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, SNIFF_BYTES)).toString('latin1');
  const direct = /<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_:.+-]+)/i.exec(head);
  return direct ? direct[1]!.toLowerCase() : null;
}

/** The iconv-lite name for a label, or null when it is unknown. */
function supported(label: string | null): string | null {
  if (!label) return null;
  const name = ALIASES[label] ?? label;
  return iconv.encodingExists(name) ? name : null;
}

export function decodeHtml(bytes: Uint8Array, contentType?: string | null): DecodedHtml {
  const bom = bomCharset(bytes);
  if (bom) return decodeWith(bytes.subarray(bom.skip), bom.charset);
  const declared = supported(charsetFromContentType(contentType)) ?? supported(metaCharset(bytes));
  // A page that declares UTF-16 in ASCII meta bytes cannot really be UTF-16 (HTML spec): use UTF-8.
  const charset = declared && !declared.startsWith('utf-16') ? declared : 'utf-8';
  return decodeWith(bytes, charset);
}

function decodeWith(bytes: Uint8Array, charset: string): DecodedHtml {
  if (charset === 'utf-8') return { text: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'), charset };
  try {
    return { text: iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), charset), charset };
  } catch {
    return { text: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'), charset: 'utf-8' };
  }
}
