/**
 * From a capitalised chunk to typed parts: titles and honorifics stripped into roles,
 * "<Role> of <Org> <Person>" and "<Org> <Role> <Person>" split apart, the rest typed by cue
 * word, gazetteer or name shape.
 */
import type { EntityType } from '../model.js';
import { foldName } from '../text/fold.js';
import {
  ALWAYS_STRIP, TITLE_MODIFIERS, HONORIFICS, LEADING_CUES, NATIONALITIES, PERSON_TITLES, REPORTING_VERBS, STOP_CAPS, TITLE_WORDS, TOPIC_WORDS,
  TRAILING_ORG_CUES,
} from './lexicon.js';
import {
  SUBUNIT_CUES, isPlaceToken, gazetteerType, isGivenName, tokenCue, headToken, isAcronymToken, isGeneric, isKnownPlace, personEvidence, typeByCue,
} from './names.js';
import type { Chunk } from './spans.js';
import type { Prepared, Sentence, Token } from './tokens.js';

export type PartType = EntityType | 'role' | 'single';

export interface Part {
  readonly sentence: number;
  readonly from: number;
  readonly to: number;
  type: PartType;
  name: string;
  strength: 'strong' | 'weak';
  role?: string;
  /** Surface name of the organisation the person is attached to. */
  affiliation?: string;
  /** For role parts: the organisation named inside the role ("Deputy Chairman of <Org>"). */
  roleOrg?: string;
  aliases?: string[];
  /** Where the chunk began, before a stripped honorific or title ("People's Artist X"). */
  leadFrom?: number;
}

const JOIN_KEYS = new Set(['of', 'the', 'for', 'and', 'on', 'at', '&']);

/** Surface text of tokens [from, to) with line breaks flattened and a final possessive dropped. */
export function textOf(prepared: Prepared, sentence: Sentence, from: number, to: number): string {
  const first = sentence.tokens[from];
  const last = sentence.tokens[to - 1];
  if (!first || !last) return '';
  let s = prepared.text.slice(first.start, last.end).replace(/\s+/g, ' ');
  if (last.possessive) s = s.slice(0, -2);
  return s.replace(/[,;:]+$/, '').trim();
}

function keysOf(tokens: readonly Token[]): string {
  return tokens.map((t) => t.key).join(' ');
}

const HONORIFIC_SET: ReadonlySet<string> = new Set(HONORIFICS);
const HONORIFIC_FIRST: ReadonlySet<string> = new Set(HONORIFICS.map((h) => h.split(' ')[0] ?? ''));
const HONORIFIC_LAST: ReadonlySet<string> = new Set(HONORIFICS.map((h) => h.split(' ').pop() ?? ''));

/** Longest honorific at the start of tokens[a..b): returns its length in tokens. */
function honorificAt(tokens: readonly Token[], a: number, b: number): number {
  const first = tokens[a]?.key ?? '';
  if (!HONORIFIC_FIRST.has(first.split(' ')[0] ?? '')) return 0;
  for (let n = Math.min(6, b - a); n >= 1; n--) {
    if (HONORIFIC_SET.has(keysOf(tokens.slice(a, a + n)))) return n;
  }
  return 0;
}

/** Honorific ending exactly at b. */
function honorificEnding(tokens: readonly Token[], a: number, b: number): number {
  const last = tokens[b - 1]?.key ?? '';
  if (!HONORIFIC_LAST.has(last.split(' ').pop() ?? '')) return 0;
  for (let n = Math.min(6, b - a); n >= 1; n--) {
    if (HONORIFIC_SET.has(keysOf(tokens.slice(b - n, b)))) return n;
  }
  return 0;
}

function isTitle(t: Token | undefined): boolean {
  return t !== undefined && TITLE_WORDS.has(t.key) && !t.possessive;
}

/** A role starts here: a title, or modifiers followed by a title ("First Deputy Minister"). */
function isRoleStart(tokens: readonly Token[], i: number): boolean {
  let k = i;
  while (TITLE_MODIFIERS.has(tokens[k]?.key ?? '') && k - i < 3) k++;
  // "Writers Guild", "Artists Union": the title word only modifies an organisation's cue word.
  return isTitle(tokens[k]) && tokenCue(tokens[k + 1]) !== 'organisation';
}

function endsWithCueOrTitle(tokens: readonly Token[], a: number, b: number): boolean {
  const last = tokens[b - 1];
  if (!last || b <= a) return false;
  if (isTitle(last) || honorificEnding(tokens, a, b) > 0) return true;
  const slice = tokens.slice(a, b);
  if (typeByCue(slice) !== null && typeByCue([last]) !== null) return true;
  if (isAcronymToken(last)) return true;
  return isKnownPlace(keysOf(slice)) || isPlaceToken(last);
}

interface Ctx {
  readonly prepared: Prepared;
  readonly sentence: Sentence;
  readonly sIdx: number;
}

