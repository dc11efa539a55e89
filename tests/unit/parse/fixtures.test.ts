/**
 * Every folder under tests/fixtures/pages is one page: source.html (raw bytes, decoded like a
 * fetched page) and expected.json (the ParsedPage fields it must produce). A fixture is added for
 * every extraction fix.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeHtml } from '../../../shared/domain/decode.js';
import { parseArticle } from '../../../shared/domain/parse/index.js';
import { scorePage } from '../../../bench/lib/article-metric.js';

interface Expected {
  url?: string;
  contentType?: string;
  charset?: string;
  title?: string;
  authors?: string[];
  publishedAt?: string | null;
  publishedDay?: string | null;
  modifiedAt?: string | null;
  language?: string;
  section?: string | null;
  canonicalUrl?: string | null;
  image?: string | null;
  description?: string | null;
  paragraphs?: string[];
  firstParagraph?: string;
  lastParagraph?: string;
  paragraphCount?: number;
  mustContain?: string[];
  mustNotContain?: string[];
  /** Benchmark pages: the ground-truth body and the shingle-F1 the parser must reach on it. */
  articleBody?: string;
  minF1?: number;
}

const root = join(import.meta.dirname, '../../fixtures/pages');
const slugs = readdirSync(root).filter((name) => existsSync(join(root, name, 'expected.json')));
const META_FIELDS = ['title', 'authors', 'publishedAt', 'publishedDay', 'modifiedAt', 'language', 'section', 'canonicalUrl', 'image', 'description'] as const;

describe('article fixtures', () => {
  it('has the hand-written and benchmark fixtures', () => {
    expect(slugs.length).toBeGreaterThanOrEqual(8);
  });

  for (const slug of slugs) {
    it(`parses ${slug}`, () => {
      const expected = JSON.parse(readFileSync(join(root, slug, 'expected.json'), 'utf8')) as Expected;
      const decoded = decodeHtml(readFileSync(join(root, slug, 'source.html')), expected.contentType ?? null);
      if (expected.charset) expect(decoded.charset).toBe(expected.charset);
      const page = parseArticle(decoded.text, expected.url ? { url: expected.url } : {});

      for (const field of META_FIELDS) {
        if (expected[field] !== undefined) expect(page[field], field).toEqual(expected[field]);
      }
      if (expected.paragraphs) expect(page.paragraphs).toEqual(expected.paragraphs);
      if (expected.firstParagraph) expect(page.paragraphs[0]).toBe(expected.firstParagraph);
      if (expected.lastParagraph) expect(page.paragraphs.at(-1)).toBe(expected.lastParagraph);
      if (expected.paragraphCount !== undefined) expect(page.paragraphs).toHaveLength(expected.paragraphCount);
      const text = page.paragraphs.join('\n\n');
      for (const needle of expected.mustContain ?? []) expect(text).toContain(needle);
      for (const needle of expected.mustNotContain ?? []) expect(text).not.toContain(needle);
      if (expected.articleBody !== undefined) {
        expect(scorePage(text, expected.articleBody).f1).toBeGreaterThanOrEqual(expected.minF1 ?? 0.9);
      }
    });
  }
});
