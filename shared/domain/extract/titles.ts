/** Titles, roles and honorifics in front of a name ("First Deputy Minister", "People's Artist"). */
import { HONORIFICS, TITLE_MODIFIERS, TITLE_WORDS } from './lexicon.js';
import { grammarOf } from './languages/index.js';
import { tokenCue } from './names.js';
import { keysOf } from './parts.js';
import type { Token } from './tokens.js';

const HONORIFIC_SET: ReadonlySet<string> = new Set(HONORIFICS);
const HONORIFIC_FIRST: ReadonlySet<string> = new Set(HONORIFICS.map((h) => h.split(' ')[0] ?? ''));
const HONORIFIC_LAST: ReadonlySet<string> = new Set(HONORIFICS.map((h) => h.split(' ').pop() ?? ''));

/** Longest honorific at the start of tokens[a..b): returns its length in tokens. */
export function honorificAt(tokens: readonly Token[], a: number, b: number): number {
  const first = tokens[a]?.key ?? '';
  if (!HONORIFIC_FIRST.has(first.split(' ')[0] ?? '')) return 0;
  for (let n = Math.min(6, b - a); n >= 1; n--) {
    if (HONORIFIC_SET.has(keysOf(tokens.slice(a, a + n)))) return n;
  }
  return 0;
}

/** Honorific ending exactly at b. */
export function honorificEnding(tokens: readonly Token[], a: number, b: number): number {
  const last = tokens[b - 1]?.key ?? '';
  if (!HONORIFIC_LAST.has(last.split(' ').pop() ?? '')) return 0;
  for (let n = Math.min(6, b - a); n >= 1; n--) {
    if (HONORIFIC_SET.has(keysOf(tokens.slice(b - n, b)))) return n;
  }
  return 0;
}

export function isTitle(t: Token | undefined): boolean {
  if (t === undefined || t.possessive) return false;
  if (TITLE_WORDS.has(t.key)) return true;
  // "Vice-President", "Co-Chairman", "Director-General": a hyphenated title has a title word in it.
  return t.key.includes(' ') && /[-‐]/.test(t.text) && t.key.split(' ').some((w) => TITLE_WORDS.has(w));
}

/** A role starts here: a title, or modifiers followed by a title ("First Deputy Minister"). */
export function isRoleStart(tokens: readonly Token[], i: number): boolean {
  let k = i;
  while (TITLE_MODIFIERS.has(tokens[k]?.key ?? '') && k - i < 3) k++;
  // "Writers Guild", "Artists Union": the title word only modifies an organisation's cue word —
  // unless the grammar puts the possessor after its noun ("Директор Музея ковра": the director
  // of the museum, the organisation in the genitive).
  return isTitle(tokens[k]) && (tokenCue(tokens[k + 1]) !== 'organisation' || grammarOf(tokens[k])?.possessorFollows === true);
}
