/**
 * Judging what a run of capitalised words names: cue-word heads, person-name shape and
 * morphology (Azerbaijani/Turkic/Slavic surname endings, given-name gazetteer), gazetteers.
 */
import type { EntityType } from '../model.js';
import { isAzerbaijaniSpelledPlace, isKnownPlaceAnyLanguage } from './gazetteer/places.js';
import { baseForms, inflectedCueType } from './inflection.js';
import { personKey } from '../resolve/keys.js';
import { FIRST_NAMES } from './gazetteer/first-names.js';
import { isKnownOrgAcronym, knownMedia } from './gazetteer/organisations.js';
import {
  COMMON_TITLE_WORDS, EVENT_CUES, GENERIC_MODIFIERS, MONTHS, NATIONALITIES, NON_ORG_CAPS, ORG_CUES, PERSON_TITLES, PLACE_CUES,
  PROJECT_CUES, ROMAN_NUMERAL, STOP_CAPS, TITLE_MODIFIERS, TITLE_WORDS,
} from './lexicon.js';
import {
  DAY_NOUNS, DEDICATION_PHRASES, GENITIVE_PREPOSITIONS, STATE_MODIFIERS, SUBORDINATION_PREPOSITIONS, YEAR_NOUNS, phraseStartingAt,
  GENERIC_TITLE_WORDS, INSTITUTION_PLACE_WORDS, MEDIA_WORDS, PLACE_ADJECTIVE_FORMS, grammarOf, isNameParticle, scriptOf } from './languages/index.js';
import type { Token } from './tokens.js';

/** Surname endings (folded): Azerbaijani/Turkic -ov/-ova/-yev/-li/-zade/-oglu/-qizi, Slavic, Georgian, Armenian… */
const SURNAME_ENDING =
  /(ov|ova|ev|eva|yev|yeva|iyev|iyeva|zade|zadeh|oglu|ogly|ogullari|qizi|gizi|kyzy|uulu|li|ly|lu|beyli|bayli|skiy|skii|sky|ski|skaya|ska|enko|chuk|uk|yan|ian|dze|shvili|idis|opoulos|escu|ovic|ovich|evich|ovna|evna|son|sen|berg|stein|mann|ez|ova|ovs|evs)$/;

const words = (tokens: readonly Token[]): Token[] => tokens.filter((t) => t.kind === 'word' || t.kind === 'initial' || t.kind === 'number');

/** Known places in any of the three languages (folded name). */
export function isKnownPlace(folded: string): boolean {
  return isKnownPlaceAnyLanguage(folded) || isAzerbaijaniSpelledPlace(folded);
}

/** A place token, allowing Azerbaijani/Russian case endings in those texts ("Bakıda", "Москве"). */
export function isPlaceToken(t: Token): boolean {
  if (isKnownPlaceAnyLanguage(t.key)) return true;
  return t.inflected && inflectedPlace(t.key);
}

/** The adjective of a place name in its dictionary form, by the profiles' `placeAdjectiveForms` ("yuzhnuyu" → yuzhnaya). */
function placeAdjectiveBase(word: string): string {
  for (const [forms, ending] of PLACE_ADJECTIVE_FORMS) if (forms.test(word)) return word.replace(forms, ending);
  return word;
}

/** "Южную Корею" → yuzhnaya koreya; "Bakıda" → baki; "Турции" → turtsiya. */
function inflectedPlace(folded: string): boolean {
  const words = folded.split(' ');
  const last = words.pop() ?? '';
  const head = words.map(placeAdjectiveBase).join(' ');
  return baseForms(last).some((b) => isKnownPlace(head ? `${head} ${b}` : b));
}

/** Given-name skeletons, so "Rüfət", "Rufat" and "Руфат" all hit the list. */
let givenSkeletons: ReadonlySet<string> | undefined;
const givenMemo = new Map<string, boolean>();

export function isFirstName(key: string): boolean {
  return FIRST_NAMES.has(key);
}

/** A token that is a common given name, in any spelling. */
export function isGivenName(t: Token | undefined): boolean {
  if (!t) return false;
  if (FIRST_NAMES.has(t.key)) return true;
  if (!t.inflected) return false;
  const hit = givenMemo.get(t.text);
  if (hit !== undefined) return hit;
  givenSkeletons ??= new Set([...FIRST_NAMES].map(personKey));
  const found = givenSkeletons.has(personKey(t.text));
  if (givenMemo.size > 10_000) givenMemo.clear();
  givenMemo.set(t.text, found);
  return found;
}

