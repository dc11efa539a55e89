/**
 * Capitalised-span chunking: runs of capitalised words, joined across the function words that
 * live inside names ("Ministry of Culture", "Culture and Creative Industries Forum"), never
 * across commas, quotes or sentence ends.
 */
import { COMMON_TITLE_WORDS, EVENT_CUES, NATIONALITIES, ORG_CUES, PLACE_CUES, PROJECT_CUES, ROMAN_NUMERAL, STOP_CAPS, TITLE_WORDS, TOPIC_WORDS } from './lexicon.js';
import { hasSurnameEnding, isGivenName, isKnownPlace, isPlaceToken, personEvidence, tokenCue } from './names.js';
import { keysOf } from './parts.js';
import { caseSuffixedAcronym, hyphenCasedName } from './case-forms.js';
import type { Sentence, Token } from './tokens.js';
import {
  CUE_ONLY_JOINERS, DEDICATION_PHRASES, DEFINITE_ARTICLES, GENITIVE_PREPOSITIONS, GOVERNMENT_HEADS, HEAD_PREPOSITION_WORDS, LOCATIVE_PREPOSITIONS, STATE_MODIFIERS, SUBORDINATION_PREPOSITIONS, phraseStartingAt,
  ADJECTIVE_ENDING, AND_WORDS, CUE_STEMS, DEDICATION_WORDS, INSTITUTION_PLACE_WORDS, JOINER_SEQUENCES, MISSION_HEAD_WORDS, NAME_ENDER_WORDS, PAGE_MARKER_WORDS, SUBUNIT_NOUN_WORDS, grammarOf, scriptOf, type LowerCaseTail } from './languages/index.js';

export interface Chunk {
  readonly sentence: number;
  /** Token index range [from, to) in the sentence. */
  readonly from: number;
  readonly to: number;
}

/** Joiners allowed between two capitalised words of one name (every profile's), as folded word sequences. */
const JOINERS = JOINER_SEQUENCES;

/** Page markers written in capitals inside headlines ("… днем музеев ФОТО"): never part of a name. */
const PAGE_MARKERS = PAGE_MARKER_WORDS;

