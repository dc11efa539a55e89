/**
 * From a capitalised chunk to typed parts: titles and honorifics stripped into roles,
 * "<Role> of <Org> <Person>" and "<Org> <Role> <Person>" split apart, the rest typed by cue
 * word, gazetteer or name shape.
 */
import type { EntityType } from '../model.js';
import { foldText } from '../text/fold.js';
import { ALWAYS_STRIP, LEADING_CUES, NATIONALITIES, NON_ORG_CAPS, ROMAN_NUMERAL, PERSON_TITLES, STOP_CAPS, TITLE_WORDS, TOPIC_WORDS, TRAILING_ORG_CUES } from './lexicon.js';
import { cueType, gazetteerType, headToken, isAcronymToken, isGeneric, isGivenName, isKnownPlace, isPlaceToken, personEvidence, tokenCue, typeByCue } from './names.js';
import { keysOf, part, reportingContext, textOf } from './parts.js';
import type { Ctx, Part } from './parts.js';
import { parseRoleOrg, personTailStart, pushHonorificPlace } from './role-split.js';
import type { Chunk } from './spans.js';
import { honorificAt, honorificEnding, isRoleStart } from './titles.js';
import type { Prepared, Token } from './tokens.js';

export type { Part, PartType } from './parts.js';
export { textOf } from './parts.js';

const JOIN_KEYS = new Set(['of', 'the', 'for', 'and', 'on', 'at', '&']);

/** 'an exhibition themed Victory Colors': the noun before themed/titled/entitled says the type. */
function namedBy(tokens: readonly Token[], a: number): EntityType | null {
  const verb = tokens[a - 1];
  if (!verb || !['themed', 'titled', 'entitled', 'called'].includes(verb.key)) return null;
  for (let i = a - 2; i >= Math.max(0, a - 5); i--) {
    const cue = LEADING_CUES.get(tokens[i]?.key ?? '');
    if (cue) return cue;
  }
  return 'event';
}

/** Plural cue nouns that introduce examples: "festivals like X", "projects such as X". */
const EXAMPLE_HEADS: ReadonlyMap<string, EntityType> = new Map([
  ...['festivals', 'forums', 'exhibitions', 'competitions', 'contests', 'conferences', 'concerts', 'events'].map((w) => [w, 'event'] as const),
  ...['projects', 'programmes', 'programs', 'initiatives', 'campaigns'].map((w) => [w, 'project'] as const),
]);

/**
 * "festivals like X, Y and Z", "projects such as X": a name listed as an example of a plural cue
 * noun has that noun's type. Looks back over the list (names, commas, "and") to the marker.
 */
function exampleOf(tokens: readonly Token[], a: number): EntityType | null {
  for (let i = a - 1, n = 0; i >= 0 && n < 14; i--, n++) {
    const t = tokens[i];
    if (!t) return null;
    if (t.key === 'like' || t.key === 'including' || (t.key === 'as' && tokens[i - 1]?.key === 'such')) {
      const head = tokens[t.key === 'as' ? i - 2 : i - 1];
      return EXAMPLE_HEADS.get(head?.key ?? '') ?? null;
    }
    if (t.cap || t.text === ',' || t.key === 'and' || t.kind === 'quote' || t.key === 'the') continue;
    return null;
  }
  return null;
}

/**
 * "the Baku Cinema Breeze festival", "the X (XYZ) festival": a lower-case event or project noun
 * right after a capitalised run names what the run is (a parenthesised acronym may sit between).
 */
function namedByTrailingNoun(tokens: readonly Token[], b: number): EntityType | null {
  // "the Council's initiative": a possessive owns the noun after it; the noun does not name it.
  if (tokens[b - 1]?.possessive) return null;
  let k = b;
  if (tokens[k]?.text === '(' && tokens[k + 2]?.text === ')') k += 3;
  const noun = tokens[k];
  if (!noun || noun.kind !== 'word' || noun.cap || noun.inflected) return null;
  return TRAILING_NAME_NOUNS.get(noun.key) ?? null;
}