/** Cue type of a token, with Azerbaijani/Russian case endings in those texts. */
export function tokenCue(t: Token | undefined): EntityType | null {
  if (!t) return null;
  return cueType(t.key) ?? (t.inflected ? inflectedCueType(t.key, scriptOf(t.text) === 'cyrillic') : null);
}

export function hasSurnameEnding(key: string): boolean {
  return key.length >= 4 && SURNAME_ENDING.test(key);
}

/** A word that can never be part of a person's name. */
function nonNameWord(t: Token): boolean {
  const k = t.key;
  return (
    ORG_CUES.has(k) || EVENT_CUES.has(k) || PROJECT_CUES.has(k) || PLACE_CUES.has(k) ||
    TITLE_WORDS.has(k) || TITLE_MODIFIERS.has(k) || STOP_CAPS.has(k) || MONTHS.has(k) || NATIONALITIES.has(k) || GENERIC_MODIFIERS.has(k) ||
    t.kind === 'number' || (t.allCaps && t.key.length > 1) || /\d/.test(t.text) || (t.inflected && inflectedCueType(k) !== null)
  );
}

export type PersonEvidence = 'strong' | 'weak' | 'no';

/**
 * Does this token run have the shape of a person's name? 'strong' with a known given name, an
 * initial, or a surname ending; 'weak' when only the shape fits (two or three capitalised words
 * that are no cue, title, stop word, month, place or nationality).
 */
export function personEvidence(tokens: readonly Token[]): PersonEvidence {
  // "Гасан бек Зардаби", "Həsən bəy Zərdabi": a lower-case particle between names belongs to the person.
  const all = words(tokens);
  const named = all.filter((t, k) => t.cap || k === 0 || k === all.length - 1 || !isNameParticle(t));
  if (named.length < all.length) return all.length === tokens.filter((t) => t.kind !== 'punct').length ? personEvidence(named) : 'no';
  const ws = all;
  if (ws.length !== tokens.filter((t) => t.kind !== 'punct').length) return 'no';
  if (ws.length < 2 || ws.length > 4) return 'no';
  if (ws.some((t) => !t.cap || t.possessive && t !== ws[ws.length - 1])) return 'no';
  const initials = ws.filter((t) => t.kind === 'initial');
  const names = ws.filter((t) => t.kind !== 'initial');
  if (names.length === 0 || names.some(nonNameWord)) return 'no';
  // "Karim T. Haddad": one middle initial between a first name and a surname (English usage).
  const middleInitial = ws.length === 3 && initials.length === 1 && ws[1]?.kind === 'initial';
  if (initials.length > 0 && ws[0]?.kind !== 'initial' && !middleInitial) return 'no';
  if (names.length === 1 && initials.length === 0) return 'no';
  if (names.every((t) => isKnownPlace(t.key))) return 'no';
  const first = names[0];
  const last = names[names.length - 1];
  if (!first || !last) return 'no';
  if (middleInitial) return isGivenName(first) || hasSurnameEnding(last.key) ? 'strong' : 'weak';
  if (initials.length > 0) return hasSurnameEnding(last.key) || names.length === 1 ? 'strong' : 'weak';
  if (isGivenName(first) || hasSurnameEnding(last.key)) return 'strong';
  if (names.length > 3) return 'no';
  // Only the shape fits: common Title Case words make a topic, not a person.
  if (names.some((t) => COMMON_TITLE_WORDS.has(t.key))) return 'no';
  return 'weak';
}

/** The head word: the word before the first "of", else the last word (numbers skipped). */
export function headToken(tokens: readonly Token[]): Token | undefined {
  const ofAt = tokens.findIndex((t, i) => i > 0 && GENITIVE_PREPOSITIONS.has(t.key) && !t.cap);
  if (ofAt > 0) return tokens[ofAt - 1];
  const ws = words(tokens).filter((t) => t.kind !== 'number' && !ROMAN_NUMERAL.test(t.text));
  return ws[ws.length - 1];
}

export function cueType(key: string): EntityType | null {
  if (ORG_CUES.has(key)) return 'organisation';
  if (EVENT_CUES.has(key)) return 'event';
  if (PROJECT_CUES.has(key)) return 'project';
  if (PLACE_CUES.has(key)) return 'place';
  return null;
}

