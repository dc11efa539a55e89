import { describe, expect, it } from 'vitest';
import { dateFromUrl, normaliseDate } from '../../../shared/domain/parse/dates.js';
import { decodeEntities } from '../../../shared/domain/parse/entities.js';
import { parseArticle } from '../../../shared/domain/parse/index.js';
import { readJsonLd } from '../../../shared/domain/parse/jsonld.js';

describe('normaliseDate', () => {
  it('returns UTC ISO 8601 with Z; date-only values become midnight UTC', () => {
    expect(normaliseDate('2025-03-01')).toBe('2025-03-01T00:00:00Z');
    expect(normaliseDate('2025-03-01T10:15:00+04:00')).toBe('2025-03-01T06:15:00Z');
    expect(normaliseDate('2025-03-01T10:15:00.123-0500')).toBe('2025-03-01T15:15:00Z');
    expect(normaliseDate('2025-03-01 10:15')).toBe('2025-03-01T10:15:00Z');
    expect(normaliseDate('Sat, 01 Mar 2025 10:00:00 GMT')).toBe('2025-03-01T10:00:00Z');
    expect(normaliseDate('March 1, 2025 4:30 pm')).toBe('2025-03-01T16:30:00Z');
    expect(normaliseDate('01.03.2025 09:05')).toBe('2025-03-01T09:05:00Z');
    expect(normaliseDate('1 марта 2025')).toBe('2025-03-01T00:00:00Z');
    expect(normaliseDate('14 iyun, 2025 19:30')).toBe('2025-06-14T19:30:00Z');
    expect(normaliseDate('1740823200')).toBe('2025-03-01T10:00:00Z');
  });

  it('rejects what is not a date', () => {
    for (const bad of ['', 'yesterday', '2025-02-30', '2025-13-01', '99/99/9999', 'x'.repeat(500)]) expect(normaliseDate(bad)).toBeNull();
  });

  it('reads dates from URL paths', () => {
    expect(dateFromUrl('https://example.org/2025/03/01/story')).toBe('2025-03-01T00:00:00Z');
    expect(dateFromUrl('https://example.org/news/2025-03-01-story')).toBe('2025-03-01T00:00:00Z');
    expect(dateFromUrl('https://example.org/news/story-123456')).toBeNull();
  });
});

describe('JSON-LD and metadata', () => {
  it('tolerates broken JSON-LD: raw newlines, trailing commas, comments, beyond-repair scripts', () => {
    const nodes = readJsonLd([
      '<!-- {"@type":"NewsArticle","headline":"Line\none",} -->',
      '{"@type": "NewsArticle", "headline": "Cut off", "datePublished": "2025-01-02", "author": {',
    ]);
    expect(nodes[0]).toMatchObject({ '@type': 'NewsArticle', headline: 'Line one' });
    expect(nodes[1]).toMatchObject({ headline: 'Cut off', datePublished: '2025-01-02' });
  });

  it('finds the article node in @graph and reads authors from arrays of objects', () => {
    const html = `<html><head><script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":["ReportageNewsArticle"],"headline":"Graph headline","author":[{"name":"A. One"},{"name":"B. Two"}],"datePublished":"2025-05-05T05:05:05Z","inLanguage":"az-AZ"}]}</script></head><body><p>x</p></body></html>`;
    const page = parseArticle(html);
    expect(page).toMatchObject({ title: 'Graph headline', authors: ['A. One', 'B. Two'], publishedAt: '2025-05-05T05:05:05Z', language: 'az' });
  });

  it('falls back to <time datetime>, byline elements and the URL date', () => {
    const html = '<html lang="ru-RU"><body><h1>Заголовок</h1><span class="byline">By Ivan Petrov @ipetrov Nov 19</span><time datetime="2024-11-19T08:00:00+03:00">19 ноября</time><p>Текст.</p></body></html>';
    expect(parseArticle(html)).toMatchObject({ title: 'Заголовок', authors: ['Ivan Petrov'], publishedAt: '2024-11-19T05:00:00Z', language: 'ru' });
    expect(parseArticle('<p>No dates here at all.</p>', { url: 'https://x.az/2023/07/08/a' }).publishedAt).toBe('2023-07-08T00:00:00Z');
  });

  it('decodes entities: numeric, windows-1252 range, named, legacy without semicolon', () => {
    expect(decodeEntities('a &amp; b &#8217; &#x2014; &#150; &hellip; &eacute; &amp x &bogus;')).toBe('a & b ’ — – … é & x &bogus;');
  });
});
