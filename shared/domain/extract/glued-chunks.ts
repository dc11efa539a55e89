/**
 * Capitalised runs that Azerbaijani and Russian grammar says are two names written side by side,
 * cut apart before the chunks are analysed:
 *   - a case ending on an Azerbaijani cue word closes its noun phrase: "Nizami Kino Mərkəzində |
 *     Azərbaycan Yazıçılar Birliyinin …", "Xalça Muzeyində | Opera forumu";
 *   - an initial and a surname are a whole name: "V.Matviyenko | Şəhidlər xiyabanında";
 *   - a person introduced by a lower-case role noun ends where the person's name ends: "naziri
 *     Əbülfəs Qarayev | Mədəniyyət Nazirliyinin təşəbbüsü";
 *   - a person's name in the nominative after other capitalised words that no title introduces
 *     ends the run as a name of its own: "депутат Милли Меджлиса | Фаттах Гейдаров", a byline
 *     glued to the outlet's name ("TrendLife | Эльдар Гусейнзаде").
 */
import { MASCULINE_NOMINATIVE_SURNAME, ROLE_STEMS, grammarOf, scriptOf } from './languages/index.js';
import { FIRST_NAMES } from './gazetteer/first-names.js';
import { isRussianWrittenGivenName } from './english-names.js';
import { hasSurnameEnding, isGivenName, personEvidence, tokenCue, typeByCue } from './names.js';
import { personTailStart } from './role-split.js';
import type { Chunk } from './spans.js';
import { isTitle } from './titles.js';
import type { Prepared, Token } from './tokens.js';

/** "Mərkəzində", "Birliyinin", "Muzeyindən": a cue word that a case ending closes (the profile's `cueClosingCase`). */
function caseClosedCue(t: Token | undefined): boolean {
  const closing = grammarOf(t)?.cueClosingCase;
  if (!t || !closing || t.kind !== 'word' || /['’-]/.test(t.text)) return false;
  return tokenCue(t) !== null && tokenCue(t) !== 'place' && closing.test(t.key);
}

function isRoleNoun(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word' || t.cap) return false;
  return ROLE_STEMS.some(([stem, max]) => t.key.startsWith(stem) && t.key.length - stem.length <= max);
}

/** A name in the nominative: a known given name as written, or a man's surname without a case ending ("Гейдаров", not "Гейдарова"). */
function nominativePerson(tokens: readonly Token[], at: number): boolean {
  const given = tokens[at];
  const surname = tokens[at + 1];
  if (!given || !surname || given.kind !== 'word' || surname.kind !== 'word') return false;
  const knownGiven = scriptOf(given.text) === 'cyrillic' ? isRussianWrittenGivenName(given.text) : FIRST_NAMES.has(given.key);
  const nominativeSurname = hasSurnameEnding(surname.key) && MASCULINE_NOMINATIVE_SURNAME.test(surname.text.toLowerCase());
  return (knownGiven || nominativeSurname) && personEvidence([given, surname]) === 'strong';
}

/** Case-closed cue words: cut after each ("Mərkəzində | Azərbaycan …"). */
function caseCuts(tokens: readonly Token[], c: Chunk): number[] {
  const cuts: number[] = [];
  for (let i = c.from; i < c.to - 1; i++) if (caseClosedCue(tokens[i])) cuts.push(i + 1);
  return cuts;
}

/** Where a person's name ends or begins inside a run (at most one cut). */
function nameCuts(tokens: readonly Token[], c: Chunk): number[] {
  const n = c.to - c.from;
  if (n < 3) return [];
  // "V.Matviyenko Şəhidlər xiyabanında": an initial and a surname are a whole name; capitalised words after them are another.
  if (tokens[c.from]?.kind === 'initial' && personEvidence(tokens.slice(c.from, c.from + 2)) === 'strong' && tokens[c.from + 2]?.kind === 'word' && tokens[c.from + 2]?.cap) return [c.from + 2];
  // "naziri Əbülfəs Qarayev Mədəniyyət Nazirliyinin": the role noun introduces a person, not an institution named after one.
  if (isRoleNoun(tokens[c.from - 1]) && isGivenName(tokens[c.from]) && personEvidence(tokens.slice(c.from, c.from + 2)) === 'strong' &&
    typeByCue(tokens.slice(c.from + 2, c.to)) === 'organisation') return [c.from + 2];
  // "Милли Меджлиса Фаттах Гейдаров": a nominative name closing a run that no title introduces.
  const s = c.to - 2;
  if (nominativePerson(tokens, s) && tokens[s - 1]?.cap && !isGivenName(tokens[s - 1]) && !isTitle(tokens[s - 1]) && personTailStart(tokens, c.from, c.to) < 0) return [s];
  return [];
}

function cutAt(c: Chunk, cuts: readonly number[]): Chunk[] {
  const out: Chunk[] = [];
  let from = c.from;
  for (const cut of cuts) {
    out.push({ sentence: c.sentence, from, to: cut });
    from = cut;
  }
  out.push({ sentence: c.sentence, from, to: c.to });
  return out;
}

/** The chunks with glued names cut apart (only in Azerbaijani and Russian texts). */
export function splitGluedChunks(prepared: Prepared, chunks: readonly Chunk[]): Chunk[] {
  return chunks.flatMap((c) => {
    const tokens = prepared.sentences[c.sentence]?.tokens ?? [];
    if (!tokens[c.from]?.inflected) return [c];
    return cutAt(c, caseCuts(tokens, c)).flatMap((piece) => cutAt(piece, nameCuts(tokens, piece)));
  });
}
