/**
 * A thin, safe view of an XML document for feed and sitemap parsing.
 * cheerio (htmlparser2 in xml mode) is forgiving with broken markup and never expands DTD-declared
 * entities, so "billion laughs" and external-entity tricks stay inert text.
 */
import { stripControlChars } from '../text/controls.js';
import { load } from 'cheerio/slim';

/** The subset of a domhandler node we read; declared here so domain code stays typed without `any`. */
export interface XmlNode {
  readonly type: string;
  readonly name?: string;
  readonly data?: string;
  readonly attribs?: Readonly<Record<string, string>>;
  readonly children?: readonly XmlNode[];
}

/** Feeds and sitemaps beyond this are truncated before parsing (sitemaps max out at 50 MB). */
export const MAX_XML_CHARS = 50 * 1024 * 1024;

export function parseXmlTree(xml: string): XmlNode {
  const $ = load(xml.slice(0, MAX_XML_CHARS), { xml: true });
  return $.root()[0] as unknown as XmlNode;
}

/** Tag name without namespace prefix, lower-cased: `news:publication_date` → `publication_date`. */
export function localName(node: XmlNode): string {
  const name = node.name ?? '';
  const colon = name.indexOf(':');
  return (colon >= 0 ? name.slice(colon + 1) : name).toLowerCase();
}

export function isElement(node: XmlNode): boolean {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

export function childElements(node: XmlNode, name?: string): XmlNode[] {
  const out: XmlNode[] = [];
  for (const child of node.children ?? []) {
    if (isElement(child) && (name === undefined || localName(child) === name)) out.push(child);
  }
  return out;
}

export function firstChild(node: XmlNode, name: string): XmlNode | undefined {
  return childElements(node, name)[0];
}

/** Concatenated text and CDATA content, trimmed. */
export function textOf(node: XmlNode | undefined): string {
  if (node === undefined) return '';
  let text = '';
  const visit = (n: XmlNode): void => {
    if (n.type === 'text') text += n.data ?? '';
    for (const c of n.children ?? []) visit(c);
  };
  visit(node);
  return text.trim();
}

export function childText(node: XmlNode, name: string): string {
  return textOf(firstChild(node, name));
}

/** The first top-level element of the document (skipping declarations, comments, stray text). */
export function rootElement(doc: XmlNode): XmlNode | undefined {
  return childElements(doc)[0];
}

/** Depth-first search for the first element with the given local name. */
export function findFirst(node: XmlNode, name: string): XmlNode | undefined {
  for (const child of childElements(node)) {
    if (localName(child) === name) return child;
    const deeper = findFirst(child, name);
    if (deeper !== undefined) return deeper;
  }
  return undefined;
}

/** Resolves `href` against `base`; returns null unless the result is an http(s) URL. */
export function resolveHttpUrl(href: string, base: string): string | null {
  const trimmed = href.trim();
  if (trimmed === '') return null;
  try {
    const url = base === '' ? new URL(trimmed) : new URL(trimmed, base);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    return url.href;
  } catch {
    return null;
  }
}

/** Parses RFC 822 (RSS) and ISO 8601 (Atom, sitemaps) dates to an ISO instant; null if unusable. */
export function parseFeedDate(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  // A bare date (sitemaps allow YYYY-MM-DD) is read as midnight UTC, which Date.parse already does.
  const ms = Date.parse(trimmed);
  if (Number.isNaN(ms)) return null;
  const year = new Date(ms).getUTCFullYear();
  if (year < 1990 || year > 2200) return null;
  return new Date(ms).toISOString();
}

/** Checks that the raw text closes its root element; htmlparser2 silently closes truncated input. */
export function looksTruncated(xml: string, root: XmlNode): boolean {
  const name = root.name;
  if (name === undefined) return false;
  const tail = xml.trimEnd().slice(-4096);
  return !tail.includes(`</${name}>`) && !tail.endsWith('/>');
}

/** Text decode for byte input: honours a UTF-16/UTF-8 BOM and the XML declaration's encoding if known. */
export function decodeXmlBytes(bytes: Uint8Array): string {
  return stripControlChars(decodeXmlText(bytes));
}

function decodeXmlText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
  const declared = /encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head)?.[1];
  if (declared !== undefined) {
    try {
      return new TextDecoder(declared.toLowerCase()).decode(bytes);
    } catch {
      // Unknown label: fall through to UTF-8, the XML default.
    }
  }
  return new TextDecoder('utf-8').decode(bytes);
}
