import { describe, expect, it } from 'vitest';
import { foldHomoglyphs, foldName } from '../../../shared/domain/text/fold.js';

describe('foldName', () => {
  it('strips diacritics and maps the Azerbaijani letters without decomposition', () => {
    expect(foldName('Rəşad Əzizov')).toBe('resad ezizov');
    expect(foldName('Şəki, Gəncə, Ağdam')).toBe('seki gence agdam');
    expect(foldName('İçərişəhər')).toBe('iceriseher');
    expect(foldName('Üzeyir Hacıbəyli')).toBe('uzeyir hacibeyli');
    expect(foldName('Göyçay')).toBe('goycay');
  });

  it('transliterates Cyrillic', () => {
    expect(foldName('Министерство культуры')).toBe('ministerstvo kultury');
    expect(foldName('Шуша')).toBe('shusha');
    expect(foldName('Хазар Жалилов')).toBe('khazar zhalilov');
  });

  it('reads Cyrillic look-alikes inside Latin words as Latin', () => {
    expect(foldName('Committee оn Infrastructure')).toBe('committee on infrastructure');
    expect(foldName('Center іn Baku')).toBe('center in baku');
  });

  it('lower-cases, turns punctuation into spaces, collapses spaces and drops a leading "the"', () => {
    expect(foldName('  The   Producers  Guild ')).toBe('producers guild');
    expect(foldName("Theater Workers' Union")).toBe('theater workers union');
    expect(foldName('"Kharibulbul" International Music Festival')).toBe('kharibulbul international music festival');
    expect(foldName('REPORT.AZ')).toBe('report az');
    expect(foldName('Theatre')).toBe('theatre');
    expect(foldName('The')).toBe('');
  });
});

describe('foldHomoglyphs', () => {
  it('replaces look-alikes in mixed words and keeps Russian words intact', () => {
    expect(foldHomoglyphs('visited the Center іn Baku tо see')).toBe('visited the Center in Baku to see');
    expect(foldHomoglyphs('Chair оf the Committee')).toBe('Chair of the Committee');
    expect(foldHomoglyphs('Министерство культуры')).toBe('Министерство культуры');
    expect(foldHomoglyphs('в Баку')).toBe('в Баку');
  });

  it('returns text without Cyrillic unchanged', () => {
    const s = 'Plain English text, with "quotes".';
    expect(foldHomoglyphs(s)).toBe(s);
  });
});
