/**
 * The analysers' memos (stems, spellings) keep words, and V8 cuts a word of 13 characters or
 * more out of a text as a view of that text: a memo that kept such views would keep every indexed
 * document alive until it is cleared (58 MB after 3,000 texts of 20 kB, measured 2026-12-03).
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { toSearchDocument } from '../../../shared/domain/search/index.js';
import { makeDoc } from '../../support/records.js';

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

function heapAfterCollection(): number {
  collectGarbage();
  return process.memoryUsage().heapUsed;
}

describe('analyser memos', () => {
  it('do not keep the texts their words came from', () => {
    const filler = Array.from({ length: 2500 }, (_, k) => `word${k % 50}`).join(' ');
    const before = heapAfterCollection();
    for (let i = 0; i < 1000; i += 1) {
      // A long word of its own per text (names and compounds are), in ~20 kB of text.
      toSearchDocument(makeDoc({ title: `concert ${i}`, text: `${filler} extraordinarily${i.toString(36)}zz ${filler.slice(0, 2000)}` }));
    }
    const kept = heapAfterCollection() - before;
    // 1,000 texts of ~20 kB are ~20 MB (one byte a character): well below that means none is kept.
    expect(kept).toBeLessThan(5_000_000);
  });
});
