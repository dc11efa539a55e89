import { describe, expect, it } from 'vitest';
import { CUE_STEMS, ORG_CUE_WORDS, PROFILES, TITLE_WORD_SET } from '../../../shared/domain/extract/languages/index.js';
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
      ...(p.cueStems ?? []).map(([stem]) => stem), ...(p.roleStems ?? []).map(([stem]) => stem),
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
});
