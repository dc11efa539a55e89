/**
 * Where a case ending marks the edge of a name, in languages that glue case endings to the noun
 * (Azerbaijani, Russian, Turkish): a place in the locative starts or ends a phrase, a verb or a
 * locative cue word opens a sentence without being part of the name after it. Each test reads
 * the token's own flag (its document's profile has case endings), so on English text none fires.
 */
import type { EntityType } from '../model.js';
import { foldText } from '../text/fold.js';
import { NON_ORG_CAPS, ROMAN_NUMERAL } from './lexicon.js';
import { cueType, gazetteerType, isGivenName, isKnownPlace, isPlaceToken, tokenCue } from './names.js';
import { GENERIC_EVENT_ADJECTIVE_STEMS, acronymWithoutCase, grammarOf, nameWithoutHyphenCase, startsWithStem } from './languages/index.js';
import type { Token } from './tokens.js';

/**
 * The abbreviation of a token that is one in a case form (acronymWithoutCase: "UNESCO-nun",
 * "ТАСС-а", "МИДа"), read only in a language with case endings ("İstanbul'da" is no abbreviation).
 */
export function caseSuffixedAcronym(t: Token | undefined): string | undefined {
  return t?.inflected ? acronymWithoutCase(t.text) : undefined;
}

/** A foreign name with its case suffix after a hyphen ("Trend-in", "Report-un"), where the grammar writes so. */
export function hyphenCasedName(t: Token | undefined): string | undefined {
  return t?.inflected ? nameWithoutHyphenCase(t.text) : undefined;
}

/**
 * Case suffixes after an abbreviation or a foreign name kept in its spelling: "UNESCO-nun",
 * "APA-nın", "SSRİ-də", "МИДа", "Trend-in" → its type. A name so written in a case-ending text
 * is mostly an agency, outlet or company known by its foreign name (persons and places are
 * written in the language's own spelling, with the suffix glued on): an organisation unless the
 * gazetteer knows the word.
 */
export function suffixedAcronymType(t: Token): EntityType | undefined {
  const acronym = caseSuffixedAcronym(t) ?? hyphenCasedName(t);
  if (acronym === undefined || ROMAN_NUMERAL.test(acronym) || NON_ORG_CAPS.has(foldText(acronym))) return undefined;
  return gazetteerType(foldText(acronym), false, false) ?? 'organisation';
}

/** "в Баку Гран-при …": where the grammar says so (Russian), a place before a cue noun is no part of the name after it. */
export function leadingCasePlace(t: Token | undefined, next: Token | undefined): boolean {
  return t !== undefined && t.inflected && (!isKnownPlace(t.key) || placeBeforeCue(t, next)) && isPlaceToken(t);
}

function placeBeforeCue(t: Token, next: Token | undefined): boolean {
  return grammarOf(t)?.placeBeforeCueOutside === true && tokenCue(next) !== null;
}

/**
 * A place in a case form: "Bakıda" (the ending glued on), "İstanbul'da" (Turkish writes the case
 * ending of a proper noun after an apostrophe).
 */
export function caseFormPlace(t: Token | undefined): boolean {
  if (!t?.inflected) return false;
  const apostrophe = /^(.+)['’]\p{Ll}{1,4}$/u.exec(t.text);
  if (apostrophe) return isKnownPlace(foldText(apostrophe[1] ?? ''));
  return isPlaceToken(t) && !isKnownPlace(t.key);
}

/** Only generic adjectives before an event or programme cue word ("Международного фестиваля", "Beynəlxalq Festivalı"): no name. */
export function genericInflectedEvent(slice: readonly Token[]): boolean {
  const ws = slice.filter((t) => t.kind === 'word');
  const last = ws[ws.length - 1];
  if (!last?.inflected || ws.length < 2 || tokenCue(last) === null) return false;
  return ws.slice(0, -1).every((t) => startsWithStem(GENERIC_EVENT_ADJECTIVE_STEMS, t.key));
}

/** Past-tense and reflexive verb forms that open a sentence (the grammar's `sentenceVerb`): "Открылся", "Прошла", "Состоялись". */
export function sentenceOpeningVerb(t: Token): boolean {
  return grammarOf(t)?.sentenceVerb?.test(t.key) === true &&
    !isGivenName(t) && tokenCue(t) === null && !isPlaceToken(t);
}

const locative = (t: Token): boolean => grammarOf(t)?.locative?.test(t.key) === true;

/** "Sərgidə", "Muzeydən", "Teatrda": a cue word with a locative/ablative ending. */
export function locativeCue(t: Token): boolean {
  return locative(t) && tokenCue(t) !== null && cueType(t.key) === null;
}

/** "Tədbirdə Milli …": a sentence-opening word in the locative/ablative says where, it starts no name. */
export function locativeOpener(t: Token): boolean {
  return locative(t) && grammarOf(t)?.nativeLetters?.test(t.text) === true && !isPlaceToken(t) && !isGivenName(t);
}

/** "Sərgini Azərbaycan Rəssamlar İttifaqı …": a sentence-opening object in the accusative, no part of the name after it. */
export function accusativeOpener(t: Token): boolean {
  const grammar = grammarOf(t);
  return grammar?.accusative?.test(t.key) === true && grammar.nativeLetters?.test(t.text) === true && !isPlaceToken(t) && !isGivenName(t);
}

/** "Siyahısına", "Mükafatı": a possessed noun in a case form (the grammar's `possessedCaseForm`) ends a title, not a person's name. */
export function possessedCaseNoun(t: Token | undefined): boolean {
  return grammarOf(t)?.possessedCaseForm?.test(t?.key ?? '') === true;
}
