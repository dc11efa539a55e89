/**
 * MinHash signatures over word shingles, and LSH band keys that make near-duplicates meet.
 *
 * Written here rather than taken from npm: the packages there (`minhash`, `bloom-filters`) draw
 * their hash family from Math.random, so signatures would differ between processes and a band
 * table kept in a store could never be matched again. This family is fixed: a shingle's hash is
 * spread once by murmur3's finaliser, then hash i is (a_i · x + b_i) mod 2^32 with constant odd
 * a_i and b_i derived from i — two operations per hash function and shingle.
 */

/** Words per shingle: three keeps same-topic phrasing apart while surviving light edits. */
export const SHINGLE_WORDS = 3;
/** Hash functions in a signature; the similarity estimate's error is about 1/sqrt(HASHES). */
export const HASHES = 128;
/** LSH banding: BANDS bands of ROWS hashes each (BANDS × ROWS ≤ HASHES). */
export const BANDS = 32;
export const ROWS = 4;

export type Signature = Uint32Array;

const WORD = /[\p{L}\p{N}]+/gu;

/** FNV-1a, 32 bits, over UTF-16 code units: cheap and stable across runs. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** murmur3's 32-bit finaliser: spreads every input bit over the output. */
function mix(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** The fixed multipliers (odd) and offsets of the hash family, derived from their index so they never change. */
const MULTIPLIERS: Uint32Array = Uint32Array.from({ length: HASHES }, (_, i) => mix(0x9e3779b9 ^ Math.imul(i + 1, 0x7feb352d)) | 1);
const OFFSETS: Uint32Array = Uint32Array.from({ length: HASHES }, (_, i) => mix(0x85ebca77 ^ Math.imul(i + 1, 0x27d4eb2f)));

/** Lower-cased words of a text (letters and digits of any script). */
export function words(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

/**
 * Distinct hashes of the text's word shingles; a text shorter than one shingle is one shingle.
 * Each word is hashed once and a shingle's hash chains its words' hashes (order matters), which
 * spares building a string per shingle.
 */
export function shingleHashes(text: string): Uint32Array {
  const wordHashes = words(text).map(fnv1a);
  const hashes = new Set<number>();
  const chain = (from: number, to: number): number => {
    let hash = 0x9747b28c;
    for (let i = from; i < to; i += 1) hash = mix(Math.imul(hash, 31) ^ wordHashes[i]!);
    return hash;
  };
  if (wordHashes.length > 0 && wordHashes.length < SHINGLE_WORDS) hashes.add(chain(0, wordHashes.length));
  for (let i = 0; i + SHINGLE_WORDS <= wordHashes.length; i += 1) hashes.add(chain(i, i + SHINGLE_WORDS));
  return Uint32Array.from(hashes);
}

/** Minimum of each hash function over the shingles; null for a text without words. */
export function signatureOf(shingles: Uint32Array): Signature | null {
  if (shingles.length === 0) return null;
  const signature = new Uint32Array(HASHES).fill(0xffffffff);
  for (const shingle of shingles) {
    const x = mix(shingle);
    for (let i = 0; i < HASHES; i += 1) {
      const value = (Math.imul(MULTIPLIERS[i]!, x) + OFFSETS[i]!) >>> 0;
      if (value < signature[i]!) signature[i] = value;
    }
  }
  return signature;
}

/** Share of equal positions: an unbiased estimate of the Jaccard similarity of the shingle sets. */
export function estimatedJaccard(a: Signature, b: Signature): number {
  let equal = 0;
  for (let i = 0; i < HASHES; i += 1) if (a[i] === b[i]) equal += 1;
  return equal / HASHES;
}

/**
 * One key per band, prefixed with the language: only texts of one language are compared by
 * wording (a translation shares no shingles anyway, and this keeps band buckets smaller).
 */
export function bandKeys(signature: Signature, language: string): string[] {
  const keys: string[] = [];
  for (let band = 0; band < BANDS; band += 1) {
    let hash = 0x811c9dc5 ^ band;
    for (let row = 0; row < ROWS; row += 1) hash = mix(hash ^ signature[band * ROWS + row]!);
    keys.push(`${language}:${band}:${hash.toString(36)}`);
  }
  return keys;
}

/** Compact text form of a signature for stores (base64 of the little-endian words). */
export function encodeSignature(signature: Signature): string {
  return Buffer.from(signature.buffer, signature.byteOffset, signature.byteLength).toString('base64');
}

export function decodeSignature(encoded: string): Signature | null {
  const bytes = Buffer.from(encoded, 'base64');
  if (bytes.length !== HASHES * 4) return null;
  const copy = new Uint8Array(bytes);
  return new Uint32Array(copy.buffer);
}
