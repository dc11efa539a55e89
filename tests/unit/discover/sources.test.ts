import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../shared/domain/errors.js';
import { parseSourcesCatalogue } from '../../../shared/domain/sources.js';

const valid = { id: 'azernews', name: 'Azernews', site: 'https://www.azernews.az/', language: 'en', feeds: [], sitemaps: [], verified: false };

describe('parseSourcesCatalogue', () => {
  it('accepts the shipped catalogue, every entry unverified with a note', () => {
    const json: unknown = JSON.parse(readFileSync(new URL('../../../sources/catalogue.json', import.meta.url), 'utf8'));
    const sources = parseSourcesCatalogue(json);
    expect(sources.length).toBeGreaterThanOrEqual(10);
    expect(sources.map((s) => s.id)).toEqual(expect.arrayContaining(['azernews', 'trend', 'report-az', 'apa', 'culture-gov-az', 'azertag']));
    for (const source of sources) {
      expect(source.verified).toBe(false);
      expect(source.notes).toMatch(/unverified/i);
    }
  });

  it('accepts a bare array and fills default feed and sitemap lists', () => {
    const { feeds: _f, sitemaps: _s, ...minimal } = valid;
    expect(parseSourcesCatalogue([minimal])).toEqual([{ ...minimal, feeds: [], sitemaps: [], collections: [] }]);
  });

  it('reads collections as lower-case slugs, and the shipped catalogue puts every source in some', () => {
    expect(parseSourcesCatalogue([{ ...valid, collections: ['agencies', 'az-language'] }])[0]?.collections).toEqual(['agencies', 'az-language']);
    expect(() => parseSourcesCatalogue([{ ...valid, collections: ['News Agencies'] }])).toThrow(/sources\[0\]\.collections\.0/);
    const shipped = parseSourcesCatalogue(JSON.parse(readFileSync(new URL('../../../sources/catalogue.json', import.meta.url), 'utf8')));
    for (const source of shipped) expect(source.collections.length, source.id).toBeGreaterThan(0);
    expect(shipped.filter((source) => source.collections.includes('ministries')).map((source) => source.id)).toEqual(['culture-gov-az']);
  });

  it('lists every bad entry in one ValidationError', () => {
    const bad = [
      valid,
      { ...valid, id: 'Bad Id', site: 'ftp://x' },
      { ...valid, id: 'ok-2', feeds: ['javascript:alert(1)'], verified: 'no' },
      { ...valid },
    ];
    let caught: unknown;
    try {
      parseSourcesCatalogue({ sources: bad });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ValidationError);
    const paths = (caught as ValidationError).issues.map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['sources[1].id', 'sources[1].site', 'sources[2].feeds.0', 'sources[2].verified', 'sources[3].id']));
    expect((caught as ValidationError).issues.find((i) => i.path === 'sources[3].id')?.message).toMatch(/duplicate/);
  });

  it('rejects a catalogue of the wrong shape', () => {
    expect(() => parseSourcesCatalogue('nope')).toThrow(ValidationError);
    expect(() => parseSourcesCatalogue({ outlets: [] })).toThrow(ValidationError);
  });
});
