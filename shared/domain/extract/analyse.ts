/**
 * From a capitalised chunk to typed parts: titles and honorifics stripped into roles,
 * "<Role> of <Org> <Person>" and "<Org> <Role> <Person>" split apart, the rest typed by cue
 * word, gazetteer or name shape.
 */
import type { EntityType } from '../model.js';
import { accusativeOpener, locativeCue, locativeOpener, possessedCaseNoun, caseFormPlace, genericInflectedEvent, leadingCasePlace, sentenceOpeningVerb, suffixedAcronymType } from './case-forms.js';
import { ALWAYS_STRIP, EVENT_CUES, LEADING_CUES, MONTHS, ORG_CUES, NATIONALITIES, PERSON_TITLES, STOP_CAPS, TITLE_MODIFIERS, TITLE_WORDS, TOPIC_WORDS, TRAILING_ORG_CUES } from './lexicon.js';
import { gazetteerType, headToken, isAcronymToken, isGeneric, isGivenName, isKnownPlace, isPlaceToken, personEvidence, tokenCue, typeByCue } from './names.js';
import {
  AND_WORDS, DEFINITE_ARTICLES, EXAMPLE_HEADS, EXAMPLE_MARKER_PHRASES, GENITIVE_PREPOSITIONS, KIN_NOUNS, LINK_WORDS, NAMING_VERBS, SINGULAR_PLURALS, TITLED_UNIT_NOUNS,
  SUBUNIT_NOUN_WORDS, TRAILING_NAME_NOUNS, hasPluralEnding, singularOf,
} from './languages/index.js';
import { keysOf, part, reportingContext, textOf } from './parts.js';
import type { Ctx, Part, PartType } from './parts.js';
import { nationalRoleStart, parseRoleOrg, personTailStart, pushHonorificPlace } from './role-split.js';
import type { Chunk } from './spans.js';
import { honorificAt, honorificEnding, isRoleStart, isTitle } from './titles.js';
import type { Prepared, Token } from './tokens.js';

export type { Part, PartType } from './parts.js';
export { textOf } from './parts.js';

/** 'an exhibition themed Victory Colors': the noun before themed/titled/entitled says the type. */
function namedBy(tokens: readonly Token[], a: number): EntityType | null {
  const verb = tokens[a - 1];
  if (!verb || !NAMING_VERBS.has(verb.key)) return null;
  for (let i = a - 2; i >= Math.max(0, a - 5); i--) {
    const cue = LEADING_CUES.get(tokens[i]?.key ?? '');
    if (cue) return cue;
  }
  return 'event';
}

/** The length of the example marker ("like", "such as") whose last word is token `i`, else 0. */
function exampleMarkerEndingAt(tokens: readonly Token[], i: number): number {
  const words = EXAMPLE_MARKER_PHRASES.find((ws) => ws.every((w, k) => tokens[i - ws.length + 1 + k]?.key === w));
  return words?.length ?? 0;
}

/**
 * "festivals like X, Y and Z", "projects such as X", "film companies, X and Y": a name listed as
 * an example of a plural cue noun, or in apposition to it, has that noun's type. Looks back over
 * the list (names, commas, "and") to the marker.
 */
