import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../../shared/domain/discover/feed.js';

const BASE = 'https://news.example/feeds/rss.xml';

describe('parseFeed', () => {
  it('reads RSS 2.0 items with CDATA titles, entities and RFC 822 dates', () => {
    const xml = `<?xml version="1.0"?><rss version="2.0"><channel><title>Culture</title>
      <item><title><![CDATA[Opera & ballet: <new> season]]></title><link>https://news.example/a?x=1&amp;y=2</link>
        <pubDate>Sat, 14 Mar 2026 10:20:00 +0400</pubDate></item>
      <item><title>Guid only</title><guid>https://news.example/b</guid></item>
      <item><title>Relative</title><link>/c.html</link></item>
    </channel></rss>`;
    const result = parseFeed(xml, BASE);
    expect(result.format).toBe('rss');
    expect(result.title).toBe('Culture');
    expect(result.problems).toEqual([]);
    expect(result.entries).toEqual([
      { url: 'https://news.example/a?x=1&y=2', title: 'Opera & ballet: <new> season', publishedAt: '2026-03-14T06:20:00.000Z' },
      { url: 'https://news.example/b', title: 'Guid only' },
      { url: 'https://news.example/c.html', title: 'Relative' },
    ]);
  });

  it('reads RSS 1.0 (RDF) items that sit beside the channel', () => {
    const xml = `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
      <channel><title>RDF</title></channel>
      <item rdf:about="https://news.example/r1"><title>One</title><link>https://news.example/r1</link><dc:date>2026-03-01T12:00:00+04:00</dc:date></item>
    </rdf:RDF>`;
    const result = parseFeed(xml, BASE);
    expect(result.format).toBe('rdf');
    expect(result.entries).toEqual([{ url: 'https://news.example/r1', title: 'One', publishedAt: '2026-03-01T08:00:00.000Z' }]);
  });

  it('reads Atom entries, preferring rel=alternate and resolving against xml:base', () => {
    const xml = `<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://news.example/culture/">
      <title>Atom</title>
      <entry><title>A</title><link rel="self" href="https://news.example/api/a"/><link rel="alternate" href="a.html"/><published>2026-03-02T10:00:00Z</published></entry>
      <entry><title>B</title><link href="/b.html"/><updated>2026-03-03T10:00:00Z</updated></entry>
    </feed>`;
    const result = parseFeed(xml, 'https://elsewhere.example/feed');
    expect(result.format).toBe('atom');
    expect(result.entries).toEqual([
      { url: 'https://news.example/culture/a.html', title: 'A', publishedAt: '2026-03-02T10:00:00.000Z' },
      { url: 'https://news.example/b.html', title: 'B', publishedAt: '2026-03-03T10:00:00.000Z' },
    ]);
  });

  it('returns best-effort entries and problems for a broken feed, never throwing', () => {
    const xml = `<rss><channel><item><title>ok</title><link>https://n.example/1</link></item>
      <item><title>bad date & raw amp</title><link>https://n.example/2</link><pubDate>yesterday-ish</pubDate></item>
      <item><title>no link</title></item>
      <item><link>javascript:alert(1)</link></item>
      <item><title>cut`;
    const result = parseFeed(xml, BASE);
    expect(result.entries.map((e) => e.url)).toEqual(['https://n.example/1', 'https://n.example/2']);
    expect(result.problems.join('\n')).toMatch(/truncated/);
    expect(result.problems.join('\n')).toMatch(/unreadable date/);
    expect(result.problems.join('\n')).toMatch(/no link/);
    expect(result.problems.join('\n')).toMatch(/unusable link/);
  });

  it('de-duplicates repeated links', () => {
    const xml = '<rss><channel><item><link>https://n.example/1</link></item><item><link>https://n.example/1</link></item></channel></rss>';
    expect(parseFeed(xml, BASE).entries).toHaveLength(1);
  });

  it('says so when the document is HTML or empty rather than a feed', () => {
    const html = parseFeed('<!DOCTYPE html><html><body><a href="/x">x</a></body></html>', BASE);
    expect(html.format).toBe('unknown');
    expect(html.entries).toEqual([]);
    expect(html.problems[0]).toMatch(/not a feed/);
    expect(parseFeed('', BASE).problems[0]).toMatch(/no root element/);
    expect(parseFeed('\u0000\u0001 garbage <<<', BASE).entries).toEqual([]);
  });

  it('does not expand DTD entities (billion laughs stays inert)', () => {
    const lol = `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY xxe SYSTEM "file:///etc/passwd">
]>
<rss><channel><item><title>&lol9;&xxe;</title><link>https://n.example/1</link></item></channel></rss>`;
    const result = parseFeed(lol, BASE);
    expect(result.entries).toHaveLength(1);
    expect(result.entries[0]?.title).toBe('&lol9;&xxe;');
  });
});

describe('parseFeed link choice', () => {
  it('skips an empty atom:link in an RSS item and uses the real <link>', () => {
    const xml = '<rss xmlns:atom="http://www.w3.org/2005/Atom"><channel><item><atom:link rel="self" href="https://n.example/api"/><link>https://n.example/real</link></item></channel></rss>';
    expect(parseFeed(xml, BASE).entries).toEqual([{ url: 'https://n.example/real' }]);
  });
});
