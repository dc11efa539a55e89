import { describe, expect, it } from 'vitest';
import { markSourcesVerified, parseSourcesCatalogue } from '../../shared/domain/sources.js';

const entry = (id: string, extra: Record<string, unknown> = {}) => ({ id, name: id, site: `https://${id}.example`, language: 'en', feeds: [], sitemaps: [], verified: false, ...extra });

describe('markSourcesVerified', () => {
  it('sets verified on the named sources only and keeps every other field and the document shape', () => {
    const doc = { note: 'keep me', sources: [entry('a', { notes: 'n' }), entry('b')] };
    const marked = markSourcesVerified(doc, new Set(['b'])) as typeof doc;
    expect(marked.note).toBe('keep me');
    expect(marked.sources).toEqual([entry('a', { notes: 'n' }), entry('b', { verified: true })]);
    expect(doc.sources[1]?.verified).toBe(false);
    expect(parseSourcesCatalogue(marked).map((s) => [s.id, s.verified])).toEqual([['a', false], ['b', true]]);
  });

  it('works on a bare array and leaves anything else untouched', () => {
    expect(markSourcesVerified([entry('a')], new Set(['a']))).toEqual([entry('a', { verified: true })]);
    expect(markSourcesVerified('nonsense', new Set(['a']))).toBe('nonsense');
  });
});
