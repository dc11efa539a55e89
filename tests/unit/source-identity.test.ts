/** Who published an article: catalogue source, else its site, else the registrable domain — never an address. */
import { describe, expect, it } from 'vitest';
import { assembleArticle, storesAlike } from '../../shared/domain/article.js';
import type { Source } from '../../shared/domain/model.js';
import type { ParsedPage } from '../../shared/domain/parse/types.js';
import { identifySource, registrableDomain, UNKNOWN_SOURCE } from '../../shared/domain/source-identity.js';

function source(id: string, site: string, collections: string[] = []): Source {
  return { id, name: `${id} name`, site, language: 'en', feeds: [], sitemaps: [], collections, verified: true };
}

const catalogue = [
  source('report-az', 'https://report.az/en/', ['agencies']),
  source('report-az-ru', 'https://report.az/ru/', ['agencies', 'ru-language']),
  source('report-home', 'https://report.az/'),
  source('azernews', 'https://www.azernews.az/', ['newspapers']),
];

describe('identifySource', () => {
  it('names the article after the source that listed it, whatever its URL says', () => {
    expect(identifySource('https://elsewhere.example.org/a', catalogue[3]!, catalogue)).toEqual({ sourceId: 'azernews', sourceName: 'azernews name', collections: ['newspapers'] });
  });

  it('finds the catalogue source by site, the longest matching path winning and "www." ignored', () => {
    expect(identifySource('https://report.az/ru/kultura/1', null, catalogue).sourceId).toBe('report-az-ru');
    expect(identifySource('https://report.az/en/culture/1', null, catalogue).sourceId).toBe('report-az');
    expect(identifySource('https://report.az/other/1', null, catalogue).sourceId).toBe('report-home');
    expect(identifySource('https://azernews.az/culture/1', null, catalogue).sourceId).toBe('azernews');
    // A path prefix must end at a segment: /english is not under /en/.
    expect(identifySource('https://report.az/english/1', null, catalogue).sourceId).toBe('report-home');
  });

  it('takes the only catalogue source on the same registrable domain, and guesses none among several', () => {
    const editions = [source('trend', 'https://en.trend.az/'), source('report-az', 'https://report.az/en/'), source('report-az-ru', 'https://report.az/ru/')];
    expect(identifySource('https://www.trend.az/azerbaijan/1', null, editions).sourceId).toBe('trend');
    expect(identifySource('https://report.az/az/medeniyyet/1', null, editions).sourceId).toBe('report.az');
  });

  it('falls back to the registrable domain from the public-suffix list', () => {
    expect(identifySource('https://news.day.az/culture/1', null, catalogue)).toEqual({ sourceId: 'day.az', sourceName: 'day.az', collections: [] });
    expect(registrableDomain('https://www.bbc.co.uk/news')).toBe('bbc.co.uk');
    expect(registrableDomain('https://az.sputniknews.ru/x')).toBe('sputniknews.ru');
  });

  it('never names an outlet after an address, localhost or a file', () => {
    for (const url of ['http://127.0.0.1:8079/azernews/a.html', 'http://[::1]/a', 'http://10.1.2.3/a', 'http://localhost:8080/a', 'file:///home/me/page.html', 'not a url']) {
      expect(identifySource(url, null, catalogue), url).toEqual(UNKNOWN_SOURCE);
    }
  });
});

describe('articles from files and folders', () => {
  const parsed: ParsedPage = {
    title: 'Carpet museum exhibition',
    authors: [],
    publishedAt: null,
    publishedDay: null,
    modifiedAt: null,
    language: 'en',
    section: null,
    canonicalUrl: 'https://www.azernews.az/culture/5.html',
    image: null,
    description: null,
    paragraphs: ['The carpet museum opened an exhibition of Karabakh carpets on Friday, with pieces from four centuries.'],
  };
  const fileOrigin = { url: 'file:///data/pages/carpet.html', finalUrl: 'file:///data/pages/carpet.html', fetchedAt: '2026-01-01T00:00:00.000Z', catalogue };
  const versions = { parserVersion: 'p', extractorVersion: 'e' };

  it('take their URL from rel=canonical / og:url and keep the file path as url, named by the catalogue', () => {
    const article = assembleArticle(parsed, fileOrigin, versions);
    expect(article.canonicalUrl).toBe('https://www.azernews.az/culture/5.html');
    expect(article.url).toBe('file:///data/pages/carpet.html');
    expect(article).toMatchObject({ outlet: 'azernews', sourceId: 'azernews', sourceName: 'azernews name', collections: ['newspapers'] });
  });

  it('without a canonical URL keep the file URL and an unknown source', () => {
    const article = assembleArticle({ ...parsed, canonicalUrl: null }, fileOrigin, versions);
    expect(article.canonicalUrl).toBe('file:///data/pages/carpet.html');
    expect(article.sourceId).toBe('unknown');
  });

  it('ignore a canonical that is not http(s)', () => {
    expect(assembleArticle({ ...parsed, canonicalUrl: 'javascript:alert(1)' }, fileOrigin, versions).canonicalUrl).toBe('file:///data/pages/carpet.html');
  });
});

describe('storesAlike', () => {
  it('counts a renamed or regrouped source as a change, same content or not', () => {
    const origin = { url: 'https://report.az/en/1', finalUrl: 'https://report.az/en/1', fetchedAt: '2026-01-01T00:00:00.000Z', catalogue };
    const page: ParsedPage = { title: 'T', authors: [], publishedAt: null,
    publishedDay: null, modifiedAt: null, language: 'en', section: null, canonicalUrl: null, image: null, description: null, paragraphs: ['x'.repeat(200)] };
    const versions = { parserVersion: 'p', extractorVersion: 'e' };
    const before = assembleArticle(page, origin, versions);
    expect(storesAlike(before, assembleArticle(page, { ...origin, fetchedAt: '2026-02-02T00:00:00.000Z' }, versions))).toBe(true);
    const regrouped = catalogue.map((s) => (s.id === 'report-az' ? { ...s, collections: ['agencies', 'en-language'] } : s));
    expect(storesAlike(before, assembleArticle(page, { ...origin, catalogue: regrouped }, versions))).toBe(false);
    const renamed = catalogue.map((s) => (s.id === 'report-az' ? { ...s, name: 'Report' } : s));
    expect(storesAlike(before, assembleArticle(page, { ...origin, catalogue: renamed }, versions))).toBe(false);
  });
});
