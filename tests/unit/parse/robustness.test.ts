/**
 * parseArticle is total: whatever it is given (tag soup, cut-off markup, binary junk, wrongly
 * decoded bytes, absurd nesting, a huge page) it returns a ParsedPage, never throws, and never lets
 * script/style text into the body. Time is bounded by caps in code (input size, walk depth), which
 * these tests assert instead of wall time. 10,000 generated documents in total.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeHtml } from '../../../shared/domain/decode.js';
import { capNesting, MAX_DEPTH, MAX_INPUT_CHARS, MAX_PARSE_NESTING } from '../../../shared/domain/parse/dom.js';
// The generated documents go through parseArticleStrict (no try/catch safety net), so a pass
// proves the parser itself never throws, not merely that parseArticle catches.
import { parseArticle as guardedParseArticle, parseArticleStrict as parseArticle, type ParsedPage } from '../../../shared/domain/parse/index.js';

const SECRET = 'SCRIPTSECRET';
const fixtureRoot = join(import.meta.dirname, '../../fixtures/pages');
// Small hand-written fixtures keep each run cheap; benchmark pages are 100+ KB.
const smallPages = readdirSync(fixtureRoot)
  .filter((slug) => !slug.startsWith('benchmark-') && !slug.endsWith('.md'))
  .map((slug) => readFileSync(join(fixtureRoot, slug, 'source.html')));

function assertSane(page: ParsedPage): void {
  expect(typeof page.title).toBe('string');
  expect(Array.isArray(page.paragraphs)).toBe(true);
  for (const p of page.paragraphs) {
    expect(typeof p).toBe('string');
    expect(p).not.toContain(SECRET);
    expect(p).not.toBe('');
  }
  if (page.publishedAt !== null) expect(page.publishedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
}

const fragment = fc.oneof(
  fc.constantFrom(
    '<p>', '</p>', '<div class="article-body">', '</div>', '<br>', '<a href="/x">', '</a>', '<li>', '<ul>',
    '<table><tr><td>', '</td></tr></table>', '<h1>', '</h1>', '<article>', '</article>', '<noscript>',
    '<p class="share">', '<!--', '-->', '<![CDATA[', ']]>', '<', '>', '"', "'", '&amp;', '&#x0;', '&#99999999;',
    `<script>var s="${SECRET}";</script>`, `<style>.x{content:"${SECRET}"}</style>`, `<script>${SECRET}`,
    `<template>${SECRET}</template>`, `<svg><text>${SECRET}</text></svg>`,
    '<script type="application/ld+json">{"@type":"NewsArticle","articleBody":"', '"}</script>',
    '<meta property="article:published_time" content="2025-02-30T99:99">', '<time datetime="garbage">',
  ),
  fc.string({ maxLength: 80 }),
  fc.lorem({ maxCount: 12 }),
);

describe('parseArticle robustness', () => {
  it('never throws on random tag soup (3,000 documents)', () => {
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 60 }), (parts) => {
        assertSane(parseArticle(parts.join('')));
      }),
      { numRuns: 3000, seed: 1 },
    );
  });

  it('never throws on truncated real pages (2,000 cuts)', () => {
    fc.assert(
      fc.property(fc.nat({ max: smallPages.length - 1 }), fc.double({ min: 0, max: 1, noNaN: true }), (i, share) => {
        const html = decodeHtml(smallPages[i]!).text;
        assertSane(parseArticle(html.slice(0, Math.floor(html.length * share)), { url: 'https://example.org/2025/01/02/x' }));
      }),
      { numRuns: 2000, seed: 2 },
    );
  });

  it('never throws on mutated real pages (2,000 mutations)', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: smallPages.length - 1 }),
        fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.nat({ max: 40 }), fc.string({ maxLength: 12 })), { maxLength: 8 }),
        (i, edits) => {
          let html = decodeHtml(smallPages[i]!).text;
          for (const [at, drop, insert] of edits) {
            const pos = Math.floor(html.length * at);
            html = html.slice(0, pos) + insert + html.slice(pos + drop);
          }
          assertSane(parseArticle(`${html}<script>${SECRET}</script>`));
        },
      ),
      { numRuns: 2000, seed: 3 },
    );
  });

  it('never throws on binary junk through decodeHtml (2,000 buffers)', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 2048 }),
        fc.constantFrom(null, 'text/html', 'text/html; charset=koi8-r', 'text/html; charset=utf-16le', 'text/html; charset=no-such-charset'),
        (bytes, contentType) => {
          const decoded = decodeHtml(bytes, contentType);
          expect(typeof decoded.text).toBe('string');
          assertSane(parseArticle(decoded.text));
        },
      ),
      { numRuns: 2000, seed: 4 },
    );
  });

  it('never throws on pages decoded with the wrong charset (1,000 pages)', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: smallPages.length - 1 }),
        fc.constantFrom('windows-1251', 'koi8-r', 'iso-8859-9', 'windows-1254', 'utf-16le', 'shift_jis', 'bogus'),
        (i, charset) => {
          const decoded = decodeHtml(smallPages[i]!, `text/html; charset=${charset}`);
          assertSane(parseArticle(`${decoded.text}<style>${SECRET}</style>`));
        },
      ),
      { numRuns: 1000, seed: 5 },
    );
  });

  it('stops walking at MAX_DEPTH on 5,000 nested levels but keeps the shallow text', () => {
    const shallow = 'Shallow paragraph with enough words to count as the article text of this page.';
    const deep = 'Deep paragraph that sits below the walk cap and is therefore ignored by design.';
    const html = `<html><body><article><p>${shallow}</p>${'<div>'.repeat(5000)}<p>${deep}</p>${'</div>'.repeat(5000)}</article></body></html>`;
    const page = parseArticle(html);
    expect(MAX_DEPTH).toBeLessThan(5000);
    expect(page.paragraphs).toContain(shallow);
    expect(page.paragraphs.join(' ')).not.toContain(deep);
  });

  it('parses only the first MAX_INPUT_CHARS of a 10 MB page', () => {
    const paragraph = '<p>Ten megabytes of culture news, paragraph after paragraph, all of it plain prose.</p>\n';
    const head = '<html><head><title>Big page</title></head><body><article>';
    let html = head;
    const marker = '<p>This marker paragraph sits after the input cap and must never be read by the parser.</p>';
    while (html.length < 10 * 1024 * 1024) html += paragraph;
    html += `${marker}</article></body></html>`;
    expect(html.length).toBeGreaterThan(MAX_INPUT_CHARS);
    const page = parseArticle(html);
    expect(page.title).toBe('Big page');
    expect(page.paragraphs.length).toBeGreaterThan(1000);
    expect(page.paragraphs.join(' ')).not.toContain('marker paragraph');
  });

  it('cuts the parser input where nesting passes MAX_PARSE_NESTING, and leaves normal pages alone', () => {
    const deep = `${'<section>'.repeat(MAX_PARSE_NESTING + 500)}x`;
    const cut = capNesting(deep + '<i></i>'.repeat(10_000));
    expect(cut.length).toBeLessThan(deep.length);
    expect(cut.split('<section>').length - 1).toBe(MAX_PARSE_NESTING);
    const flat = '<p>a</p>'.repeat(20_000);
    expect(capNesting(flat)).toBe(flat);
  });

  it('stays linear on 100,000 unclosed skip-tags and unclosed raw blocks', () => {
    const soup = `<p>${'Prose sentence that should survive the soup of tags around it. '.repeat(3)}</p>${'<nav><div>'.repeat(100_000)}<script>${SECRET}`;
    const page = parseArticle(soup);
    assertSane(page);
    expect(parseArticle(`<p>${'Text before many self-closed looking divs, which HTML nests. '.repeat(2)}</p>${'<div/>'.repeat(100_000)}`).paragraphs[0]).toContain('Text before');
    const madeUpEntities = Array.from({ length: 20_000 }, (_, i) => `<p>Made-up reference &zz${i.toString(36)}; in a line of its own.</p>`).join('');
    expect(parseArticle(`<article>${madeUpEntities}</article>`).paragraphs[0]).toContain('&zz0;');
    const unclosedComment = `<article><p>${'Words before an unclosed comment stay in the page body. '.repeat(3)}</p><!-- ${SECRET}`;
    assertSane(parseArticle(unclosedComment));
    expect(parseArticle(unclosedComment).paragraphs.join(' ')).toContain('Words before an unclosed comment');
  });

  it('returns an empty page for empty and non-string input', () => {
    expect(guardedParseArticle('').paragraphs).toEqual([]);
    expect(guardedParseArticle(undefined as unknown as string).title).toBe('');
    expect(guardedParseArticle(null as unknown as string).language).toBe('und');
    expect(parseArticle(12 as unknown as string).paragraphs).toEqual([]);
  });
});
