/**
 * Capitalised-span chunking: runs of capitalised words, joined across the function words that
 * live inside names ("Ministry of Culture", "Culture and Creative Industries Forum"), never
 * across commas, quotes or sentence ends.
 */
import { EVENT_CUES, NATIONALITIES, ORG_CUES, PLACE_CUES, PROJECT_CUES, TITLE_WORDS } from './lexicon.js';
import { isFirstName, isKnownPlace, personEvidence } from './names.js';
import type { Sentence, Token } from './tokens.js';

export interface Chunk {
  readonly sentence: number;
  /** Token index range [from, to) in the sentence. */
  readonly from: number;
  readonly to: number;
}

/** Joiners allowed between two capitalised words of one name, as folded word sequences. */
const JOINERS: readonly (readonly string[])[] = [
  ['of', 'the'], ['for', 'the'], ['on', 'the'], ['of'], ['for'], ['on'], ['and'], ['de'], ['du'],
  ['da'], ['la'], ['le'], ['del'], ['der'], ['von'], ['van'], ['bin'], ['ibn'], ['al'], ['&'],
];

export function isCapWord(t: Token | undefined): boolean {
  return t !== undefined && (t.kind === 'word' || t.kind === 'initial') && t.cap;
}

export function isCue(key: string): boolean {
  return ORG_CUES.has(key) || EVENT_CUES.has(key) || PROJECT_CUES.has(key) || PLACE_CUES.has(key);
}

function joinerAt(tokens: readonly Token[], i: number): number {
  for (const j of JOINERS) {
    if (j.every((w, k) => {
      const t = tokens[i + k];
      return t !== undefined && t.kind !== 'punct' && !t.cap && t.key === w && t.quote === tokens[i - 1]?.quote;
    })) return j.length;
    if (j.length === 1 && j[0] === '&' && tokens[i]?.text === '&') return 1;
  }
  return 0;
}

/** The capitalised run starting at i (i must be a cap word); returns its end (exclusive). */
function runEnd(tokens: readonly Token[], i: number): number {
  let end = i + 1;
  while (isCapWord(tokens[end]) && tokens[end]?.quote === tokens[i]?.quote && !tokens[end - 1]?.possessive) end++;
  return end;
}

/**
 * "and" joins two runs only when the right run is what makes the name ("Culture and Creative
 * Industries Forum", "Culture and Tourism Ministry") and the left run is not already a complete
 * name ending in a cue ("Heydar Aliyev Foundation and the Ministry ...").
 */
function andJoins(tokens: readonly Token[], from: number, leftEnd: number, rightStart: number): boolean {
  const left = tokens[leftEnd - 1];
  if (left && isCue(left.key)) return false;
  const rightEnd = runEnd(tokens, rightStart);
  const right = tokens[rightEnd - 1];
  if (right !== undefined && isCue(right.key) && !PLACE_CUES.has(right.key)) return true;
  if (TITLE_WORDS.has(tokens[rightStart]?.key ?? '')) return false;
  // Inside an "of" phrase: "Exhibition of Culture and Creative Industries" — but not when the
  // right run is a name of its own ("... of Culture and Tourism Abulfas Garayev").
  const inOf = tokens.slice(from, leftEnd).some((t) => t.key === 'of' && !t.cap);
  return inOf && rightEnd - rightStart <= 2 && !isKnownPlace(tokens[rightStart]?.key ?? '') &&
    personEvidence(tokens.slice(rightStart, rightEnd)) !== 'strong' && !isFirstName(tokens[rightStart]?.key ?? '');
}

/** "on" and "for" live inside names only after a cue word: "Committee on …", "Center for …". */
function joinerAllowed(tokens: readonly Token[], leftEnd: number): boolean {
  const w = tokens[leftEnd]?.key;
  if (w !== 'on' && w !== 'for') return true;
  const left = tokens[leftEnd - 1];
  if (left === undefined || !isCue(left.key)) return false;
  // "Institute for Arab countries": a lone nationality then a common noun is no part of the name.
  let k = leftEnd + 1;
  if (tokens[k]?.key === 'the') k++;
  return !(NATIONALITIES.has(tokens[k]?.key ?? '') && !isCapWord(tokens[k + 1]));
}

export function chunkSentence(sentence: Sentence, sentenceIndex: number): Chunk[] {
  const tokens = sentence.tokens;
  const chunks: Chunk[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isCapWord(tokens[i])) {
      i++;
      continue;
    }
    const from = i;
    let end = runEnd(tokens, i);
    for (;;) {
      const last = tokens[end - 1];
      if (last?.possessive) break;
      // A year after an event name: "Baku Jazz Festival 2025".
      const next = tokens[end];
      if (next?.kind === 'number' && /^(19|20)\d\d$/.test(next.text) && last && EVENT_CUES.has(last.key)) {
        end++;
        continue;
      }
      const j = joinerAt(tokens, end);
      if (j === 0 || !isCapWord(tokens[end + j]) || tokens[end + j]?.quote !== tokens[from]?.quote) break;
      if (tokens[end]?.key === 'and' && !andJoins(tokens, from, end, end + j)) break;
      if (!joinerAllowed(tokens, end)) break;
      end = runEnd(tokens, end + j);
    }
    chunks.push({ sentence: sentenceIndex, from, to: end });
    i = end;
  }
  return chunks;
}