/** Type by cue: the head's cue, else the right-most cue word in the run. */
export function typeByCue(tokens: readonly Token[]): EntityType | null {
  // "Council … under the President of …" / "Theatre named after X": the name before them decides.
  const tail = tokens.findIndex((t, i) => i > 0 && !t.cap && (SUBORDINATION_PREPOSITIONS.has(t.key) || phraseStartingAt(tokens, i, DEDICATION_PHRASES) !== undefined));
  if (tail > 0) return typeByCue(tokens.slice(0, tail));
  const headFirst = headFirstCue(tokens);
  if (headFirst !== undefined) return headFirst;
  const head = headToken(tokens);
  // "Year of Nizami Ganjavi": a declared year is a project; "year" alone is not a name.
  if (YEAR_NOUNS.has(head?.key ?? '') && tokens.some((t) => GENITIVE_PREPOSITIONS.has(t.key)) && head !== tokens[tokens.length - 1]) return 'project';
  const byHead = head ? tokenCue(head) : null;
  if (byHead === 'event' && DAY_NOUNS.has(head?.key ?? '') && words(tokens).length < 2) return null;
  // "Gobustan National Historical and Artistic Reserve": a place noun kept by the state is an institution.
  if (byHead === 'place' && head && INSTITUTION_PLACE_WORDS.has(head.key) && tokens.some((t) => STATE_MODIFIERS.has(t.key))) return 'organisation';
  if (byHead) return byHead;
  const ws = words(tokens);
  for (let i = ws.length - 1; i >= 0; i--) {
    const t = ws[i];
    if (!t || YEAR_NOUNS.has(t.key) || DAY_NOUNS.has(t.key)) continue;
    // "Festival Director": a title after the cue makes it a role, not a name.
    if (ws.slice(i + 1).some((x) => TITLE_WORDS.has(x.key))) return null;
    const c = tokenCue(t);
    if (c) return c;
  }
  return null;
}

/**
 * Where the possessor follows its head (Russian), names put the head noun first and its
 * genitives after it ("Международный день музеев", "Союз писателей Азербайджана"): the
 * left-most cue word of the first word's script decides. Undefined when the span's language
 * leads with the possessor or the span has no cue.
 */
function headFirstCue(tokens: readonly Token[]): EntityType | null | undefined {
  const first = tokens[0];
  const grammar = grammarOf(first);
  if (grammar?.possessorFollows !== true) return undefined;
  for (const t of tokens) {
    if (t.kind !== 'word' || grammarOf(t) !== grammar) continue;
    if (TITLE_WORDS.has(t.key)) return undefined;
    const c = tokenCue(t);
    if (c) return c;
  }
  return undefined;
}

/**
 * Only cue words, titles and generic modifiers: "Public Union", "Deputy Chairman", "the Center".
 * Two cue words alone ("Museum Center") are a name.
 */
export function isGeneric(tokens: readonly Token[]): boolean {
  const ws = words(tokens);
  const cues = ws.filter((t) => ORG_CUES.has(t.key) || EVENT_CUES.has(t.key) || PROJECT_CUES.has(t.key));
  if (cues.length >= 2 && cues.length === ws.length && !MEDIA_WORDS.has(ws[0]?.key ?? '')) return false;
  return ws.every(
    (t) =>
      ORG_CUES.has(t.key) || EVENT_CUES.has(t.key) || PROJECT_CUES.has(t.key) || GENERIC_MODIFIERS.has(t.key) ||
      GENERIC_TITLE_WORDS.has(t.key) || STOP_CAPS.has(t.key) || YEAR_NOUNS.has(t.key),
  );
}

export function isAcronymToken(t: Token): boolean {
  const base = t.text.replace(/['’]s$/, '');
  return t.allCaps && /^[\p{Lu}\p{N}.&-]{2,7}$/u.test(base) && !ROMAN_NUMERAL.test(base) && !NON_ORG_CAPS.has(t.key) && !isKnownPlace(t.key);
}

/** Gazetteer type of a whole folded name, if any. */
export function gazetteerType(folded: string, reportingContext: boolean, inflected = false): EntityType | null {
  if (isKnownPlace(folded)) return 'place';
  if (inflected && inflectedPlace(folded)) return 'place';
  const media = knownMedia(folded);
  if (media === 'yes' || (media === 'ambiguous' && reportingContext)) return 'organisation';
  if (isKnownOrgAcronym(folded)) return 'organisation';
  return null;
}


