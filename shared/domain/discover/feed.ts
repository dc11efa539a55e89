/**
 * RSS 2.0, RSS 1.0 (RDF) and Atom feeds → article links. Never throws: broken feeds yield what can
 * be read plus a list of problems, so one bad outlet never stops discovery.
 */
import {
  childElements, childText, firstChild, localName, looksTruncated, parseFeedDate, parseXmlTree,
  resolveHttpUrl, rootElement, textOf, type XmlNode,
} from './xml.js';

export interface FeedEntry {
  readonly url: string;
  readonly title?: string;
  /** ISO instant. */
  readonly publishedAt?: string;
}

export interface FeedResult {
  readonly format: 'rss' | 'rdf' | 'atom' | 'unknown';
  readonly title?: string;
  readonly entries: readonly FeedEntry[];
  readonly problems: readonly string[];
}

/** A feed longer than this is pathological; the rest is ignored (and reported). */
export const MAX_FEED_ENTRIES = 10_000;

interface Collector {
  readonly entries: FeedEntry[];
  readonly problems: string[];
  readonly seen: Set<string>;
}

function addEntry(into: Collector, raw: { link: string; title: string; date: string }, index: number, base: string): void {
  if (into.entries.length >= MAX_FEED_ENTRIES) return;
  const url = resolveHttpUrl(raw.link, base);
  if (url === null) {
    into.problems.push(raw.link === '' ? `entry ${index + 1} has no link` : `entry ${index + 1} has an unusable link: ${raw.link.slice(0, 200)}`);
    return;
  }
  if (into.seen.has(url)) return;
  into.seen.add(url);
  const publishedAt = parseFeedDate(raw.date);
  if (raw.date !== '' && publishedAt === null) into.problems.push(`entry ${index + 1} has an unreadable date: ${raw.date.slice(0, 100)}`);
  const title = raw.title.replace(/\s+/g, ' ').trim();
  into.entries.push({ url, ...(title !== '' ? { title } : {}), ...(publishedAt !== null ? { publishedAt } : {}) });
}

/** RSS item link: the first non-empty <link> text, else a permalink <guid>, else an atom:link href. */
function rssLink(item: XmlNode): string {
  const links = childElements(item, 'link');
  for (const link of links) {
    const text = textOf(link);
    if (text !== '') return text;
  }
  const guid = firstChild(item, 'guid');
  if (guid !== undefined && guid.attribs?.['isPermaLink'] !== 'false' && textOf(guid) !== '') return textOf(guid);
  const alternate = links.find((l) => (l.attribs?.['rel'] ?? 'alternate') === 'alternate' && l.attribs?.['href'] !== undefined);
  return alternate?.attribs?.['href'] ?? '';
}

function rssDate(item: XmlNode): string {
  return childText(item, 'pubdate') || childText(item, 'date') || childText(item, 'published') || childText(item, 'updated');
}

/** Atom: the rel="alternate" (or rel-less) link, resolved against xml:base when given. */
function atomLink(entry: XmlNode): string {
  const links = childElements(entry, 'link');
  const alternate = links.find((l) => (l.attribs?.['rel'] ?? 'alternate') === 'alternate') ?? links[0];
  return alternate?.attribs?.['href'] ?? textOf(alternate);
}

function parseRss(channel: XmlNode, items: readonly XmlNode[], base: string, into: Collector): string {
  items.forEach((item, i) => addEntry(into, { link: rssLink(item), title: childText(item, 'title'), date: rssDate(item) }, i, base));
  return childText(channel, 'title');
}

function parseAtom(feed: XmlNode, base: string, into: Collector): string {
  const feedBase = resolveHttpUrl(feed.attribs?.['xml:base'] ?? '', base) ?? base;
  childElements(feed, 'entry').forEach((entry, i) => {
    const entryBase = resolveHttpUrl(entry.attribs?.['xml:base'] ?? '', feedBase) ?? feedBase;
    const date = childText(entry, 'published') || childText(entry, 'updated') || childText(entry, 'issued');
    addEntry(into, { link: atomLink(entry), title: childText(entry, 'title'), date }, i, entryBase);
  });
  return childText(feed, 'title');
}

export function parseFeed(xml: string, baseUrl: string): FeedResult {
  const into: Collector = { entries: [], problems: [], seen: new Set() };
  let doc: XmlNode;
  try {
    doc = parseXmlTree(xml);
  } catch (error) {
    return { format: 'unknown', entries: [], problems: [`not parseable as XML: ${String(error)}`] };
  }
  const root = rootElement(doc);
  if (root === undefined) return { format: 'unknown', entries: [], problems: ['no root element: empty or not XML'] };
  if (looksTruncated(xml, root)) into.problems.push(`document looks truncated: no closing </${root.name ?? ''}>`);

  const rootName = localName(root);
  let format: FeedResult['format'];
  let title = '';
  if (rootName === 'rss') {
    format = 'rss';
    const channel = firstChild(root, 'channel') ?? root;
    title = parseRss(channel, childElements(channel, 'item'), baseUrl, into);
  } else if (rootName === 'rdf') {
    // RSS 1.0 puts items beside the channel, not inside it.
    format = 'rdf';
    const channel = firstChild(root, 'channel') ?? root;
    title = parseRss(channel, childElements(root, 'item'), baseUrl, into);
  } else if (rootName === 'feed') {
    format = 'atom';
    title = parseAtom(root, baseUrl, into);
  } else {
    return { format: 'unknown', entries: [], problems: [...into.problems, `not a feed: root element is <${root.name ?? '?'}>`] };
  }
  if (into.entries.length >= MAX_FEED_ENTRIES) into.problems.push(`more than ${MAX_FEED_ENTRIES} entries; the rest were ignored`);
  if (into.entries.length === 0 && into.problems.length === 0) into.problems.push('feed has no entries');
  return { format, ...(title !== '' ? { title } : {}), entries: into.entries, problems: into.problems };
}
