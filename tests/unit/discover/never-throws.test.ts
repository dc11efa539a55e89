/** Discovery parsers face hostile input from the open web: none of them may ever throw. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyAddress, isAllowed, parseFeed, parseRobots, parseSitemap, sniffDocument } from '../../../shared/domain/discover/index.js';

const xmlish = fc.array(
  fc.oneof(
    fc.constantFrom('<rss>', '</rss>', '<channel>', '<item>', '</item>', '<link>', '</link>', '<feed>', '<entry>', '<link href="', '"/>',
      '<urlset>', '<url>', '<loc>', '</loc>', '<sitemapindex>', '<sitemap>', '<![CDATA[', ']]>', '<!DOCTYPE x [', ']>', '&amp;', '&#x0;', '&lol;',
      'https://n.example/', 'javascript:', '<?xml version="1.0"?>', '<!--', '-->', '<pubDate>', '<lastmod>', '2026-13-45'),
    fc.string({ maxLength: 8 }),
  ),
  { maxLength: 40 },
).map((parts) => parts.join(''));

describe('discovery parsers never throw', () => {
  it('parseFeed and parseSitemap on XML-ish garbage', () => {
    fc.assert(
      fc.property(xmlish, (text) => {
        const feed = parseFeed(text, 'https://n.example/feed');
        const sitemap = parseSitemap(text, 'https://n.example/sitemap.xml');
        for (const entry of [...feed.entries, ...sitemap.urls]) expect(entry.url).toMatch(/^https?:\/\//);
      }),
      { numRuns: 150 },
    );
  });

  it('sniffDocument, parseRobots + isAllowed and classifyAddress on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.string({ maxLength: 40 }), (text, path) => {
        sniffDocument(text, text.slice(0, 20));
        const robots = parseRobots(text);
        expect(typeof isAllowed(robots, 'culture-index/1', `https://n.example/${encodeURI(path)}`)).toBe('boolean');
        classifyAddress(text);
      }),
      { numRuns: 200 },
    );
  });
});
