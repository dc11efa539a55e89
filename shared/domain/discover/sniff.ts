/** Decides what kind of document a fetched body is, trusting content over the Content-Type label. */
import { decodeXmlBytes } from './xml.js';

export type DocumentKind = 'rss' | 'atom' | 'sitemap' | 'sitemapindex' | 'html' | 'unknown';

const ROOT_KINDS: Readonly<Record<string, DocumentKind>> = {
  rss: 'rss',
  rdf: 'rss',
  feed: 'atom',
  urlset: 'sitemap',
  sitemapindex: 'sitemapindex',
  html: 'html',
};

/** Skips BOM, XML declaration, comments, processing instructions and DOCTYPE; returns the first tag name. */
function firstTagName(head: string): string | null {
  let rest = head.replace(/^\uFEFF/, '');
  for (let guard = 0; guard < 50; guard += 1) {
    rest = rest.trimStart();
    if (rest.startsWith('<?')) {
      const end = rest.indexOf('?>');
      if (end < 0) return null;
      rest = rest.slice(end + 2);
    } else if (rest.startsWith('<!--')) {
      const end = rest.indexOf('-->');
      if (end < 0) return null;
      rest = rest.slice(end + 3);
    } else if (/^<!doctype\s+html/i.test(rest)) {
      return 'html';
    } else if (rest.startsWith('<!')) {
      // DOCTYPE with a possible internal subset: skip to the matching '>' after any ']'.
      const bracket = rest.indexOf('[');
      const close = rest.indexOf('>');
      if (close < 0) return null;
      const end = bracket >= 0 && bracket < close ? rest.indexOf(']>', bracket) + 1 : close;
      if (end <= 0) return null;
      rest = rest.slice(end + 1);
    } else {
      const match = /^<([A-Za-z_][\w.:-]*)/.exec(rest);
      return match?.[1] ?? null;
    }
  }
  return null;
}

export function sniffDocument(body: string | Uint8Array, contentType?: string | null): DocumentKind {
  const text = typeof body === 'string' ? body.slice(0, 8192) : decodeXmlBytes(body.subarray(0, 8192));
  const tag = firstTagName(text);
  if (tag !== null) {
    const local = (tag.includes(':') ? tag.slice(tag.indexOf(':') + 1) : tag).toLowerCase();
    const kind = ROOT_KINDS[local];
    if (kind !== undefined) return kind;
    if (local === 'head' || local === 'body' || local === 'meta' || local === 'div') return 'html';
  }
  const type = (contentType ?? '').toLowerCase();
  if (type.includes('html') && !type.includes('xml')) return 'html';
  return 'unknown';
}