export function isCapWord(t: Token | undefined): boolean {
  return t !== undefined && (t.kind === 'word' || t.kind === 'initial') && t.cap && !(t.allCaps && PAGE_MARKERS.has(t.key));
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

/** "UNESCO-nun", "APA-nın", "МИДа", "Trend-in": an abbreviation or foreign name with a case suffix is a name of its own. */
function isSuffixedAcronym(t: Token | undefined): boolean {
  return caseSuffixedAcronym(t) !== undefined || hyphenCasedName(t) !== undefined;
}

/** "Mircəfər Bağırovun Naxçıvan səfəri": a surname in the genitive ends the name; what follows is its possession. */
function genitiveSurname(t: Token | undefined): boolean {
  const m = grammarOf(t)?.genitiveSurname?.exec(t?.key ?? '');
  return m?.[1] !== undefined && hasSurnameEnding(m[1]);
}

/**
 * "Mehriban Əliyeva Qız qalasında": in an izafet compound the capitalised modifier stands before
 * a lower-case head noun carrying the possessive ending ("Qız qalası", the Maiden Tower); the
 * modifier belongs to that head, not to the name before it.
 */
function modifiesLowerCaseHead(t: Token | undefined, head: Token | undefined): boolean {
  const ending = grammarOf(t)?.possessiveEnding;
  // "Aysel Quliyeva festivalının": a surname is the end of a person's name, never a modifier.
  if (!ending || !head || head.kind !== 'word' || head.cap || head.quote !== t?.quote || hasSurnameEnding(t?.key ?? '')) return false;
  return CUE_STEMS.some(([stem]) => head.key.startsWith(stem) && ending.test(head.key.slice(stem.length)));
}

/** "Ganja Silk OJSC Northern Academy …": a legal form closes a company's name, unless a unit of it follows ("OJSC Board"). */
function closedByLegalForm(tokens: readonly Token[], end: number): boolean {
  return NAME_ENDER_WORDS.has(tokens[end - 1]?.key ?? '') && !SUBUNIT_NOUN_WORDS.has(tokens[end]?.key ?? '');
}

/** The capitalised run starting at i (i must be a cap word); returns its end (exclusive). */
function runEnd(tokens: readonly Token[], i: number): number {
  let end = i + 1;
  if (isSuffixedAcronym(tokens[i])) return end;
  while (
    isCapWord(tokens[end]) && tokens[end]?.quote === tokens[i]?.quote && !tokens[end - 1]?.possessive && !closedByLegalForm(tokens, end) &&
    !isSuffixedAcronym(tokens[end]) && !genitiveSurname(tokens[end - 1]) && !modifiesLowerCaseHead(tokens[end], tokens[end + 1])
  ) end++;
  return end;
}

/**
 * "and" joins two runs only when the right run is what makes the name ("Culture and Creative
 * Industries Forum", "Culture and Tourism Ministry") and the left run is not already a complete
 * name ending in a cue ("Heydar Aliyev Foundation and the Ministry ...").
 */
function andJoins(tokens: readonly Token[], from: number, leftEnd: number, rightStart: number): boolean {
  const left = tokens[leftEnd - 1];
  const rightEnd = runEnd(tokens, rightStart);
  if (left && isCue(left.key)) return coordinatedCueNouns(tokens, from, leftEnd, rightStart, rightEnd);
  if (genitiveCue(left)) return false;
  // "… Historical and Artistic Reserve Ramin Aliyev": the right run's name ends before the person after it.
  const right = tokens[nameEndBeforePerson(tokens, rightStart, rightEnd) - 1];
  // "Sheki Executive Power and Azerbaijan Union of …": a run that opens with a place and ends in
  // its own cue word is a second name, not the end of the first.
  const first = tokens[rightStart];
  if (first !== undefined && rightEnd - rightStart >= 2 && (isKnownPlace(first.key) || NATIONALITIES.has(first.key)) && right !== undefined && isCue(right.key)) return false;
  if (right !== undefined && isCue(right.key) && (!PLACE_CUES.has(right.key) || keptByState(tokens, from, right))) return true;
  // "Opera və Balet Teatrının": an Azerbaijani cue word in a case form ends the right run just as well.
  if (grammarOf(right)?.caseFormCueEndsRun === true && tokenCue(right) !== null && tokenCue(right) !== 'place' &&
    personEvidence(tokens.slice(from, leftEnd)) !== 'strong' && !isKnownPlace(tokens[leftEnd - 1]?.key ?? '')) return true;
  if (TITLE_WORDS.has(tokens[rightStart]?.key ?? '')) return false;
  // Inside an "of"/"for" phrase: "Exhibition of Culture and Creative Industries", "Institute for
  // Development and Diplomacy" — but not when the
  // right run is a name of its own ("... of Culture and Tourism Abulfas Garayev").
  const inOf = tokens.slice(from, leftEnd).some((t) => HEAD_PREPOSITION_WORDS.has(t.key) && !t.cap);
  // "Minister of Ecology and Natural Resources Samir Guliyev": domain nouns, then the person the
  // role belongs to (the chunk is split into role and person later).
  if (inOf && topicsThenPerson(tokens, rightStart, rightEnd)) return true;
  return inOf && rightEnd - rightStart <= 2 && !isKnownPlace(tokens[rightStart]?.key ?? '') &&
    personEvidence(tokens.slice(rightStart, rightEnd)) !== 'strong' && !isGivenName(tokens[rightStart]);
}

/**
 * "Şəki Dram Teatrının və Lənkəran Kukla Teatrının aktyorları": a run ending in a cue noun in the
 * genitive is a whole name (the case ending closes its noun phrase), so "and" after it starts
 * another name rather than joining one.
 */
function genitiveCue(t: Token | undefined): boolean {
  const g = grammarOf(t);
  return t !== undefined && g?.caseFormCueEndsRun === true && g.genitive.test(t.key) && !isCue(t.key) && tokenCue(t) !== null && tokenCue(t) !== 'place';
}

/**
 * "Public Theatre and Radio Drama Company": two cue nouns joined by "and" that modify
 * one head further right — a left run of common words only, a right run that opens with a cue noun
 * and ends in an organisation cue.
 */
function coordinatedCueNouns(tokens: readonly Token[], from: number, leftEnd: number, rightStart: number, rightEnd: number): boolean {
  const left = tokens[leftEnd - 1];
  let runStart = leftEnd - 1;
  while (runStart > from && isCapWord(tokens[runStart - 1])) runStart--;
  // "Heydar Aliyev Foundation and …": a left run with a name of its own is complete.
  if (!left || !tokens.slice(runStart, leftEnd - 1).every((t) => COMMON_TITLE_WORDS.has(t.key) || NATIONALITIES.has(t.key) || STOP_CAPS.has(t.key))) return false;
  const first = tokens[rightStart];
  const last = tokens[nameEndBeforePerson(tokens, rightStart, rightEnd) - 1];
  return first !== undefined && last !== undefined && last !== first && !left.inflected && !first.inflected &&
    ORG_CUES.has(first.key) && ORG_CUES.has(last.key) && !PLACE_CUES.has(left.key);
}

/** The end of the name in a run that may end with a person's name after a cue word. */
function nameEndBeforePerson(tokens: readonly Token[], from: number, end: number): number {
  for (const n of [2, 3]) {
    const k = end - n;
    if (k > from && isCue(tokens[k - 1]?.key ?? '') && personEvidence(tokens.slice(k, end)) === 'strong') return k;
  }
  return end;
}

/** One or two words ending in a domain noun ("Tourism", "Natural Resources"), then a person's name. */
function topicsThenPerson(tokens: readonly Token[], from: number, end: number): boolean {
  return [from + 1, from + 2].some((k) => TOPIC_WORDS.has(tokens[k - 1]?.key ?? '') && end - k >= 2 && end - k <= 3 &&
    personEvidence(tokens.slice(k, end)) === 'strong');
}

/** "Gobustan National Historical and Artistic Reserve": a place the state keeps, named as an institution. */
function keptByState(tokens: readonly Token[], from: number, head: Token): boolean {
  if (!INSTITUTION_PLACE_WORDS.has(head.key)) return false;
  for (let k = from; tokens[k] !== head && k < tokens.length; k++) if (STATE_MODIFIERS.has(tokens[k]?.key ?? '')) return true;
  return false;
}

/** "on" and "for" live inside names only after a cue word: "Committee on …", "Center for …". */
function joinerAllowed(tokens: readonly Token[], leftEnd: number): boolean {
  const w = tokens[leftEnd]?.key;
  if (!CUE_ONLY_JOINERS.has(w ?? '')) return true;
  const left = tokens[leftEnd - 1];
  if (left === undefined || !isCue(left.key)) return false;
  // "Institute for Arab countries": a lone nationality then a common noun is no part of the name.
  let k = leftEnd + 1;
  if (DEFINITE_ARTICLES.has(tokens[k]?.key ?? '')) k++;
  return !(NATIONALITIES.has(tokens[k]?.key ?? '') && !isCapWord(tokens[k + 1]));
}

function genitiveWord(g: LowerCaseTail, t: Token | undefined): boolean {
  return isLowerWord(t) && (t?.key.length ?? 0) >= 3 && g.genitive.test(t?.key ?? '') && !g.verb.test(t?.key ?? '');
}

function isLowerWord(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'word' && !t.cap && t.quote === -1;
}

/**
 * Names that go on in lower case (Russian, read through the profile's `lowerCaseTail`):
 * "Азербайджанский государственный академический музыкальный театр" (adjectives, then the cue
 * noun), "Министерство культуры Азербайджана" (the cue noun, a genitive, a capitalised genitive),
 * "кинофестиваль тюркского мира Деде Горгуд". `script`: the script of the name, whose capitalised
 * genitives may belong to it.
 */
function extendLowerCase(g: LowerCaseTail, script: string, tokens: readonly Token[], end: number, edition = false): number {
  const sameScript = (t: Token | undefined): boolean => t !== undefined && scriptOf(t.text) === script;
  const { adjective: ADJECTIVE, genitive: GENITIVE, genitiveAdjective: GENITIVE_ADJECTIVE, verb: VERB } = g;
  let e = end;
  // Capitalised adjective(s) then lower-case adjectives up to a cue noun.
  if (edition || ADJECTIVE.test(tokens[e - 1]?.key ?? '')) {
    for (let k = e; k < Math.min(tokens.length, e + 5) && isLowerWord(tokens[k]); k++) {
      const cue = tokenCue(tokens[k]);
      if (cue && cue !== 'place') {
        e = k + 1;
        break;
      }
      if (!ADJECTIVE.test(tokens[k]?.key ?? '')) break;
    }
  }
  const last = tokens[e - 1];
  if (!tokenCue(last)) return e;
  // After the cue: one genitive word, or two when a capitalised name follows.
  const g1 = tokens[e];
  const g2 = tokens[e + 1];
  // "библиотека Республики Казахстан": a place-head genitive with its name belongs to the organisation's name.
  if (isCapWord(g1) && sameScript(g1) && tokenCue(g1) === 'place' && tokenCue(last) !== 'place' && isCapWord(g2)) return runEnd(tokens, e + 1);
  // "Государственный гимн Азербайджана": a capitalised place genitive right after the cue.
  if (g1 !== undefined && isCapWord(g1) && sameScript(g1) && isPlaceToken(g1) && !isCapWord(g2)) return e + 1;
  // "музея искусств Азербайджана": a lower-case genitive plural, then a place genitive.
  if (isLowerWord(g1) && !VERB.test(g1?.key ?? '') && g2 !== undefined && isCapWord(g2) && sameScript(g2) && isPlaceToken(g2) && !genitiveWord(g, g1)) return e + 2;
  if (genitiveWord(g, g1)) {
    if (AND_WORDS.has(g2?.key ?? '') && isLowerWord(g2) && genitiveWord(g, tokens[e + 2])) return genitivePair(tokens, e + 3, sameScript);
    // "Дни азербайджанского кино": a genitive adjective needs the noun it agrees with.
    if (GENITIVE_ADJECTIVE.test(g1?.key ?? '') && isLowerWord(g2) && (g2?.key.length ?? 0) >= 3 && !ADJECTIVE.test(g2?.key ?? '') && !VERB.test(g2?.key ?? '')) return e + 2;
    if (isCapWord(tokens[e + 1])) e = DEDICATION_WORDS.has(g1?.key ?? '') ? dedicatedPersonEnd(tokens, e + 1, runEnd(tokens, e + 1)) : runEnd(tokens, e + 1);
    else if (genitiveWord(g, g2) && isCapWord(tokens[e + 2])) e = runEnd(tokens, e + 2);
    else if (AND_WORDS.has(g2?.key ?? '') || !isLowerWord(g2) || !GENITIVE.test(g2?.key ?? '')) e = e + 1;
  }
  return e;
}

/**
 * "Министерство культуры и туризма", "Институт архитектуры и искусства НАНА": two genitives
 * joined by "и" belong to the name, and so does a capitalised genitive after them unless it is a person.
 */
function genitivePair(tokens: readonly Token[], e: number, sameScript: (t: Token | undefined) => boolean): number {
  if (!isCapWord(tokens[e]) || !sameScript(tokens[e])) return e;
  const end = runEnd(tokens, e);
  return personEvidence(tokens.slice(e, end)) === 'strong' ? e : end;
}

/** "Embassy", "Embassy of Azerbaijan": a diplomatic mission, alone or of a country. */
function missionHeaded(tokens: readonly Token[], from: number, end: number): boolean {
  if (MISSION_HEAD_WORDS.has(tokens[end - 1]?.key ?? '')) return true;
  const of = tokens.slice(from, end).findIndex((t) => GENITIVE_PREPOSITIONS.has(t.key) && !t.cap);
  return of > 0 && MISSION_HEAD_WORDS.has(tokens[from + of - 1]?.key ?? '') && isKnownPlace(keysOf(tokens.slice(from + of + 1, end)));
}

function hasOrgCue(tokens: readonly Token[], from: number, end: number): boolean {
  for (let k = from; k < end; k++) if (ORG_CUES.has(tokens[k]?.key ?? '')) return true;
  return false;
}

/**
 * Long official names go on in lower case or across commas where grammar binds the next words
 * to the name: "Council … under the President of the Republic of Azerbaijan", "Embassy in
 * London", "Institute of Literature named after Nizami Ganjavi", "Ministry of Culture, Sports
 * and Youth" (a list of domain nouns after "of"/"for"), "Educational, Scientific and Cultural
 * Organization" (a list of adjectives before the head). Returns the new end, or `end`.
 */
function longNameTail(tokens: readonly Token[], from: number, end: number): number {
  const t = tokens[end];
  const last = tokens[end - 1];
  if (!t || !last || last.possessive || t.quote !== tokens[from]?.quote) return end;
  // "under the President / Cabinet …": the formula of bodies attached to the head of state.
  if (SUBORDINATION_PREPOSITIONS.has(t.key) && DEFINITE_ARTICLES.has(tokens[end + 1]?.key ?? '') && GOVERNMENT_HEADS.has(tokens[end + 2]?.key ?? '') && isCapWord(tokens[end + 2]) && hasOrgCue(tokens, from, end)) return runEnd(tokens, end + 2);
  if (LOCATIVE_PREPOSITIONS.has(t.key) && missionHeaded(tokens, from, end) && isCapWord(tokens[end + 1]) && isKnownPlace(tokens[end + 1]?.key ?? '')) return runEnd(tokens, end + 1);
  const dedication = phraseStartingAt(tokens, end, DEDICATION_PHRASES);
  if (dedication && isCapWord(tokens[end + dedication.length]) && hasOrgCue(tokens, from, end)) {
    const nameFrom = end + dedication.length;
    const nameEnd = runEnd(tokens, nameFrom);
    return personEvidence(tokens.slice(nameFrom, nameEnd)) === 'strong' || tokens[nameFrom]?.kind === 'initial' ? nameEnd : end;
  }
  if (t.text !== ',') return end;
  // "… of Culture, Sports and Youth": every list member a domain noun, "and" before the last.
  const ofFor = tokens.slice(from, end).some((x) => HEAD_PREPOSITION_WORDS.has(x.key) && !x.cap);
  if (ofFor && TOPIC_WORDS.has(last.key) && hasOrgCue(tokens, from, end)) {
    let k = end;
    while (tokens[k]?.text === ',' && isCapWord(tokens[k + 1]) && TOPIC_WORDS.has(tokens[k + 1]?.key ?? '')) k += 2;
    if (AND_WORDS.has(tokens[k]?.key ?? '') && isCapWord(tokens[k + 1]) && TOPIC_WORDS.has(tokens[k + 1]?.key ?? '') && k > end) return k + 2;
  }
  // "Educational, Scientific and Cultural Organization": adjectives listed before the head.
  if (ADJECTIVE_ENDING.test(last.key) && !NATIONALITIES.has(last.key)) {
    let k = end;
    while (tokens[k]?.text === ',' && isCapWord(tokens[k + 1]) && ADJECTIVE_ENDING.test(tokens[k + 1]?.key ?? '')) k += 2;
    if (AND_WORDS.has(tokens[k]?.key ?? '') && isCapWord(tokens[k + 1])) {
      const rest = runEnd(tokens, k + 1);
      if (rest > k + 1 && ORG_CUES.has(tokens[rest - 1]?.key ?? '') && ADJECTIVE_ENDING.test(tokens[k + 1]?.key ?? '')) return rest;
    }
  }
  return end;
}

/**
 * After a dedication word ("имени") a person's name ends the run: "библиотека имени Бориса
 * Ельцина Санкт-Петербурга" (the city after it is where the library is), "зале имени Ваджии
 * Самедовой Союза художников" (the union is a name of its own).
 */
function dedicatedPersonEnd(tokens: readonly Token[], start: number, end: number): number {
  const k = start + 2;
  // The dedication word says a person follows: a name's shape is enough.
  if (k >= end || personEvidence(tokens.slice(start, k)) === 'no') return end;
  const next = tokens[k];
  return next !== undefined && (isPlaceToken(next) || tokenCue(next) !== null) ? k : end;
}

/** The end of a name that goes on in lower case, when the language of its first word (or of the word after an edition number) writes names so. */
function lowerCaseTail(tokens: readonly Token[], from: number, end: number): number {
  const first = tokens[from];
  const own = grammarOf(first)?.lowerCaseTail;
  // "II международного кинофестиваля …": an edition number before a lower-case name.
  const afterNumber = first !== undefined && ROMAN_NUMERAL.test(first.text) ? grammarOf(first.inflected ? tokens[from + 1] : undefined) : undefined;
  const edition = own === undefined && afterNumber?.lowerCaseTail !== undefined;
  const tail = own ?? afterNumber?.lowerCaseTail;
  // "В Министерстве культуры": a capitalised preposition does not stop the name after it.
  if (!tail || !first || (STOP_CAPS.has(first.key) && end - from === 1)) return end;
  return extendLowerCase(tail, edition ? scriptOf(tokens[from + 1]?.text ?? '') : scriptOf(first.text), tokens, end, edition);
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
    // "в выставочном зале имени Ваджии Самедовой Союза художников": the run after a lower-case dedication word is the person's name.
    const dedicated = tokens[i - 1] !== undefined && !tokens[i - 1]?.cap && DEDICATION_WORDS.has(tokens[i - 1]?.key ?? '');
    if (dedicated && dedicatedPersonEnd(tokens, i, end) < end) {
      end = dedicatedPersonEnd(tokens, i, end);
      chunks.push({ sentence: sentenceIndex, from, to: end });
      i = end;
      continue;
    }
    for (;;) {
      const last = tokens[end - 1];
      if (last?.possessive) break;
      // A year after an event name: "Baku Jazz Festival 2025".
      const next = tokens[end];
      if (next?.kind === 'number' && /^(19|20)\d\d$/.test(next.text) && last && EVENT_CUES.has(last.key)) {
        end++;
        continue;
      }
      const longer = longNameTail(tokens, from, end);
      if (longer > end) {
        end = longer;
        continue;
      }
      const j = joinerAt(tokens, end);
      if (j === 0 || !isCapWord(tokens[end + j]) || tokens[end + j]?.quote !== tokens[from]?.quote) break;
      if (AND_WORDS.has(tokens[end]?.key ?? '') && !andJoins(tokens, from, end, end + j)) break;
      if (!joinerAllowed(tokens, end)) break;
      const start = end + j;
      end = runEnd(tokens, start);
      if (DEDICATION_WORDS.has(tokens[start - 1]?.key ?? '')) end = dedicatedPersonEnd(tokens, start, end);
    }
    end = lowerCaseTail(tokens, from, end);
    chunks.push({ sentence: sentenceIndex, from, to: end });
    i = end;
  }
  return chunks;
}