function part(ctx: Ctx, from: number, to: number, type: PartType, strength: 'strong' | 'weak'): Part {
  return { sentence: ctx.sIdx, from, to, type, strength, name: textOf(ctx.prepared, ctx.sentence, from, to) };
}

/** Reporting context: "<X> reports", "citing <X>", "told the <X>". */
function reportingContext(tokens: readonly Token[], a: number, b: number): boolean {
  const next = tokens[b];
  if (next && REPORTING_VERBS.has(next.key) && !['said', 'says', 'told'].includes(next.key)) return true;
  const prev = tokens[a - 1]?.key === 'the' ? tokens[a - 2] : tokens[a - 1];
  return prev !== undefined && ['citing', 'told', 'cites', 'via'].includes(prev.key);
}

/**
 * Parse the words before a person's name (or a role-only chunk): role titles, an organisation
 * after "of"/"at", or a place.
 */
function parseRoleOrg(ctx: Ctx, a: number, b: number, out: Part[]): { role?: string; org?: string } {
  const tokens = ctx.sentence.tokens;
  if (b <= a) return {};
  const slice = tokens.slice(a, b);
  if (isKnownPlace(keysOf(slice))) {
    out.push(part(ctx, a, b, 'place', 'strong'));
    return {};
  }
  const ofAt = slice.findIndex((t, i) => i > 0 && (t.key === 'of' || t.key === 'at') && !t.cap);
  const hasTitleBefore = (end: number): boolean => isRoleStart(slice, 0) && slice.slice(0, end).some((t) => isTitle(t));
  if (ofAt > 0 && hasTitleBefore(ofAt)) {
    let s = a + ofAt + 1;
    if (tokens[s]?.key === 'the' && !tokens[s]?.cap) s++;
    const role0 = textOf(ctx.prepared, ctx.sentence, a, a + ofAt);
    return { ...describeOf(ctx, role0, a, s, b, out) };
  }
  // "<Org> Chairman", "Culture Minister", "Azerbaijani Culture Minister".
  let k = b;
  while (k > a && (isTitle(tokens[k - 1]) || TITLE_MODIFIERS.has(tokens[k - 1]?.key ?? '') || NATIONALITIES.has(tokens[k - 1]?.key ?? ''))) k--;
  if (k < b) {
    const orgTokens = tokens.slice(a, k);
    if (k > a && (typeByCue(orgTokens) === 'organisation' || (orgTokens.length === 1 && orgTokens[0] && isAcronymToken(orgTokens[0])))) {
      const org = part(ctx, a, k, 'organisation', 'strong');
      out.push(org);
      return { role: textOf(ctx.prepared, ctx.sentence, k, b), org: org.name };
    }
    if (k > a && isKnownPlace(keysOf(orgTokens))) out.push(part(ctx, a, k, 'place', 'strong'));
    return { role: textOf(ctx.prepared, ctx.sentence, a, b) };
  }
  const type = typeByCue(slice);
  if (type === 'organisation' && !isGeneric(slice)) {
    const org = part(ctx, a, b, 'organisation', 'strong');
    out.push(org);
    return { org: org.name };
  }
  if (slice.length === 1 && slice[0] && isAcronymToken(slice[0])) {
    const org = part(ctx, a, b, 'organisation', 'strong');
    out.push(org);
    return { org: org.name };
  }
  return {};
}

/** "<role> of [the] <X>": X an organisation (sub-units folded into the role), a place, or part of the role. */
function describeOf(ctx: Ctx, role0: string, a: number, s: number, b: number, out: Part[]): { role?: string; org?: string } {
  const tokens = ctx.sentence.tokens;
  const whole = textOf(ctx.prepared, ctx.sentence, a, b);
  const slice = tokens.slice(s, b);
  if (slice.length === 0) return { role: role0 };
  // Skip a leading sub-unit ("Public Relations and Marketing Department of the <Org>").
  const ofAt = slice.findIndex((t, i) => i > 0 && t.key === 'of' && !t.cap);
  if (ofAt > 0) {
    const head = headToken(slice.slice(0, ofAt));
    if (head && SUBUNIT_CUES.has(head.key)) {
      let s2 = s + ofAt + 1;
      if (tokens[s2]?.key === 'the' && !tokens[s2]?.cap) s2++;
      const rest = tokens.slice(s2, b);
      if (typeByCue(rest) === 'organisation' || (rest.length === 1 && rest[0] && isAcronymToken(rest[0]))) {
        const org = part(ctx, s2, b, 'organisation', 'strong');
        out.push(org);
        return { role: `${role0} of the ${textOf(ctx.prepared, ctx.sentence, s, s + ofAt)}`, org: org.name };
      }
    }
  }
  const type = typeByCue(slice);
  const folded = keysOf(slice);
  if (isKnownPlace(folded)) {
    out.push(part(ctx, s, b, 'place', 'strong'));
    return { role: whole };
  }
  if ((type === 'organisation' && !isGeneric(slice)) || (slice.length === 1 && slice[0] && isAcronymToken(slice[0]))) {
    const org = part(ctx, s, b, 'organisation', 'strong');
    out.push(org);
    return { role: role0, org: org.name };
  }
  if (type === 'event' && !isGeneric(slice)) {
    out.push(part(ctx, s, b, 'event', 'strong'));
    return { role: whole };
  }
  return { role: whole };
}

