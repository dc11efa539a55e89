import { describe, expect, it } from 'vitest';
import { parseSitemap } from '../../../shared/domain/discover/sitemap.js';

const BASE = 'https://news.example/sitemap.xml';

describe('parseSitemap', () => {
  it('reads a urlset with lastmod (date-only and full instants)', () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <url><loc>https://news.example/a.html</loc><lastmod>2026-03-01</lastmod></url>
  <url><loc> https://news.example/b.html </loc><lastmod>2026-03-02T10:00:00+04:00</lastmod><changefreq>daily</changefreq></url>
  <url><loc>https://news.example/a.html</loc></url>
</urlset>`;
    const result = parseSitemap(xml, BASE);
    expect(result.kind).toBe('urlset');
    expect(result.problems).toEqual([]);
    expect(result.urls).toEqual([
      { url: 'https://news.example/a.html', lastModified: '2026-03-01T00:00:00.000Z' },
      { url: 'https://news.example/b.html', lastModified: '2026-03-02T06:00:00.000Z' },
    ]);
  });

  it('reads Google News sitemap fields', () => {
    const xml = `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
  <url><loc>https://news.example/n1.html</loc>
    <news:news><news:publication><news:name>Example</news:name><news:language>AZ</news:language></news:publication>
      <news:publication_date>2026-03-14T10:20:00+04:00</news:publication_date><news:title>Muğam gecəsi</news:title></news:news></url>
</urlset>`;
    expect(parseSitemap(xml, BASE).urls).toEqual([
      { url: 'https://news.example/n1.html', publishedAt: '2026-03-14T06:20:00.000Z', title: 'Muğam gecəsi', language: 'az' },
    ]);
  });

  it('reads a sitemap index into child sitemap URLs', () => {
    const xml = `<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <sitemap><loc>https://news.example/s1.xml</loc><lastmod>2026-03-14</lastmod></sitemap>
  <sitemap><loc>/s2.xml.gz</loc></sitemap>
  <sitemap><lastmod>2026-03-14</lastmod></sitemap>
</sitemapindex>`;
    const result = parseSitemap(xml, BASE);
    expect(result.kind).toBe('sitemapindex');
    expect(result.sitemaps).toEqual([
      { url: 'https://news.example/s1.xml', lastModified: '2026-03-14T00:00:00.000Z' },
      { url: 'https://news.example/s2.xml.gz' },
    ]);
    expect(result.problems).toEqual(['sitemap 3 has no <loc>']);
  });

  it('is best-effort on broken input and never throws', () => {
    const xml = `<urlset><url><loc>https://news.example/ok</loc><lastmod>not a date</lastmod></url><url><loc>ftp://x/y</loc></url><url><loc>https://news.example/cut`;
    const result = parseSitemap(xml, BASE);
    expect(result.urls.map((u) => u.url)).toContain('https://news.example/ok');
    expect(result.problems.join('\n')).toMatch(/unreadable lastmod/);
    expect(result.problems.join('\n')).toMatch(/unusable <loc>/);
    expect(result.problems.join('\n')).toMatch(/truncated/);
    expect(parseSitemap('<html><body>hi</body></html>', BASE).problems[0]).toMatch(/not a sitemap/);
    expect(parseSitemap('', BASE).kind).toBe('unknown');
  });
});

describe('parseSitemap safety', () => {
  it('leaves DTD and external entities unexpanded', () => {
    const xml = '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;"><!ENTITY xxe SYSTEM "file:///etc/passwd">]><urlset><url><loc>https://news.example/&b;&xxe;</loc></url></urlset>';
    const result = parseSitemap(xml, BASE);
    expect(result.urls.map((u) => u.url)).toEqual(['https://news.example/&b;&xxe;']);
  });
});