/** Lower-case nouns that, right after a capitalised run, say it names an event or a project. */
const TRAILING_NAME_NOUNS: ReadonlyMap<string, EntityType> = new Map([
  ...['festival', 'forum', 'exhibition', 'competition', 'contest', 'conference', 'biennale', 'symposium'].map((w) => [w, 'event'] as const),
  ...['project', 'initiative', 'campaign'].map((w) => [w, 'project'] as const),
]);

function contextType(tokens: readonly Token[], a: number, b: number): EntityType | null {
  // "No-main competition": a hyphenated lower-case part marks a compound word, not a name.
  if (tokens.slice(a, b).some((t) => /-\p{Ll}/u.test(t.text))) return null;
  return namedByTrailingNoun(tokens, b) ?? exampleOf(tokens, a);
}

/** One capitalised word: a gazetteer hit, a web domain, an acronym, an outlet, or a candidate surname. */
function analyseSingle(ctx: Ctx, a: number, out: Part[]): void {
  const tokens = ctx.sentence.tokens;
  const t = tokens[a];
  if (!t) return;
  const b = a + 1;
  const next = tokens[b];
  const gaz = gazetteerType(t.key, reportingContext(tokens, a, b), t.inflected);
  // Azerbaijani case suffixes after an abbreviation: "UNESCO-nun", "APA-nın", "SSRİ-də".
  const suffixed = t.inflected ? AZ_SUFFIXED_ACRONYM.exec(t.text) : null;
  if (gaz) out.push(part(ctx, a, b, gaz, 'strong'));
  else if (suffixed && !ROMAN_NUMERAL.test(suffixed[1] ?? '') && !NON_ORG_CAPS.has(foldText(suffixed[1] ?? ''))) {
    out.push(part(ctx, a, b, gazetteerType(foldText(suffixed[1] ?? ''), false, false) ?? 'organisation', 'strong'));
  }
  else if (/\.(az|com|ru|org|net|tv)$/i.test(t.text) && (/^[\p{Lu}\p{N}]/u.test(t.text) || reportingContext(tokens, a, b))) {
    // "Day.Az", "1news.az" are outlets; a lower-case web address ("via the e-culture.az portal") is not annotated.
    out.push(part(ctx, a, b, 'organisation', 'strong'));
  } else if (isAcronymToken(t)) out.push(part(ctx, a, b, 'organisation', 'strong'));
  else if (next && TRAILING_ORG_CUES.has(next.key) && !next.cap && !NATIONALITIES.has(t.key)) out.push(part(ctx, a, b, 'organisation', 'strong'));
  else if (reportingContext(tokens, a, b)) out.push(part(ctx, a, b, 'organisation', 'strong'));
  else if (!t.sentStart && !NATIONALITIES.has(t.key) && contextType(tokens, a, b)) out.push(part(ctx, a, b, contextType(tokens, a, b) ?? 'event', 'strong'));
  else if (isRoleStart(tokens, a)) out.push(part(ctx, a, b, 'role', 'strong'));
  else if (!NATIONALITIES.has(t.key) && !TITLE_WORDS.has(t.key)) out.push(part(ctx, a, b, 'single', 'weak'));
}

