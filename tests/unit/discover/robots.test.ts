import { describe, expect, it } from 'vitest';
import { crawlDelaySeconds, isAllowed, parseRobots, productToken } from '../../../shared/domain/discover/robots.js';

const UA = 'culture-index/0.1 (+https://example.org/bot)';
const at = (path: string): string => `https://news.example${path}`;

describe('parseRobots + isAllowed', () => {
  it('allows everything for an empty file or no matching group', () => {
    expect(isAllowed(parseRobots(''), UA, at('/anything'))).toBe(true);
    expect(isAllowed(parseRobots('User-agent: otherbot\nDisallow: /'), UA, at('/x'))).toBe(true);
  });

  it('uses longest match, and Allow wins a tie', () => {
    const robots = parseRobots('User-agent: *\nDisallow: /news/\nAllow: /news/culture/\nDisallow: /news/culture/drafts\nAllow: /tie\nDisallow: /tie');
    expect(isAllowed(robots, UA, at('/news/politics/1'))).toBe(false);
    expect(isAllowed(robots, UA, at('/news/culture/1'))).toBe(true);
    expect(isAllowed(robots, UA, at('/news/culture/drafts/2'))).toBe(false);
    expect(isAllowed(robots, UA, at('/tie'))).toBe(true);
  });

  it('supports * and $ wildcards, including in the query', () => {
    const robots = parseRobots('User-agent: *\nDisallow: /*.pdf$\nDisallow: /*?print=\nDisallow: /search');
    expect(isAllowed(robots, UA, at('/files/report.pdf'))).toBe(false);
    expect(isAllowed(robots, UA, at('/files/report.pdf.html'))).toBe(true);
    expect(isAllowed(robots, UA, at('/a/b?print=1'))).toBe(false);
    expect(isAllowed(robots, UA, at('/searching'))).toBe(false);
    expect(isAllowed(robots, UA, at('/culture/search'))).toBe(true);
  });

  it('prefers the group naming our product token over *', () => {
    const robots = parseRobots('User-agent: *\nDisallow: /\n\nUser-agent: Culture-Index\nDisallow: /private\nCrawl-delay: 4');
    expect(isAllowed(robots, UA, at('/news/1'))).toBe(true);
    expect(isAllowed(robots, UA, at('/private/1'))).toBe(false);
    expect(isAllowed(robots, 'otherbot/2', at('/news/1'))).toBe(false);
    expect(crawlDelaySeconds(robots, UA)).toBe(4);
    expect(crawlDelaySeconds(robots, 'otherbot/2')).toBeNull();
  });

  it('groups consecutive user-agent lines and merges repeated groups', () => {
    const robots = parseRobots('User-agent: a\nUser-agent: culture-index\nDisallow: /one\n\nUser-agent: culture-index\nDisallow: /two');
    expect(isAllowed(robots, UA, at('/one'))).toBe(false);
    expect(isAllowed(robots, UA, at('/two'))).toBe(false);
    expect(isAllowed(robots, UA, at('/three'))).toBe(true);
  });

  it('ignores comments, blank Disallow, unknown keys, rules before any group; collects sitemaps', () => {
    const robots = parseRobots('\uFEFFDisallow: /orphan\n# comment\nUser-agent: * # everyone\nDisallow:\nNoindex: /x\nSitemap: https://news.example/sitemap.xml\r\nCrawl-delay: 1.5');
    expect(isAllowed(robots, UA, at('/orphan'))).toBe(true);
    expect(robots.sitemaps).toEqual(['https://news.example/sitemap.xml']);
    expect(crawlDelaySeconds(robots, UA)).toBe(1.5);
  });

  it('always allows /robots.txt itself and matches percent-encoded paths', () => {
    const robots = parseRobots('User-agent: *\nDisallow: /\n');
    expect(isAllowed(robots, UA, at('/robots.txt'))).toBe(true);
    const unicode = parseRobots('User-agent: *\nDisallow: /mədəniyyət/');
    expect(isAllowed(unicode, UA, at('/mədəniyyət/x'))).toBe(false);
  });

  it('compares percent-encoded and plain spellings alike', () => {
    const robots = parseRobots('User-agent: *\nDisallow: /%7Eeditor/\nDisallow: /a%2fb');
    expect(isAllowed(robots, UA, at('/~editor/notes'))).toBe(false);
    expect(isAllowed(robots, UA, at('/%7eeditor/notes'))).toBe(false);
    expect(isAllowed(robots, UA, at('/a%2Fb'))).toBe(false);
    expect(isAllowed(robots, UA, at('/a/b'))).toBe(true);
  });

  it('extracts the product token', () => {
    expect(productToken(UA)).toBe('culture-index');
    expect(productToken('Mozilla/5.0 (compatible)')).toBe('mozilla');
  });
});
