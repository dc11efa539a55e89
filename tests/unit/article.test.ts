import { describe, expect, it } from 'vitest';
import { articleIdFor, assembleArticle, buildMentions, chooseCanonicalUrl, rejectionReason, summarise } from '../../shared/domain/article.js';
import type { ExtractedEntity } from '../../shared/domain/extract/types.js';
import type { ParsedPage } from '../../shared/domain/parse/types.js';
import type { EntityResolver } from '../../shared/domain/resolve/types.js';

const origin = { url: 'https://www.azernews.az/culture/1.html?utm_source=x', finalUrl: 'https://www.azernews.az/culture/1.html', fetchedAt: '2026-01-01T00:00:00.000Z' };

function parsed(overrides: Partial<ParsedPage> = {}): ParsedPage {
  return {
    title: 'Opera season opens',
    authors: ['A. Writer'],
    publishedAt: '2026-01-01T10:00:00+04:00',
    publishedDay: '2026-01-01',
    modifiedAt: null,
    language: 'en',
    section: 'Culture',
    canonicalUrl: null,
    image: null,
    description: null,
    paragraphs: ['The Azerbaijan State Academic Opera and Ballet Theatre opened its season with a new staging of Leyli and Majnun.', 'Tickets sold out within a day.'],
    ...overrides,
  };
}

describe('canonical URL trust', () => {
  it('believes a canonical URL on the fetched host', () => {
    expect(chooseCanonicalUrl('https://azernews.az/culture/1.html#top', origin)).toBe('https://azernews.az/culture/1.html');
  });
  it('refuses a canonical URL on a foreign host, so a page cannot overwrite another outlet’s article', () => {
    expect(chooseCanonicalUrl('https://en.trend.az/culture/1.html', origin)).toBe('https://www.azernews.az/culture/1.html');
  });
  it('believes a foreign canonical host when it is the source’s own site', () => {
    const served = { ...origin, url: 'http://127.0.0.1:8079/a.html', finalUrl: 'http://127.0.0.1:8079/a.html', trustedHosts: ['https://www.azernews.az'] };
    expect(chooseCanonicalUrl('https://www.azernews.az/culture/9.html', served)).toBe('https://www.azernews.az/culture/9.html');
  });
  it('falls back to the final URL for a garbage canonical value', () => {
    expect(chooseCanonicalUrl('javascript:alert(1)', origin)).toBe('https://www.azernews.az/culture/1.html');
  });
});

describe('assembleArticle', () => {
  it('derives a stable id, the outlet and a content hash that ignores fetch time', () => {
    const a = assembleArticle(parsed(), origin, { parserVersion: 'p1', extractorVersion: 'e1' });
    const b = assembleArticle(parsed(), { ...origin, fetchedAt: '2026-02-02T00:00:00.000Z' }, { parserVersion: 'p1', extractorVersion: 'e1' });
    expect(a.id).toBe(articleIdFor('https://www.azernews.az/culture/1.html'));
    expect(a.id).toBe(b.id);
    expect(a.contentHash).toBe(b.contentHash);
    expect(a.outlet).toBe('azernews.az');
    expect(a.text).toBe(a.paragraphs.join('\n\n'));
    const changed = assembleArticle(parsed({ paragraphs: ['Different text entirely, long enough to be an article body for the purposes of this test case.'] }), origin, { parserVersion: 'p1', extractorVersion: 'e1' });
    expect(changed.contentHash).not.toBe(a.contentHash);
  });

  it('rejects pages without a real body, with the reason', () => {
    expect(rejectionReason(parsed({ paragraphs: [] }))).toBe('no-article-body');
    expect(rejectionReason(parsed({ paragraphs: ['Menu', 'Login'] }))).toBe('body-too-short');
    expect(rejectionReason(parsed())).toBeNull();
  });

  it('summarises at a word boundary', () => {
    const summary = summarise(['word '.repeat(200)], null);
    expect(summary.length).toBeLessThanOrEqual(301);
    expect(summary.endsWith('…')).toBe(true);
  });
});

describe('buildMentions', () => {
  const byFoldedName: EntityResolver = {
    resolve: (e) => ({ id: `${e.type}:${e.name === 'ANAS' ? 'Azerbaijan National Academy of Sciences' : e.name}`, type: e.type, name: e.name, evidence: [] }),
  };
  const entity = (name: string, extra: Partial<ExtractedEntity> = {}): ExtractedEntity => ({ type: 'organisation', name, aliases: [], count: 1, context: `${name} said.`, ...extra });

  it('merges surface entities that resolve to one id, summing counts and keeping aliases', () => {
    const mentions = buildMentions('a1', [entity('Azerbaijan National Academy of Sciences', { count: 2 }), entity('ANAS', { count: 3 })], byFoldedName);
    expect(mentions).toHaveLength(1);
    expect(mentions[0]).toMatchObject({ articleId: 'a1', name: 'Azerbaijan National Academy of Sciences', count: 5, aliases: ['ANAS'] });
  });

  it('keeps role and affiliation of people', () => {
    const [mention] = buildMentions('a1', [{ type: 'person', name: 'Azer Aydemir', aliases: [], role: 'Deputy Chairman', affiliation: 'Film Industry Development Fund', count: 1, context: '' }], byFoldedName);
    expect(mention).toMatchObject({ role: 'Deputy Chairman', affiliation: 'Film Industry Development Fund' });
  });
});