function exampleOf(tokens: readonly Token[], a: number): EntityType | null {
  for (let i = a - 1, n = 0; i >= 0 && n < 14; i--, n++) {
    const t = tokens[i];
    if (!t) return null;
    const marker = exampleMarkerEndingAt(tokens, i);
    // "такие фестивали, как X": a comma may stand between the plural noun and the marker.
    const headAt = tokens[i - marker]?.text === ',' ? i - marker - 1 : i - marker;
    if (marker > 0) return EXAMPLE_HEADS.get(tokens[headAt]?.key ?? '') ?? null;
    // "publishing companies, Northern Page and Amber Letters": a list in apposition to the plural noun.
    const head = tokens[i - 1];
    if ((t.text === ',' || t.text === ':') && head && !head.cap && EXAMPLE_HEADS.has(head.key)) return EXAMPLE_HEADS.get(head.key) ?? null;
    if (t.cap || t.text === ',' || AND_WORDS.has(t.key) || t.kind === 'quote' || DEFINITE_ARTICLES.has(t.key)) continue;
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
  const type = singleWordType(tokens, a, t);
  if (type === 'single') out.push(part(ctx, a, b, 'single', 'weak'));
  else if (type) out.push(part(ctx, a, b, type, 'strong'));
}

function singleWordType(tokens: readonly Token[], a: number, t: Token): PartType | null {
  const b = a + 1;
  const next = tokens[b];
  const reporting = reportingContext(tokens, a, b);
  const gaz = gazetteerType(t.key, reporting, t.inflected);
  if (gaz) return gaz;
  const suffixed = suffixedAcronymType(t);
  if (suffixed) return suffixed;
  // "Day.Az", "1news.az" are outlets; a lower-case web address ("via the e-culture.az portal") is not annotated.
  if (/\.(az|com|ru|org|net|tv)$/i.test(t.text) && (/^[\p{Lu}\p{N}]/u.test(t.text) || reporting)) return 'organisation';
  if (isAcronymToken(t)) return 'organisation';
  if (next && TRAILING_ORG_CUES.has(next.key) && !next.cap && !NATIONALITIES.has(t.key)) return 'organisation';
  if (reporting) return 'organisation';
  if (!t.sentStart && !NATIONALITIES.has(t.key)) {
    const byContext = contextType(tokens, a, b);
    if (byContext) return byContext;
  }
  if (isRoleStart(tokens, a)) return 'role';
  if (kinApposition(tokens, a) && !NATIONALITIES.has(t.key)) return 'person';
  if (!NATIONALITIES.has(t.key) && !TITLE_WORDS.has(t.key)) return 'single';
  return null;
}

/** "his father, Leopold, a cellist": one capitalised word between commas after a family noun. */
function kinApposition(tokens: readonly Token[], a: number): boolean {
  return tokens[a - 1]?.text === ',' && KIN_NOUNS.has(tokens[a - 2]?.key ?? '') && !tokens[a - 2]?.cap && [',', ')', '.'].includes(tokens[a + 1]?.text ?? '.');
}

function isStop(t: Token | undefined): boolean {
  return t !== undefined && t.kind !== 'initial' && (STOP_CAPS.has(t.key) || LINK_WORDS.has(t.key)) && !t.allCaps;
}

/** Stop words leave the front of a chunk at a sentence start or in a heading; articles always. */
function strippable(t: Token | undefined, heading: boolean): boolean {
  return t !== undefined && isStop(t) && (t.sentStart || heading || ALWAYS_STRIP.has(t.key) || LINK_WORDS.has(t.key));
}

/**
 * A chunk being analysed: the token range [a, b) narrows as steps strip what is not the name
 * (stop words, places in a case form, honorifics), and the honorific found is kept as a role.
 */
interface ChunkState {
  readonly ctx: Ctx;
  readonly tokens: readonly Token[];
  readonly chunkFrom: number;
  readonly out: Part[];
  a: number;
  b: number;
  honorific?: string;
}

/** A step either narrows the range (returns false) or settles the chunk (returns true). */
type ChunkStep = (s: ChunkState) => boolean;

/** Analyse one chunk into parts (pushed onto out): the first step that settles it ends it. */
export function analyseChunk(prepared: Prepared, chunk: Chunk, out: Part[]): void {
  const sentence = prepared.sentences[chunk.sentence];
  if (!sentence) return;
  const s: ChunkState = { ctx: { prepared, sentence, sIdx: chunk.sentence }, tokens: sentence.tokens, chunkFrom: chunk.from, out, a: chunk.from, b: chunk.to };
  for (const step of CHUNK_STEPS) if (step(s)) return;
}

/** After a step dropped a word: a single word left is analysed as one. */
function settleIfSingle(s: ChunkState): boolean {
  if (s.b - s.a !== 1) return false;
  analyseSingle(s.ctx, s.a, s.out);
  return true;
}

/** Stop words off both edges; most chunks are then one capitalised word. */
function trimStopWords(s: ChunkState): boolean {
  while (s.a < s.b && strippable(s.tokens[s.a], s.ctx.sentence.heading)) s.a++;
  while (s.b > s.a && isStop(s.tokens[s.b - 1])) s.b--;
  return s.b <= s.a || settleIfSingle(s);
}

/** A month word outside quotes (every case form the profiles list). */
function isMonth(t: Token | undefined): boolean {
  return t !== undefined && t.quote === -1 && t.kind === 'word' && MONTHS.has(t.key);
}

/**
 * A month at an edge of the run that still names something without it: a case-ending
 * language's month ("Noyabrda", "Ноябре") is always a time phrase of its own, an English one
 * when the rest has a cue word ("November Baku Jazz Festival"); "Theresa May" keeps her name.
 */
function monthAtEdge(s: ChunkState, at: number, rest: readonly Token[]): boolean {
  const t = s.tokens[at];
  if (!isMonth(t) || rest.length === 0) return false;
  const cue = typeByCue(rest);
  return t?.inflected === true || (cue !== null && cue !== 'person');
}

/**
 * "Noyabrda Bakıda keçirilən …", "In November the X Festival": a month says when; it never
 * starts or ends a name (a date is no entity). Quoted names keep theirs.
 */
function dropMonthEdges(s: ChunkState): boolean {
  if (s.b - s.a < 2) return false;
  if (monthAtEdge(s, s.a, s.tokens.slice(s.a + 1, s.b))) s.a++;
  else if (monthAtEdge(s, s.b - 1, s.tokens.slice(s.a, s.b - 1))) s.b--;
  else return false;
  return settleIfSingle(s);
}

/**
 * "Bakıda Azərbaycan Dövlət … Teatrında": a place in a case form (locative, genitive…) starts a
 * new phrase, it is not part of the name after it.
 */
function splitLeadingCasePlace(s: ChunkState): boolean {
  if (s.b - s.a < 2 || !leadingCasePlace(s.tokens[s.a], s.tokens[s.a + 1])) return false;
  s.out.push(part(s.ctx, s.a, s.a + 1, 'place', 'strong'));
  s.a++;
  return settleIfSingle(s);
}

/**
 * "Rəşad Əzizov Bakıda …": a place in a case form ends the name before it (case endings close
 * a noun phrase), so it is a place of its own.
 */
function splitTrailingCasePlace(s: ChunkState): boolean {
  const { tokens, a, b } = s;
  if (b - a < 3 || !caseFormPlace(tokens[b - 1])) return false;
  if (![2, 3].some((n) => b - 1 - n >= a && personEvidence(tokens.slice(b - 1 - n, b - 1)) === 'strong')) return false;
  s.out.push(part(s.ctx, b - 1, b, 'place', 'strong'));
  s.b--;
  return false;
}

/**
 * A sentence-opening word that is no part of the name after it: "Tədbirdə Günel Əliyeva" (a
 * capitalised word before a given name), "Открылся Международный …" (a Russian verb),
 * "Sərgidə T. Salahovun …" (a cue word in the locative: names end in their cue), "Sərgini
 * Rəssamlar İttifaqı …" (an object in the accusative).
 */
function dropSentenceOpener(s: ChunkState): boolean {
  const { tokens, a, b } = s;
  const t0 = tokens[a];
  if (!t0?.sentStart) return false;
  const rest = tokens.slice(a + 1, b);
  const beforeGivenName = b - a >= 3 && !isGivenName(t0) && isGivenName(tokens[a + 1]) && personEvidence(rest) === 'strong';
  const verbOrObject = (sentenceOpeningVerb(t0) || accusativeOpener(t0)) && (typeByCue(rest) !== null || personEvidence(rest) === 'strong');
  if (!beforeGivenName && !verbOrObject && !locativeCue(t0) && !locativeOpener(t0)) return false;
  s.a++;
  return settleIfSingle(s);
}

/** "Rasim Balayev Rasim Balayev": a doubled name. */
function undoubleName(s: ChunkState): boolean {
  const n = s.b - s.a;
  if (n % 2 === 0 && n >= 4 && keysOf(s.tokens.slice(s.a, s.a + n / 2)) === keysOf(s.tokens.slice(s.a + n / 2, s.b))) s.b = s.a + n / 2;
  return false;
}

/** "President Ilham Aliyev of Azerbaijan": a trailing "of <place>" after a person. */
function splitTrailingOfPlace(s: ChunkState): boolean {
  const { tokens, a, b } = s;
  const lastOf = tokens.slice(a, b).findLastIndex((t) => GENITIVE_PREPOSITIONS.has(t.key));
  if (lastOf <= 0) return false;
  const placeFrom = a + lastOf + 1;
  const personBefore = personTailStart(tokens, a, a + lastOf) >= 0 || personEvidence(tokens.slice(a, a + lastOf)) === 'strong';
  if (isKnownPlace(keysOf(tokens.slice(placeFrom, b))) && personBefore) {
    s.out.push(part(s.ctx, placeFrom, b, 'place', 'strong'));
    s.b = a + lastOf;
  }
  return false;
}

/**
 * "Turan Mammadli of the Azerbaijan Film Agency": a person, then the organisation; "Pianist
 * Leyla Hasanova of the X Academy": a title before the name is the person's role.
 */
function personOfOrganisation(s: ChunkState): boolean {
  const { tokens, a, b } = s;
  const firstOf = tokens.slice(a, b).findIndex((t, i) => i > 0 && GENITIVE_PREPOSITIONS.has(t.key) && !t.cap);
  const from = a + titleLength(tokens, a, a + firstOf);
  if (firstOf <= 0 || personEvidence(tokens.slice(from, a + firstOf)) !== 'strong' || honorificAt(tokens, a, a + firstOf) !== 0 || (from === a && isRoleStart(tokens, a))) return false;
  const orgFrom = afterArticle(tokens, a + firstOf + 1);
  const orgTokens = tokens.slice(orgFrom, b);
  const isOrg = typeByCue(orgTokens) === 'organisation' || (orgTokens.length === 1 && orgTokens[0] !== undefined && isAcronymToken(orgTokens[0]));
  if (orgFrom >= b || !isOrg) return false;
  const org = part(s.ctx, orgFrom, b, 'organisation', 'strong');
  const person = part(s.ctx, from, a + firstOf, 'person', 'strong');
  person.affiliation = org.name;
  if (from > a) person.role = textOf(s.ctx.prepared, s.ctx.sentence, a, from);
  s.out.push(person, org);
  return true;
}

/** The role words (modifiers, then titles) opening tokens[a..end) before a name, in tokens; 0 when no title leads. */
function titleLength(tokens: readonly Token[], a: number, end: number): number {
  if (!isRoleStart(tokens, a)) return 0;
  let k = a;
  while (k < end && TITLE_MODIFIERS.has(tokens[k]?.key ?? '')) k++;
  while (k < end && isTitle(tokens[k])) k++;
  return k - a;
}

/** Past a lower-case "the" at i. */
function afterArticle(tokens: readonly Token[], i: number): number {
  return DEFINITE_ARTICLES.has(tokens[i]?.key ?? '') && !tokens[i]?.cap ? i + 1 : i;
}

/** Leading honorific: "People's Artist Rasim Balayev", "National Leader Heydar Aliyev". */
function stripHonorific(s: ChunkState): boolean {
  const h = honorificAt(s.tokens, s.a, s.b);
  if (h > 0 && s.b - s.a > h) {
    s.honorific = textOf(s.ctx.prepared, s.ctx.sentence, s.a, s.a + h);
    pushHonorificPlace(s.ctx, s.a, s.a + h, s.out);
    s.a += h;
  }
  return false;
}

/** "<Role> of <Org> <Person>", "<Org> <Role> <Person>": a person at the end, the role and organisation before. */
function personAfterRole(s: ChunkState): boolean {
  const { tokens, a, b, ctx } = s;
  const tail = personTailStart(tokens, a, b);
  if (tail <= a) return false;
  let restEnd = tail;
  const hon = honorificEnding(tokens, a, restEnd);
  if (hon > 0) pushHonorificPlace(ctx, restEnd - hon, restEnd, s.out);
  let role: string | undefined = hon > 0 ? textOf(ctx.prepared, ctx.sentence, restEnd - hon, restEnd) : s.honorific;
  restEnd -= hon;
  const restTokens = tokens.slice(a, restEnd);
  const topicOnly = restTokens.length > 0 && restTokens.every((t) => TOPIC_WORDS.has(t.key));
  const parsed = topicOnly ? {} : parseRoleOrg(ctx, a, restEnd, s.out);
  const person = part(ctx, tail, b, 'person', 'strong');
  person.leadFrom = s.chunkFrom;
  role = parsed.role ?? role;
  if (role) person.role = role;
  if (parsed.org) person.affiliation = parsed.org;
  s.out.push(person);
  return true;
}

/** What is left after an honorific is a person (the honorific as role) when it can be a name. */
function personAfterHonorific(s: ChunkState): boolean {
  if (s.honorific === undefined) return false;
  const slice = s.tokens.slice(s.a, s.b);
  if (personEvidence(slice) !== 'no') {
    const p = part(s.ctx, s.a, s.b, 'person', 'strong');
    p.role = s.honorific;
    p.leadFrom = s.chunkFrom;
    s.out.push(p);
  } else if (slice.length === 1 && isGivenName(slice[0])) {
    // "People's Writer Anar": a writer known by one name, the honorific proves it is a person's.
    const p = part(s.ctx, s.a, s.b, 'person', 'strong');
    p.role = s.honorific;
    p.leadFrom = s.chunkFrom;
    s.out.push(p);
  } else if (slice.length === 1) {
    s.out.push(part(s.ctx, s.a, s.b, 'single', 'weak'));
  }
  return true;
}

/** Role-only chunks: "Deputy Chairman of the Public Union", "Secretary of the Artists' Union". */
function roleOnly(s: ChunkState): boolean {
  const { tokens, a, b } = s;
  if (!isRoleStart(tokens, a) && !nationalRoleStart(tokens, a)) return false;
  const parsed = parseRoleOrg(s.ctx, a, b, s.out);
  const role: Part = part(s.ctx, a, b, 'role', 'strong');
  if (parsed.org) role.roleOrg = parsed.org;
  if (parsed.role) role.role = parsed.role;
  s.out.push(role);
  return true;
}

/**
 * "Riverside Conservatory Vice-Rector for …", "Assistant Director-General, …": a chunk that ends in a
 * singular title names no one — the title is a role (of the organisation before it, if any)
 * whose holder comes later. "Union of Artists" (a title after a joiner) is a name, not a role.
 */
function trailingTitle(s: ChunkState): boolean {
  const { tokens, a, b } = s;
  const last = tokens[b - 1];
  if (b - a < 2 || !last || !isTitle(last) || hasPluralEnding(last.key)) return false;
  let k = b - 1;
  while (k > a && (isTitle(tokens[k - 1]) || TITLE_MODIFIERS.has(tokens[k - 1]?.key ?? ''))) k--;
  const before = tokens[k - 1];
  if (k > a && (!before?.cap || LINK_WORDS.has(before.key))) return false;
  if (k - 1 > a && TITLED_UNIT_NOUNS.has(tokens[k - 1]?.key ?? '') && !isKnownPlace(keysOf(tokens.slice(a, k - 1)))) {
    // "Harbour Council Committee Chairman": a unit noun between a name and a title makes the name a body.
    const org = part(s.ctx, a, k - 1, 'organisation', 'strong');
    const role: Part = part(s.ctx, k - 1, b, 'role', 'strong');
    role.roleOrg = org.name;
    role.role = textOf(s.ctx.prepared, s.ctx.sentence, k - 1, b);
    s.out.push(org, role);
    return true;
  }
  const parsed = parseRoleOrg(s.ctx, a, b, s.out);
  const role: Part = part(s.ctx, k, b, 'role', 'strong');
  if (parsed.org) role.roleOrg = parsed.org;
  role.role = parsed.role ?? textOf(s.ctx.prepared, s.ctx.sentence, k, b);
  s.out.push(role);
  return true;
}

/** "Public Union", "Deputy Chairman", "the Center": no entity, but a title still makes a role. */
function genericPhrase(s: ChunkState): boolean {
  const slice = s.tokens.slice(s.a, s.b);
  if (!isGeneric(slice)) return false;
  if (slice.some((t) => PERSON_TITLES.has(t.key))) s.out.push(part(s.ctx, s.a, s.b, 'role', 'strong'));
  return true;
}

/**
 * "Heydar Aliyev Centers", "Foreign Ministries": a plural organisation noun as head names a class
 * of bodies, not one body — no entity.
 */
function pluralOrganisationHead(s: ChunkState): boolean {
  const last = s.tokens[s.b - 1];
  if (!last || last.kind !== 'word' || !last.cap || s.b - s.a < 2) return false;
  const key = last.key;
  const singular = singularOf(key);
  return singular !== '' && singular !== key && ORG_CUES.has(singular) && !EVENT_CUES.has(key) && !SINGULAR_PLURALS.has(key);
}

/** "an exhibition themed Victory Colors": typed by the noun before the naming verb. */
function typedByNamingVerb(s: ChunkState): boolean {
  return settleAs(s, namedBy(s.tokens, s.a));
}

/** Push the whole range as one part of that type, when a type was found. */
function settleAs(s: ChunkState, type: EntityType | null): boolean {
  if (!type) return false;
  s.out.push(part(s.ctx, s.a, s.b, type, 'strong'));
  return true;
}

/** "Summary of the Culture and Creative Industries Forum": the name is what follows "of". */
function nameAfterOf(s: ChunkState): boolean {
  const { tokens, a, b } = s;
  const slice = tokens.slice(a, b);
  const ofAt = slice.findIndex((t, i) => i > 0 && GENITIVE_PREPOSITIONS.has(t.key) && !t.cap);
  if (!typeByCue(slice) || tokenCue(headToken(slice)) || ofAt <= 0) return false;
  // "Center for Scientific Restoration of Museum Treasures": a cue word before "of" heads the whole name.
  if (slice.slice(0, ofAt).some((t) => tokenCue(t) === 'organisation')) return false;
  const from = afterArticle(tokens, a + ofAt + 1);
  const restCue = typeByCue(tokens.slice(from, b));
  if (!restCue || from >= b) return false;
  s.out.push(part(s.ctx, from, b, restCue, 'strong'));
  return true;
}

/** A cue word says the type ("… Agency", "… Festival"). */
function typedByCue(s: ChunkState): boolean {
  const slice = s.tokens.slice(s.a, s.b);
  const cue = typeByCue(slice);
  if (!cue) return false;
  // Only generic adjectives before the cue word ("Международного фестиваля"): no name.
  if ((cue === 'event' || cue === 'project') && genericInflectedEvent(slice)) return true;
  // "festivals like Mountain Echo", "the Green Valley project": being listed as an example, or
  // named by a kind noun after it, outweighs a place cue word.
  return settleAs(s, cue === 'place' ? (namedByTrailingNoun(s.tokens, s.b) ?? exampleOf(s.tokens, s.a) ?? cue) : cue);
}

function typedByGazetteer(s: ChunkState): boolean {
  const slice = s.tokens.slice(s.a, s.b);
  return settleAs(s, gazetteerType(keysOf(slice), reportingContext(s.tokens, s.a, s.b), slice[0]?.inflected === true));
}

/** "… reports", "according to …": an outlet. */
function reportingOutlet(s: ChunkState): boolean {
  return settleAs(s, reportingContext(s.tokens, s.a, s.b) ? 'organisation' : null);
}

/** No cue inside the name: the words around it ("the X festival", "festivals like X"). */
function typedByContext(s: ChunkState): boolean {
  // "the Blue Caspian company": an article before and a kind noun after outweigh a name's shape.
  const article = DEFINITE_ARTICLES.has(s.tokens[s.a - 1]?.key ?? '') && !s.tokens[s.a - 1]?.cap;
  if (article && settleAs(s, namedByTrailingNoun(s.tokens, s.b))) return true;
  if (personEvidence(s.tokens.slice(s.a, s.b)) === 'strong') return false;
  return settleAs(s, contextType(s.tokens, s.a, s.b));
}

/** Last: the shape of the words — a person's name, or places written together. */
function typedByNameShape(s: ChunkState): boolean {
  const { tokens, a, b, ctx } = s;
  const slice = tokens.slice(a, b);
  // "Touring Sector", "Student Affairs": a unit or domain noun never ends a person's name.
  const lastKey = slice[slice.length - 1]?.key ?? '';
  if (SUBUNIT_NOUN_WORDS.has(lastKey) || TOPIC_WORDS.has(lastKey)) return true;
  const ev = personEvidence(slice);
  if (ev === 'strong') s.out.push(part(ctx, a, b, 'person', 'strong'));
  else if (ev === 'weak' && !ctx.sentence.heading && slice[0]?.quote === -1 && ctx.sentence.closed && !possessedCaseNoun(slice[slice.length - 1])) s.out.push(part(ctx, a, b, 'person', 'weak'));
  else if (slice.every((t) => isPlaceToken(t) || t.kind === 'punct')) {
    // Two places written together ("Baku Azerbaijan") — keep each.
    for (let i = a; i < b; i++) if (tokens[i] && isPlaceToken(tokens[i] as Token)) s.out.push(part(ctx, i, i + 1, 'place', 'strong'));
  }
  return true;
}

/** The decisions in order: edges first, then persons with roles, then the type of the rest. */
const CHUNK_STEPS: readonly ChunkStep[] = [
  trimStopWords,
  dropMonthEdges,
  splitLeadingCasePlace,
  splitTrailingCasePlace,
  dropSentenceOpener,
  undoubleName,
  splitTrailingOfPlace,
  personOfOrganisation,
  stripHonorific,
  undoubleName,
  personAfterRole,
  personAfterHonorific,
  roleOnly,
  settleIfSingle,
  trailingTitle,
  genericPhrase,
  pluralOrganisationHead,
  typedByNamingVerb,
  nameAfterOf,
  typedByCue,
  typedByGazetteer,
  reportingOutlet,
  typedByContext,
  typedByNameShape,
];
