/**
 * Splitting a chunk where a person's name ends it: "<Role> of <Org> <Person>", "<Org> <Role>
 * <Person>", "<Honorific> of <Place> <Person>" — the words before the name become role,
 * organisation and place parts.
 */
import { AFFILIATION_PREPOSITIONS, DEDICATION_PHRASES, DEDICATION_WORDS, DEFINITE_ARTICLES, GENITIVE_PREPOSITIONS, SUBUNIT_NOUN_WORDS, grammarOf, phraseAt } from './languages/index.js';
import { NATIONALITIES, TITLE_MODIFIERS, TOPIC_WORDS } from './lexicon.js';
import { headToken, isAcronymToken, isGeneric, isKnownPlace, isPlaceToken, personEvidence, tokenCue, typeByCue } from './names.js';
import { keysOf, part, textOf } from './parts.js';
import type { Ctx, Part } from './parts.js';
import { honorificEnding, isRoleStart, isTitle } from './titles.js';
import type { Token } from './tokens.js';

function endsWithCueOrTitle(tokens: readonly Token[], a: number, b: number): boolean {
  const last = tokens[b - 1];
  if (!last || b <= a) return false;
  if (isTitle(last) || honorificEnding(tokens, a, b) > 0) return true;
  const slice = tokens.slice(a, b);
  if (typeByCue(slice) !== null && typeByCue([last]) !== null) return true;
  if (isAcronymToken(last)) return true;
  return isKnownPlace(keysOf(slice)) || isPlaceToken(last);
}

/**
 * Parse the words before a person's name (or a role-only chunk): role titles, an organisation
 * after "of"/"at", or a place.
 */
export function parseRoleOrg(ctx: Ctx, a: number, b: number, out: Part[]): { role?: string; org?: string } {
  const tokens = ctx.sentence.tokens;
  if (b <= a) return {};
  const slice = tokens.slice(a, b);
  if (isKnownPlace(keysOf(slice))) {
    out.push(part(ctx, a, b, 'place', 'strong'));
    return {};
  }
  // Russian "Директор Национального музея …": the title, then the organisation in the genitive.
  if (grammarOf(tokens[a])?.possessorFollows) {
    let k = a;
    while (k < b && (TITLE_MODIFIERS.has(tokens[k]?.key ?? '') || isTitle(tokens[k]))) k++;
    if (k > a && k < b && isTitle(tokens[k - 1]) && typeByCue(tokens.slice(k, b)) === 'organisation' && !isGeneric(tokens.slice(k, b))) {
      const org = part(ctx, k, b, 'organisation', 'strong');
      out.push(org);
      return { role: textOf(ctx.prepared, ctx.sentence, a, k), org: org.name };
    }
  }
  const ofAt = slice.findIndex((t, i) => i > 0 && AFFILIATION_PREPOSITIONS.has(t.key) && !t.cap);
  const hasTitleBefore = (end: number): boolean => (isRoleStart(slice, 0) || nationalRoleStart(slice, 0)) && slice.slice(0, end).some((t) => isTitle(t));
  if (ofAt > 0 && hasTitleBefore(ofAt)) {
    let s = a + ofAt + 1;
    if (DEFINITE_ARTICLES.has(tokens[s]?.key ?? '') && !tokens[s]?.cap) s++;
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
  const ofAt = slice.findIndex((t, i) => i > 0 && GENITIVE_PREPOSITIONS.has(t.key) && !t.cap);
  if (ofAt > 0) {
    const head = headToken(slice.slice(0, ofAt));
    if (head && SUBUNIT_NOUN_WORDS.has(head.key)) {
      let s2 = s + ofAt + 1;
      if (DEFINITE_ARTICLES.has(tokens[s2]?.key ?? '') && !tokens[s2]?.cap) s2++;
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
  // "Deputy Chairman of the Public Union": the organisation is named elsewhere (often in quotes
  // right after); the generic words say nothing the affiliation will not, so the role is the title.
  if (type === 'organisation') return { role: role0 };
  return { role: whole };
}

/** "Latvian Minister of Culture": a nationality adjective, then a role. */
export function nationalRoleStart(tokens: readonly Token[], i: number): boolean {
  return NATIONALITIES.has(tokens[i]?.key ?? '') && isRoleStart(tokens, i + 1);
}

/** Where a person's name ends a chunk: returns its start, or -1. */
export function personTailStart(tokens: readonly Token[], a: number, b: number): number {
  for (const n of [2, 3]) {
    const s = b - n;
    if (s <= a) continue;
    const ev = personEvidence(tokens.slice(s, b));
    if (ev === 'no') continue;
    // "Theatre named after X": the person is the dedication inside the institution's name.
    if (DEDICATION_PHRASES.some((d) => phraseAt(tokens, s - d.length, d))) continue;
    // "академии имени Узеира Гаджибейли": likewise after the Russian "имени".
    if (DEDICATION_WORDS.has(tokens[s - 1]?.key ?? '')) continue;
    const rest = tokens.slice(a, s);
    // "Дворец Гейдара Алиева": in Russian the name after a cue noun is its genitive modifier.
    if (rest.length <= 2 && grammarOf(tokens[a])?.possessorFollows && tokenCue(rest[rest.length - 1]) === 'organisation' && !rest.some((t) => isTitle(t))) continue;
    const restType = typeByCue(rest);
    const restOk =
      endsWithCueOrTitle(tokens, a, s) ||
      isRoleStart(tokens, a) ||
      nationalRoleStart(tokens, a) ||
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

/** "People's Artist of Azerbaijan": the place named inside an honorific is still a mention. */
export function pushHonorificPlace(ctx: Ctx, a: number, b: number, out: Part[]): void {
  const tokens = ctx.sentence.tokens;
  for (let i = a; i < b; i++) {
    if (GENITIVE_PREPOSITIONS.has(tokens[i]?.key ?? '') && isKnownPlace(keysOf(tokens.slice(i + 1, b)))) {
      out.push(part(ctx, i + 1, b, 'place', 'strong'));
      return;
    }
  }
}
