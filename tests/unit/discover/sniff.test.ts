import { describe, expect, it } from 'vitest';
import { sniffDocument } from '../../../shared/domain/discover/sniff.js';

describe('sniffDocument', () => {
  it.each([
    ['<?xml version="1.0"?><rss version="2.0"><channel/></rss>', 'rss'],
    ['<rdf:RDF xmlns:rdf="x"><channel/></rdf:RDF>', 'rss'],
    ['\uFEFF<?xml version="1.0"?>\n<!-- generated --><feed xmlns="http://www.w3.org/2005/Atom"></feed>', 'atom'],
    ['<?xml version="1.0"?><?xml-stylesheet href="s.xsl"?><urlset xmlns="x"></urlset>', 'sitemap'],
    ['<sitemapindex></sitemapindex>', 'sitemapindex'],
    ['<!DOCTYPE html><html><head></head></html>', 'html'],
    ['  <html lang="az"><body></body></html>', 'html'],
    ['<!DOCTYPE lolz [<!ENTITY a "b">]><rss></rss>', 'rss'],
    ['{"json": true}', 'unknown'],
  ])('%s → %s', (text, kind) => {
    expect(sniffDocument(text, null)).toBe(kind);
  });

  it('trusts the content over the Content-Type label', () => {
    expect(sniffDocument('<!DOCTYPE html><html></html>', 'application/rss+xml')).toBe('html');
    expect(sniffDocument('<rss></rss>', 'text/html')).toBe('rss');
  });

  it('falls back to the label only when the content says nothing', () => {
    expect(sniffDocument('just text', 'text/html; charset=utf-8')).toBe('html');
    expect(sniffDocument('just text', 'application/xml')).toBe('unknown');
  });

  it('reads bytes, including UTF-16 with a BOM', () => {
    expect(sniffDocument(new TextEncoder().encode('<?xml version="1.0"?><urlset/>'))).toBe('sitemap');
    const utf16 = new Uint8Array([0xff, 0xfe, ...Buffer.from('<rss></rss>', 'utf16le')]);
    expect(sniffDocument(utf16)).toBe('rss');
  });
});
