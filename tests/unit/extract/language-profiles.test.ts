import { describe, expect, it } from 'vitest';
import { CUE_STEMS, ORG_CUE_WORDS, PROFILES, TITLE_WORD_SET, grammarOf } from '../../../shared/domain/extract/languages/index.js';
import { wordsOf } from '../../../shared/domain/extract/languages/types.js';
import { foldText } from '../../../shared/domain/text/fold.js';

describe('language profiles', () => {
  it('one profile per language, each with its own code', () => {
    expect(PROFILES.map((p) => p.code).sort()).toEqual(['az', 'en', 'ru', 'tr']);
  });

  it.each(PROFILES.map((p) => [p.code, p] as const))('%s: every word is stored folded, as tokens are keyed', (_code, p) => {
    const all = [
      ...wordsOf(p.cues.organisation), ...wordsOf(p.cues.event), ...wordsOf(p.cues.project), ...wordsOf(p.cues.place ?? ''),
      ...wordsOf(p.titleWords), ...wordsOf(p.titleModifiers), ...wordsOf(p.months), ...wordsOf(p.stopWords), ...p.honorifics,
      ...(p.cueStems ?? []).map(([stem]) => stem), ...(p.roleStems ?? []).map(([stem]) => stem), ...(p.quoteCueStems ?? []).map(([stem]) => stem),
      ...wordsOf(p.genericEventAdjectives ?? ''), ...wordsOf(p.honorificStems ?? ''), ...wordsOf(p.subunitStems ?? ''),
      ...wordsOf(p.ministerStems ?? ''), ...wordsOf(p.ministryStems ?? ''), ...wordsOf(p.andWords ?? ''), ...wordsOf(p.roleBreakWords ?? ''),
    ];
    for (const w of all) expect(foldText(w), w).toBe(w.replace(/-/g, ' '));
  });

  it('the engine reads the union of all profiles', () => {
    for (const p of PROFILES) {
      for (const w of wordsOf(p.cues.organisation)) expect(ORG_CUE_WORDS.has(w)).toBe(true);
      for (const w of wordsOf(p.titleWords)) expect(TITLE_WORD_SET.has(w)).toBe(true);
      for (const s of p.cueStems ?? []) expect(CUE_STEMS).toContain(s);
    }
  });

  it('a word is read by the case grammar of its script, and only in a language with case endings', () => {
    const byCode = (code: string) => PROFILES.find((p) => p.code === code)?.grammar;
    expect(grammarOf({ text: 'Министерства', inflected: true })).toBe(byCode('ru'));
    expect(grammarOf({ text: 'Muzeyin', inflected: true })).toBe(byCode('az'));
    expect(grammarOf({ text: 'Museum', inflected: false })).toBeUndefined();
    // The engine holds no endings of its own: every case-ending language with a script brings its grammar.
    for (const p of PROFILES) if (p.morphology === 'plain') expect(p.grammar).toBeUndefined();
  });
});
