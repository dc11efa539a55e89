/**
 * The Atom feed (RFC 4287) of a saved search: its ledger, newest first. Entry ids are tag: URIs
 * of the (saved search, article) pair, so a feed reader shows each article once, however often
 * it polls.
 */
import type { Delivery, SavedSearch } from './saved-search.js';

function xmlEscape(text: string): string {
  // Characters XML 1.0 forbids are dropped; markup characters are escaped.
  return text
    .replace(/[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

function tagUri(savedSearch: SavedSearch, articleId?: string): string {
  const day = savedSearch.createdAt.slice(0, 10);
  return `tag:culture-index,${day}:saved-search/${encodeURIComponent(savedSearch.id)}${articleId === undefined ? '' : `/${encodeURIComponent(articleId)}`}`;
}

/** Snippets are already escaped HTML with <mark>; Atom carries them as type="html" (escaped once more). */
function entryXml(savedSearch: SavedSearch, delivery: Delivery): string {
  const article = delivery.article;
  return [
    '  <entry>',
    `    <id>${xmlEscape(tagUri(savedSearch, article.id))}</id>`,
    `    <title>${xmlEscape(article.title || article.url)}</title>`,
    `    <link rel="alternate" href="${xmlEscape(article.url)}"/>`,
    ...(article.publishedAt ? [`    <published>${xmlEscape(new Date(article.publishedAt).toISOString())}</published>`] : []),
    `    <updated>${xmlEscape(delivery.matchedAt)}</updated>`,
    `    <author><name>${xmlEscape(article.sourceName || article.outlet)}</name></author>`,
    `    <summary type="html">${xmlEscape(article.snippet)}</summary>`,
    '  </entry>',
  ].join('\n');
}

/** `selfUrl` is where the feed is served (for rel="self"); deliveries newest first. */
export function renderAtomFeed(savedSearch: SavedSearch, deliveries: readonly Delivery[], selfUrl: string): string {
  const updated = deliveries[0]?.matchedAt ?? savedSearch.createdAt;
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${xmlEscape(tagUri(savedSearch))}</id>`,
    `  <title>${xmlEscape(`culture-index: ${savedSearch.name}`)}</title>`,
    `  <subtitle>${xmlEscape(savedSearch.query === '' ? 'filters only' : savedSearch.query)}</subtitle>`,
    `  <link rel="self" type="application/atom+xml" href="${xmlEscape(selfUrl)}"/>`,
    `  <updated>${xmlEscape(updated)}</updated>`,
    `  <author><name>${xmlEscape(savedSearch.owner || 'culture-index')}</name></author>`,
    `  <generator>culture-index</generator>`,
    ...deliveries.map((delivery) => entryXml(savedSearch, delivery)),
    '</feed>',
    '',
  ].join('\n');
}