const AZ_SUFFIXED_ACRONYM = /^([\p{Lu}\p{N}]{2,8})[-‐'’](\p{Ll}{1,5})$/u;

function russianPlaceFirst(t: Token, next: Token | undefined): boolean {
  return /[\u0400-\u04ff]/.test(t.text) && tokenCue(next) !== null;
}

/** Adjectives that describe any festival or programme: "Международного фестиваля", "Beynəlxalq Festivalı". */
const GENERIC_EVENT_ADJ = /^(mezhdunarodn|respublikansk|vsemirn|traditsionn|ezhegodn|ocheredn|beynelxalq|respublika|enenevi|illik|novy|yeni)/;

/** Only generic adjectives before an event or programme cue word: no name (Azerbaijani/Russian). */
function genericInflectedEvent(slice: readonly Token[]): boolean {
  const ws = slice.filter((t) => t.kind === 'word');
  const last = ws[ws.length - 1];
  if (!last?.inflected || ws.length < 2 || tokenCue(last) === null) return false;
  return ws.slice(0, -1).every((t) => GENERIC_EVENT_ADJ.test(t.key));
}

/**
 * A place in a case form: "Bakıda" (the ending glued on), "İstanbul'da" (Turkish writes the case
 * ending of a proper noun after an apostrophe).
 */
function caseFormPlace(t: Token): boolean {
  const apostrophe = /^(.+)['’]\p{Ll}{1,4}$/u.exec(t.text);
  if (apostrophe) return isKnownPlace(foldText(apostrophe[1] ?? ''));
  return isPlaceToken(t) && !isKnownPlace(t.key);
}

/** Russian past-tense and reflexive verb forms: "Открылся", "Прошла", "Состоялись". */
function russianVerb(t: Token): boolean {
  return t.inflected && /[\u0400-\u04ff]/.test(t.text) && /(l|la|lo|li|lsya|las|los|lis|etsya|itsya|utsya|yutsya)$/.test(t.key) &&
    !isGivenName(t) && tokenCue(t) === null && !isPlaceToken(t);
}

const LATIN_INFLECTED = (t: Token): boolean => t.inflected && !/[\u0400-\u04ff]/.test(t.text);

/** "Sərgidə", "Muzeydən", "Teatrda": a cue word with a locative/ablative ending. */
function azCaseFormCue(t: Token): boolean {
  return LATIN_INFLECTED(t) && /(da|de|dan|den)$/.test(t.key) && tokenCue(t) !== null && cueType(t.key) === null;
}

/** "Tədbirdə Milli …": a sentence-opening word in the locative/ablative says where, it starts no name. */
function azLocativeOpener(t: Token): boolean {
  return LATIN_INFLECTED(t) && /[əı]/.test(t.text) && /(da|de|dan|den)$/.test(t.key) && !isPlaceToken(t) && !isGivenName(t);
}

/** "Siyahısına", "Mükafatı": a possessed Azerbaijani noun in a case form ends a title, not a person's name. */
function azPossessedNoun(t: Token | undefined): boolean {
  return t !== undefined && LATIN_INFLECTED(t) && /(s[iu](n(a|e|da|de|dan|den|in|un))?|[iu]n[ae])$/.test(t.key);
}

function isStop(t: Token | undefined): boolean {
  return t !== undefined && t.kind !== 'initial' && (STOP_CAPS.has(t.key) || JOIN_KEYS.has(t.key)) && !t.allCaps;
}

/** Stop words leave the front of a chunk at a sentence start or in a heading; articles always. */
function strippable(t: Token | undefined, heading: boolean): boolean {
  return t !== undefined && isStop(t) && (t.sentStart || heading || ALWAYS_STRIP.has(t.key) || JOIN_KEYS.has(t.key));
}

/** Analyse one chunk into parts (pushed onto out). */
export function analyseChunk(prepared: Prepared, chunk: Chunk, out: Part[]): void {
  const sentence = prepared.sentences[chunk.sentence];
  if (!sentence) return;
  const ctx: Ctx = { prepared, sentence, sIdx: chunk.sentence };
  const tokens = sentence.tokens;
  let a = chunk.from;
  let b = chunk.to;
  while (a < b && strippable(tokens[a], sentence.heading)) a++;
  while (b > a && isStop(tokens[b - 1])) b--;
  if (b <= a) return;
  if (b - a === 1) {
    // Most chunks are one capitalised word: no titles, tails or joiners to look for.
    analyseSingle(ctx, a, out);
    return;
  }

  // "Bakıda Azərbaycan Dövlət … Teatrında": a place in a case form (locative, genitive…) starts a
  // new phrase, it is not part of the name after it.
  const p0t = tokens[a];
  // "в Баку Гран-при …": in Russian a place before a cue noun is no part of the name after it.
  if (p0t?.inflected && b - a >= 2 && (!isKnownPlace(p0t.key) || russianPlaceFirst(p0t, tokens[a + 1])) && isPlaceToken(p0t)) {
    out.push(part(ctx, a, a + 1, 'place', 'strong'));
    a++;
    if (b - a === 1) {
      analyseSingle(ctx, a, out);
      return;
    }
  }

  // "Rəşad Əzizov Bakıda …": a place in a case form ends the name before it (case endings
  // close a noun phrase), so it is a place of its own.
  const pEnd = tokens[b - 1];
  if (pEnd?.inflected && b - a >= 3 && caseFormPlace(pEnd) && [2, 3].some((n) => b - 1 - n >= a && personEvidence(tokens.slice(b - 1 - n, b - 1)) === 'strong')) {
    out.push(part(ctx, b - 1, b, 'place', 'strong'));
    b--;
  }

  // "Tədbirdə Günel Əliyeva": a capitalised sentence-initial word before a given name.
  const t0 = tokens[a];
  if (t0?.sentStart && b - a >= 3 && !isGivenName(t0) && isGivenName(tokens[a + 1]) && personEvidence(tokens.slice(a + 1, b)) === 'strong') a++;
  // "Открылся Международный …", "Выступил народный артист …": a Russian sentence-initial verb.
  else if (t0?.sentStart && b - a >= 2 && russianVerb(t0) && (typeByCue(tokens.slice(a + 1, b)) !== null || personEvidence(tokens.slice(a + 1, b)) === 'strong')) {
    a++;
    if (b - a === 1) {
      analyseSingle(ctx, a, out);
      return;
    }
  }
  // "Sərgidə T. Salahovun …": an Azerbaijani cue word in the locative or ablative at a sentence
  // start is where something happens, not the first word of a name (names end in their cue).
  else if (t0?.sentStart && b - a >= 2 && (azCaseFormCue(t0) || azLocativeOpener(t0))) {
    a++;
    if (b - a === 1) {
      analyseSingle(ctx, a, out);
      return;
    }
  }

  // "Rasim Balayev Rasim Balayev": a doubled name.
  const n = b - a;
  if (n % 2 === 0 && n >= 4 && keysOf(tokens.slice(a, a + n / 2)) === keysOf(tokens.slice(a + n / 2, b))) b = a + n / 2;

  // "President Ilham Aliyev of Azerbaijan": a trailing "of <place>" after a person.
  const lastOf = tokens.slice(a, b).map((t) => t.key).lastIndexOf('of');
  if (lastOf > 0) {
    const s = a + lastOf + 1;
    const p0 = personTailStart(tokens, a, a + lastOf);
    if (isKnownPlace(keysOf(tokens.slice(s, b))) && (p0 >= 0 || personEvidence(tokens.slice(a, a + lastOf)) === 'strong')) {
      out.push(part(ctx, s, b, 'place', 'strong'));
      b = a + lastOf;
    }
  }

  // "Turan Mammadli of the Azerbaijan Film Agency": a person, then the organisation.
  const firstOf = tokens.slice(a, b).findIndex((t, i) => i > 0 && t.key === 'of' && !t.cap);
  if (firstOf > 0 && personEvidence(tokens.slice(a, a + firstOf)) === 'strong' && honorificAt(tokens, a, a + firstOf) === 0 && !isRoleStart(tokens, a)) {
    let s = a + firstOf + 1;
    if (tokens[s]?.key === 'the' && !tokens[s]?.cap) s++;
    const orgTokens = tokens.slice(s, b);
    if (s < b && (typeByCue(orgTokens) === 'organisation' || (orgTokens.length === 1 && orgTokens[0] && isAcronymToken(orgTokens[0])))) {
      const org = part(ctx, s, b, 'organisation', 'strong');
      const person = part(ctx, a, a + firstOf, 'person', 'strong');
      person.affiliation = org.name;
      out.push(person, org);
      return;
    }
  }

  // Leading honorific: "People's Artist Rasim Balayev", "National Leader Heydar Aliyev".
  let honorific: string | undefined;
  const h = honorificAt(tokens, a, b);
  if (h > 0 && b - a > h) {
    honorific = textOf(prepared, sentence, a, a + h);
    pushHonorificPlace(ctx, a, a + h, out);
    a += h;
  }

  const m = b - a;
  if (m % 2 === 0 && m >= 4 && keysOf(tokens.slice(a, a + m / 2)) === keysOf(tokens.slice(a + m / 2, b))) b = a + m / 2;

  const tail = personTailStart(tokens, a, b);
  if (tail > a) {
    let restEnd = tail;
    const hon = honorificEnding(tokens, a, restEnd);
    if (hon > 0) pushHonorificPlace(ctx, restEnd - hon, restEnd, out);
    let role: string | undefined = hon > 0 ? textOf(prepared, sentence, restEnd - hon, restEnd) : honorific;
    restEnd -= hon;
    const restTokens = tokens.slice(a, restEnd);
    const topicOnly = restTokens.length > 0 && restTokens.every((t) => TOPIC_WORDS.has(t.key));
    const parsed = topicOnly ? {} : parseRoleOrg(ctx, a, restEnd, out);
    const person = part(ctx, tail, b, 'person', 'strong');
    person.leadFrom = chunk.from;
    role = parsed.role ?? role;
    if (role) person.role = role;
    if (parsed.org) person.affiliation = parsed.org;
    out.push(person);
    return;
  }

  const slice = tokens.slice(a, b);
  const folded = keysOf(slice);
  if (honorific !== undefined) {
    const ev = personEvidence(slice);
    if (ev !== 'no') {
      const p = part(ctx, a, b, 'person', 'strong');
      p.role = honorific;
      p.leadFrom = chunk.from;
      out.push(p);
    } else if (slice.length === 1) {
      out.push(part(ctx, a, b, 'single', 'weak'));
    }
    return;
  }

  // Role-only chunks: "Deputy Chairman of the Public Union", "Secretary of the Artists' Union".
  if (isRoleStart(tokens, a) || (NATIONALITIES.has(slice[0]?.key ?? '') && isRoleStart(tokens, a + 1))) {
    const parsed = parseRoleOrg(ctx, a, b, out);
    const role: Part = part(ctx, a, b, 'role', 'strong');
    if (parsed.org) role.roleOrg = parsed.org;
    if (parsed.role) role.role = parsed.role;
    out.push(role);
    return;
  }

  if (slice.length === 1) {
    analyseSingle(ctx, a, out);
    return;
  }

  if (isGeneric(slice)) {
    // "Public Union", "Deputy Chairman", "the Center": no entity, but a title still makes a role.
    if (slice.some((t) => PERSON_TITLES.has(t.key))) out.push(part(ctx, a, b, 'role', 'strong'));
    return;
  }
  const named = namedBy(tokens, a);
  if (named) {
    out.push(part(ctx, a, b, named, 'strong'));
    return;
  }
  const cue = typeByCue(slice);
  // "Summary of the Culture and Creative Industries Forum": the name is what follows "of".
  const headCue = tokenCue(headToken(slice));
  const ofAt = slice.findIndex((t, i) => i > 0 && t.key === 'of' && !t.cap);
  if (cue && !headCue && ofAt > 0) {
    let s = a + ofAt + 1;
    if (tokens[s]?.key === 'the' && !tokens[s]?.cap) s++;
    const restCue = typeByCue(tokens.slice(s, b));
    if (restCue && s < b) {
      out.push(part(ctx, s, b, restCue, 'strong'));
      return;
    }
  }
  if (cue) {
    if ((cue === 'event' || cue === 'project') && genericInflectedEvent(slice)) return;
    // "festivals like Mountain Echo": being listed as an example outweighs a place cue word.
    out.push(part(ctx, a, b, cue === 'place' ? (exampleOf(tokens, a) ?? cue) : cue, 'strong'));
    return;
  }
  const gaz = gazetteerType(folded, reportingContext(tokens, a, b), slice[0]?.inflected === true);
  if (gaz) {
    out.push(part(ctx, a, b, gaz, 'strong'));
    return;
  }
  if (reportingContext(tokens, a, b)) {
    out.push(part(ctx, a, b, 'organisation', 'strong'));
    return;
  }
  const ev = personEvidence(slice);
  const byContext = ev === 'strong' ? null : contextType(tokens, a, b);
  if (byContext) {
    out.push(part(ctx, a, b, byContext, 'strong'));
    return;
  }
  if (ev === 'strong') out.push(part(ctx, a, b, 'person', 'strong'));
  else if (ev === 'weak' && !sentence.heading && slice[0]?.quote === -1 && sentence.closed && !azPossessedNoun(slice[slice.length - 1])) out.push(part(ctx, a, b, 'person', 'weak'));
  else if (slice.every((t) => isPlaceToken(t) || t.kind === 'punct')) {
    // Two places written together ("Baku Azerbaijan") — keep each.
    for (let i = a; i < b; i++) if (tokens[i] && isPlaceToken(tokens[i] as Token)) out.push(part(ctx, i, i + 1, 'place', 'strong'));
  }
}
