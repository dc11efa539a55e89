import { describe, expect, it } from 'vitest';
import { bandKeys, BANDS, decodeSignature, encodeSignature, estimatedJaccard, HASHES, shingleHashes, signatureOf } from '../../../shared/domain/clusters/minhash.js';
import { ORIGINAL_STORY, REPRINTED_STORY, SAME_TOPIC_STORY } from '../../support/syndication.js';

function exactJaccard(a: string, b: string): number {
  const sa = new Set(shingleHashes(a));
  const sb = new Set(shingleHashes(b));
  const shared = [...sa].filter((x) => sb.has(x)).length;
  return shared / (sa.size + sb.size - shared);
}

function signature(text: string) {
  const result = signatureOf(shingleHashes(text));
  if (!result) throw new Error('no signature');
  return result;
}

describe('MinHash signatures', () => {
  it('are the same in every run (a fixed hash family), so stored signatures stay comparable', () => {
    expect([...signature(ORIGINAL_STORY)]).toEqual([...signature(ORIGINAL_STORY)]);
    expect(signature(ORIGINAL_STORY)).toHaveLength(HASHES);
  });

  it('estimate the Jaccard similarity of the word shingles', () => {
    for (const [a, b] of [[ORIGINAL_STORY, REPRINTED_STORY], [ORIGINAL_STORY, SAME_TOPIC_STORY]] as const) {
      expect(Math.abs(estimatedJaccard(signature(a), signature(b)) - exactJaccard(a, b))).toBeLessThan(0.15);
    }
    expect(estimatedJaccard(signature(ORIGINAL_STORY), signature(REPRINTED_STORY))).toBeGreaterThan(0.5);
    expect(estimatedJaccard(signature(ORIGINAL_STORY), signature(SAME_TOPIC_STORY))).toBeLessThan(0.1);
  });

  it('ignore case and punctuation but not word order', () => {
    expect(exactJaccard('The Festival, opened!', 'the festival opened')).toBe(1);
    expect(exactJaccard('opened festival the', 'the festival opened')).toBe(0);
  });

  it('give no signature for a text without words, and one shingle for a very short one', () => {
    expect(signatureOf(shingleHashes(' … ,'))).toBeNull();
    expect(shingleHashes('Premiere tonight')).toHaveLength(1);
  });

  it('round-trip through their stored form, and reject a damaged one', () => {
    const original = signature(ORIGINAL_STORY);
    expect([...(decodeSignature(encodeSignature(original)) ?? [])]).toEqual([...original]);
    expect(decodeSignature('AAAA')).toBeNull();
  });

  it('make band keys per language: copies share some, other languages none', () => {
    const en = bandKeys(signature(ORIGINAL_STORY), 'en');
    expect(en).toHaveLength(BANDS);
    expect(en.filter((key) => bandKeys(signature(REPRINTED_STORY), 'en').includes(key)).length).toBeGreaterThan(0);
    expect(en.filter((key) => bandKeys(signature(ORIGINAL_STORY), 'az').includes(key))).toEqual([]);
  });
});
