import { describe, expect, it } from 'vitest';
import { analyseField, CONVENTIONS, spell, stemWith } from '../../../shared/domain/search/text-keys.js';
import { termSequences as sequencesOf } from '../../../shared/domain/search/query-plan.js';

const spellings = (word: string, az = false) => [...new Set(CONVENTIONS.map((_, c) => spell(word, c, az)))].sort();

describe('spellings of a word (one per convention writers use)', () => {
  it('writes ə as a and as e, ş ç ğ plainly and as digraphs, ı ö ü without marks', () => {
    expect(spellings('şəki')).toEqual(['saki', 'seki', 'shaki', 'sheki']);
    expect(spellings('azərbaycan')).toEqual(['azarbaycan', 'azerbaycan']);
    expect(spellings('çağırış')).toEqual(['cagiris', 'chaghirish']);
    expect(spellings('gözəl')).toEqual(['gozal', 'gozel']);
    expect(spellings('üzük')).toEqual(['uzuk']);
  });

  it('writes x as kh only in Azerbaijani words or texts', () => {
    expect(spellings('xankəndi')).toEqual(['khankandi', 'khankendi', 'xankandi', 'xankendi']);
    expect(spellings('xylophone')).toEqual(['xylophone']);
    expect(spellings('xalq', true)).toEqual(['khalq', 'xalq']);
  });

  it('keeps Cyrillic and also transliterates it', () => {
    expect(spellings('рагимова')).toEqual(['ragimova', 'рагимова']);
    expect(spellings('ёлка')).toEqual(['elka', 'елка']);
    expect(spellings('йога')).toEqual(['yoga', 'йога']);
  });

  it('folds other diacritics and ligatures, keeps digits, drops what is not a letter or digit', () => {
    expect(spellings('crème')).toEqual(['creme']);
    expect(spellings('straße')).toEqual(['strasse']);
    expect(spellings('2024')).toEqual(['2024']);
  });
});

describe('stems from Snowball (English, Russian; Turkish for Azerbaijani)', () => {
  it('stems per script and language', () => {
    expect(stemWith('english', 'festivals')).toBe(stemWith('english', 'festival'));
    expect(stemWith('english', 'дубляжа')).toBe(stemWith('english', 'дубляж'));
    expect(stemWith('turkish', 'festivalda')).toBe('festival');
    expect(stemWith('turkish', '漢字')).toBe('漢字');
  });
});

describe('document fields and query terms meet on the same keys', () => {
  it('indexes each distinct spelling once, and stems beside the words', () => {
    const field = analyseField('Şəki festivalı', 'az');
    expect(field.exact).toEqual(['saki festivali', 'seki festivali', 'shaki festivali', 'sheki festivali']);
    expect(field.stem).toContain('sheki festival');
    expect(analyseField('Film week', 'en')).toEqual({ exact: ['film week'], stem: ['film week'] });
  });

  it('gives a term its spellings and (unless a prefix) its stems in both query stemmers', () => {
    const keys = (text: string, prefix = false) => sequencesOf(text, prefix).map((s) => `${s.stream}:${s.keys.join(' ')}${s.prefix ? '*' : ''}`).sort();
    expect(keys('Festivals')).toEqual(['exact:festivals', 'stem:festiv', 'stem:festivals']);
    expect(keys('fest', true)).toEqual(['exact:fest*']);
    expect(keys('Şə', true)).toEqual(['exact:sa*', 'exact:se*', 'exact:sha*', 'exact:she*']);
  });
});