/** Where a person's name ends a chunk: returns its start, or -1. */
function personTailStart(tokens: readonly Token[], a: number, b: number): number {
  for (const n of [2, 3]) {
    const s = b - n;
    if (s <= a) continue;
    const ev = personEvidence(tokens.slice(s, b));
    if (ev === 'no') continue;
    const rest = tokens.slice(a, s);
    // "Дворец Гейдара Алиева": in Russian the name after a cue noun is its genitive modifier.
    if (rest.length <= 2 && tokens[a]?.inflected && /[\u0400-\u04ff]/.test(tokens[a]?.text ?? '') && tokenCue(rest[rest.length - 1]) === 'organisation' && !rest.some((t) => isTitle(t))) continue;
    const restType = typeByCue(rest);
    const restOk =
      endsWithCueOrTitle(tokens, a, s) ||
      isRoleStart(tokens, a) ||
      (ev === 'strong' && (restType === 'organisation' || restType === 'event')) ||
      (ev === 'strong' && rest.every((t) => TOPIC_WORDS.has(t.key)));
    if (!restOk) continue;
    if (ev === 'weak' && !isTitle(tokens[s - 1]) && honorificEnding(tokens, a, s) === 0 && !isAcronymToken(tokens[s - 1] as Token)) {
      // A weak name after an organisation is only a name if the organisation head is a cue word.
      const headType = typeByCue(tokens.slice(a, s));
      if (headType !== 'organisation') continue;
    }
    return s;
  }
  return -1;
}

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

/** "People's Artist of Azerbaijan": the place named inside an honorific is still a mention. */
function pushHonorificPlace(ctx: Ctx, a: number, b: number, out: Part[]): void {
  const tokens = ctx.sentence.tokens;
  for (let i = a; i < b; i++) {
    if (tokens[i]?.key === 'of' && isKnownPlace(keysOf(tokens.slice(i + 1, b)))) {
      out.push(part(ctx, i + 1, b, 'place', 'strong'));
      return;
    }
  }
}

/** One capitalised word: a gazetteer hit, a web domain, an acronym, an outlet, or a candidate surname. */
function analyseSingle(ctx: Ctx, a: number, out: Part[]): void {
  const tokens = ctx.sentence.tokens;
  const t = tokens[a];
  if (!t) return;
  const b = a + 1;
  const next = tokens[b];
  const gaz = gazetteerType(t.key, reportingContext(tokens, a, b), t.inflected);
  if (gaz) out.push(part(ctx, a, b, gaz, 'strong'));
  else if (/\.(az|com|ru|org|net|tv)$/i.test(t.text)) out.push(part(ctx, a, b, 'organisation', 'strong'));
  else if (isAcronymToken(t)) out.push(part(ctx, a, b, 'organisation', 'strong'));
  else if (next && TRAILING_ORG_CUES.has(next.key) && !next.cap && !NATIONALITIES.has(t.key)) out.push(part(ctx, a, b, 'organisation', 'strong'));
  else if (reportingContext(tokens, a, b)) out.push(part(ctx, a, b, 'organisation', 'strong'));
  else if (isRoleStart(tokens, a)) out.push(part(ctx, a, b, 'role', 'strong'));
  else if (!NATIONALITIES.has(t.key) && !TITLE_WORDS.has(t.key)) out.push(part(ctx, a, b, 'single', 'weak'));
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

  // "Tədbirdə Günel Əliyeva": a capitalised sentence-initial word before a given name.
  const t0 = tokens[a];
  if (t0?.sentStart && b - a >= 3 && !isGivenName(t0) && isGivenName(tokens[a + 1]) && personEvidence(tokens.slice(a + 1, b)) === 'strong') a++;

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
    out.push(part(ctx, a, b, cue, 'strong'));
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
  if (ev === 'strong') out.push(part(ctx, a, b, 'person', 'strong'));
  else if (ev === 'weak' && !sentence.heading && slice[0]?.quote === -1) out.push(part(ctx, a, b, 'person', 'weak'));
  else if (slice.every((t) => isPlaceToken(t) || t.kind === 'punct')) {
    // Two places written together ("Baku Azerbaijan") — keep each.
    for (let i = a; i < b; i++) if (tokens[i] && isPlaceToken(tokens[i] as Token)) out.push(part(ctx, i, i + 1, 'place', 'strong'));
  }
}

export { foldName };
