/**
 * Roles and affiliations stated across chunk boundaries:
 *   'The Deputy Chairman of the Public Union "Y," X'   (role, org, person)
 *   'Secretary of the Y, People's Artist X'             (role with org, person)
 *   'X, an employee of the Y'  /  'X, Deputy Chairman of Y'   (apposition)
 *   'Y's chairman X'  /  'Y representative X'           (org, role noun, person)
 *   'the head of the Y, X'                              (role noun of org, person)
 *   'X is Y's staff journalist'
 */
import type { Part } from './analyse.js';
import { TITLE_WORDS } from './lexicon.js';
import {
  AFFILIATION_PREPOSITIONS, APPOINTMENT_MARKERS, APPOINTMENT_VERBS, ARTICLES, COPULAS, DEFINITE_ARTICLES, GENITIVE_PREPOSITIONS, INDEFINITE_ARTICLES, LOCATIVE_PREPOSITIONS,
  MEMBER_LIST_MARKERS, REFERENCE_DETERMINERS, phraseStartingAt,
  MEMBER_LIST_HEAD_WORDS, ROLE_CHAIN_WORDS, ROLE_GAP_WORDS, ROLE_JOIN_WORDS, ROLE_NOUN_WORDS, UNIT_NOUN_WORDS, canonSpelling } from './languages/index.js';
import type { Sentence, Token } from './tokens.js';

function gapOk(tokens: readonly Token[], from: number, to: number, allowComma: boolean): boolean {
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (!t) return false;
    if (t.kind === 'quote') continue;
    if (t.kind === 'punct' && (t.text === ',' ? allowComma : t.text === ':' || t.text === '-' || t.text === '–')) continue;
    if (t.kind === 'word' && !t.cap && ROLE_GAP_WORDS.has(t.key)) continue;
    // "director of the Y, professor X": a lower-case title before the name belongs to it.
    if (allowComma && t.kind === 'word' && !t.cap && TITLE_WORDS.has(t.key)) continue;
    return false;
  }
  return true;
}

function setRole(p: Part, role: string | undefined, org: string | undefined): void {
  if (role && !p.role) p.role = role;
  if (org && !p.affiliation) p.affiliation = org;
}

export function linkRoles(sentences: readonly Sentence[], parts: readonly Part[]): void {
  const bySentence = new Map<number, Part[]>();
  for (const p of parts) {
    const list = bySentence.get(p.sentence) ?? [];
    list.push(p);
    bySentence.set(p.sentence, list);
  }
  for (const [sIdx, all] of bySentence) {
    const tokens = sentences[sIdx]?.tokens ?? [];
    // "Head of the Culture Ministry's Z Department, X": the organisation named inside a role is
    // read through the role (its roleOrg), so it does not stand between the role and what follows.
    const list = all.filter((p) => !all.some((r) => r !== p && r.type === 'role' && r.from <= p.from && p.to <= r.to));
    list.sort((x, y) => x.from - y.from);
    list.forEach((p, i) => {
      if (p.type !== 'person' || p.affiliation) return;
      const prev = list[i - 1];
      const prev2 = list[i - 2];
      // Left side: role [of] org [,] person  |  role-with-org [,] person.
      const lead = p.leadFrom ?? p.from;
      // "A, Director of X, B, Director of Y": a role set off by commas right after a person is
      // that person's apposition, not a title for the name after it.
      const roleIdx = prev?.type === 'role' ? i - 1 : prev?.type === 'organisation' && prev2?.type === 'role' ? i - 2 : -1;
      const apposed = roleIdx >= 0 && apposedToPerson(tokens, list, roleIdx);
      if (prev && !apposed && (gapOk(tokens, prev.to, p.from, true) || gapOk(tokens, prev.to, lead, true))) {
        if (prev.type === 'role') {
          setRole(p, prev.role ?? prev.name, prev.roleOrg);
          return;
        }
        if (prev.type === 'organisation' && prev2?.type === 'role' && gapOk(tokens, prev2.to, prev.from, true)) {
          // "Head of the Ministry's Heritage Sector, X": the possessive owner, not its sub-unit.
          const owner = tokens[prev2.to - 1]?.possessive ? prev2.roleOrg : undefined;
          setRole(p, prev2.role ?? prev2.name, owner ?? prev.roleOrg ?? prev.name);
          return;
        }
        // 'the head of the Mingachevir Executive Authority, Ilham Ismailov'
        if (prev.type === 'organisation') {
          const roleNoun = lowerRoleBefore(tokens, prev.from);
          if (roleNoun) {
            setRole(p, roleNoun, prev.name);
            return;
          }
        }
      }
      // 'Y's chairman X', 'British Council representative X'.
      if (prev?.type === 'organisation') {
        const between = tokens.slice(prev.to, p.from);
        if (between.length >= 1 && between.length <= 3 && between.every((t) => t.kind === 'word' && !t.cap)) {
          const role = between.map((t) => t.text).join(' ');
          if (between.some((t) => ROLE_NOUN_WORDS.has(t.key))) {
            setRole(p, role, prev.name);
            return;
          }
        }
      }
      // Right side: 'X, an employee of the Y' / 'X, a leading researcher at the Y' / 'X, Deputy Chairman of Y'.
      const next = list[i + 1];
      if (tokens[p.to]?.text === ',' && next) {
        if (next.type === 'role' && next.from === p.to + 1 && !titlesNextPerson(tokens, next, list[i + 2]) && !leadsNextPerson(tokens, list.slice(i + 1))) {
          // 'X, Head of the Sector at the Ministry of Culture': the organisation may follow the role.
          const after = list[i + 2];
          const org = next.roleOrg ?? (after?.type === 'organisation' && atOfBetween(tokens, next.to, after.from) ? after.name : undefined);
          setRole(p, next.role ?? next.name, org ?? appositionChain(tokens, p, list.slice(i + 1))?.org);
          return;
        }
        const owner = list[i + 2];
        const ownedByNext = owner?.type === 'person' && owner.from === next.to;
        if (next.type === 'organisation' && !ownedByNext && !titlesNextPerson(tokens, next, list[i + 2])) {
          const between = tokens.slice(p.to + 1, next.from);
          const prep = between.findIndex((t) => AFFILIATION_PREPOSITIONS.has(t.key));
          const roleWords = prep > 0 ? between.slice(0, prep) : [];
          const afterPrep = between.slice(prep + 1);
          if (
            prep > 0 && roleWords.length <= 6 &&
            roleWords.every((t) => t.kind === 'word' && (!t.cap || ROLE_NOUN_WORDS.has(t.key) || INDEFINITE_ARTICLES.has(t.key))) &&
            roleWords.some((t) => ROLE_NOUN_WORDS.has(t.key)) &&
            afterPrep.every((t) => DEFINITE_ARTICLES.has(t.key) || t.kind === 'quote')
          ) {
            setRole(p, roleWords.filter((t) => !ARTICLES.has(t.key)).map((t) => t.text).join(' '), next.name);
            return;
          }
          // 'X, head of the dubbing department at the Y': a unit of the organisation sits between.
          const unitRole = roleOfUnit(between);
          if (unitRole) {
            setRole(p, unitRole, next.name);
            return;
          }
        }
      }
      // 'X, Laureate, People's Artist, Chairman of the Y', 'X, director of the festival and president of the Y'.
      const chained = tokens[p.to]?.text === ',' ? appositionChain(tokens, p, list.slice(i + 1)) : undefined;
      if (chained) {
        setRole(p, chained.role, chained.org);
        return;
      }
      // 'X has been elected chairman of the newly-established Y'.
      const elected = electedTo(tokens, p.to, list.slice(i + 1));
      if (elected) {
        setRole(p, elected.role, elected.org);
        return;
      }
      // 'X is Y's staff journalist'.
      if (next?.type === 'organisation' && COPULAS.has(tokens[p.to]?.key ?? '')) {
        const between = tokens.slice(p.to + 1, next.from);
        if (between.every((t) => ARTICLES.has(t.key)) && tokens[next.to - 1]?.text.match(/['’]s?$/)) {
          const roleWords: string[] = [];
          for (let k = next.to; k < tokens.length && roleWords.length < 3; k++) {
            const t = tokens[k];
            if (!t || t.kind !== 'word' || t.cap) break;
            roleWords.push(t.text);
          }
          setRole(p, roleWords.join(' ') || undefined, next.name);
        }
      }
    });
  }
}

/**
 * "X, chairman of the Y, People's Writer Z": a role right before a person introduced by an
 * honorific is that person's title, not an apposition of X.
 */
function titlesNextPerson(tokens: readonly Token[], role: Part, following: Part | undefined): boolean {
  if (following?.type !== 'person' || following.leadFrom === undefined || following.leadFrom >= following.from) return false;
  return tokens[role.to]?.text === ',' && gapOk(tokens, role.to, following.leadFrom, true);
}

/**
 * "A, Head of the Ministry's Z Department B": a role run straight (no comma) into an organisation
 * and a person, or into a person, is that person's title — not an apposition of A.
 */
function leadsNextPerson(tokens: readonly Token[], fromRole: readonly Part[]): boolean {
  const [role, ...after] = fromRole;
  const person = after.find((q) => q.type === 'person');
  if (!role || !person) return false;
  const between = tokens.slice(role.to, person.leadFrom ?? person.from);
  return between.every((t) => t.kind === 'word' && (t.cap || ROLE_JOIN_WORDS.has(t.key)));
}

/**
 * A chain of titles set off by a comma after a person — "X, State Prize Laureate, People's
 * Artist, Chairman of the Y", "X, Minister of Culture, Chairman of the Y", "X, director of
 * the festival and president of the Y" — gives the person the first organisation a role of the
 * chain names. The chain holds only titles, role nouns, commas and "of the"-objects: a verb,
 * another person or a closing punctuation mark ends it.
 */
function appositionChain(tokens: readonly Token[], p: Part, later: readonly Part[]): { role?: string; org: string } | undefined {
  let k = p.to;
  for (const [j, q] of later.entries()) {
    if (q.type === 'person' || q.from - p.to > 40) return undefined;
    if (!chainGap(tokens, k, q.from)) return undefined;
    // "X, the Director of the Y, Z, the head of …": in a list of role–name pairs the role is Z's.
    const following = later[j + 1];
    if (following?.type === 'person' && gapOk(tokens, q.to, following.leadFrom ?? following.from, true)) return undefined;
    if (q.type === 'role' && leadsNextPerson(tokens, later.slice(j))) return undefined;
    if (q.type === 'role' && q.roleOrg) return { role: q.role ?? q.name, org: q.roleOrg };
    const roleNoun = q.type === 'organisation' ? lowerRoleBefore(tokens, q.from) : undefined;
    if (roleNoun) return { role: roleNoun, org: q.name };
    if (q.type === 'organisation' && q.from > k && DEFINITE_ARTICLES.has(tokens[q.from - 1]?.key ?? '') && AFFILIATION_PREPOSITIONS.has(tokens[q.from - 2]?.key ?? '')) return undefined;
    k = q.to;
  }
  return undefined;
}

/** Tokens [from, to) can sit inside an apposition of titles. */
function chainGap(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (!t) return false;
    if (t.kind === 'punct' && /^[,–—-]$/.test(t.text)) continue;
    if (t.kind === 'quote') continue;
    if (t.kind === 'word' && (t.cap || ROLE_NOUN_WORDS.has(t.key) || ROLE_CHAIN_WORDS.has(t.key))) continue;
    // "director of the festival": one lower-case object after "of the".
    if (t.kind === 'word' && DEFINITE_ARTICLES.has(tokens[i - 1]?.key ?? '') && GENITIVE_PREPOSITIONS.has(tokens[i - 2]?.key ?? '')) continue;
    return false;
  }
  return true;
}

/** The role part at list[j] follows ", " right after a person: "X, Director of Y". */
function apposedToPerson(tokens: readonly Token[], list: readonly Part[], j: number): boolean {
  const role = list[j];
  const before = list[j - 1];
  return role !== undefined && before?.type === 'person' && tokens[role.from - 1]?.text === ',' && before.to === role.from - 1;
}

/**
 * Parentheses: "Rashad Azizov (Ministry of Culture)" — an organisation alone in parentheses
 * right after a person; "the State Choir (artistic director – Honored Artist X)" — a person in
 * parentheses after an organisation, after lower-case role words.
 */
export function parenthesisAffiliations(sentences: readonly Sentence[], parts: readonly Part[]): void {
  const orgs = parts.filter((p) => p.type === 'organisation');
  for (const p of parts) {
    if (p.type !== 'person' || p.affiliation) continue;
    const tokens = sentences[p.sentence]?.tokens ?? [];
    const sameSentence = (o: Part): boolean => o.sentence === p.sentence;
    // Person (Org)
    if (tokens[p.to]?.text === '(') {
      const org = orgs.find((o) => sameSentence(o) && o.from === p.to + 1 && tokens[o.to]?.text === ')');
      if (org) {
        p.affiliation = org.name;
        continue;
      }
    }
    // Org (role words – Person)
    let k = (p.leadFrom ?? p.from) - 1;
    if (tokens[p.to]?.text !== ')') continue;
    let sawRole = false;
    while (k >= 0 && tokens[k]?.text !== '(') {
      const t = tokens[k];
      if (!t) break;
      if (t.kind === 'word' && !t.cap) sawRole ||= ROLE_NOUN_WORDS.has(t.key);
      else if (!(t.kind === 'punct' && /^[-–—:,]$/.test(t.text))) break;
      k--;
    }
    if (!sawRole || tokens[k]?.text !== '(') continue;
    // "the choir of the Y in St. Petersburg (artistic director – X)": the place is where Y is.
    const placeBefore = parts.find((q) => q.type === 'place' && sameSentence(q) && q.to === k && LOCATIVE_PREPOSITIONS.has(tokens[q.from - 1]?.key ?? ''));
    const orgEnd = placeBefore ? placeBefore.from - 1 : k;
    const org = orgs.find((o) => sameSentence(o) && o.to === orgEnd);
    if (org) {
      p.affiliation = org.name;
      const role = tokens.slice(k + 1, p.leadFrom ?? p.from).filter((t) => t.kind === 'word').map((t) => t.text).join(' ');
      if (role) p.role ??= role;
    }
  }
}

/**
 * 'head of the dubbing department at the' → 'head of the dubbing department': a role noun, "of
 * the", at most two lower-case words ending in a unit noun, then "at/of the" before the
 * organisation. Anything looser ('director of the film screened at the Y') is not a role there.
 */
function roleOfUnit(between: readonly Token[]): string | undefined {
  let k = 0;
  if (ARTICLES.has(between[k]?.key ?? '')) k++;
  const roleAt = k;
  while (k < between.length && k - roleAt < 3 && between[k]?.kind === 'word' && (!between[k]?.cap || ROLE_NOUN_WORDS.has(between[k]?.key ?? '')) && !GENITIVE_PREPOSITIONS.has(between[k]?.key ?? '')) k++;
  if (k === roleAt || !between.slice(roleAt, k).some((t) => ROLE_NOUN_WORDS.has(t.key))) return undefined;
  if (!GENITIVE_PREPOSITIONS.has(between[k]?.key ?? '') || !DEFINITE_ARTICLES.has(between[k + 1]?.key ?? '')) return undefined;
  const unitFrom = k + 2;
  let u = unitFrom;
  while (u < between.length && u - unitFrom < 3 && between[u]?.kind === 'word' && !between[u]?.cap && !UNIT_NOUN_WORDS.has(between[u]?.key ?? '')) u++;
  if (!UNIT_NOUN_WORDS.has(between[u]?.key ?? '')) return undefined;
  const rest = between.slice(u + 1);
  if (!AFFILIATION_PREPOSITIONS.has(rest[0]?.key ?? '') || !rest.slice(1).every((t) => DEFINITE_ARTICLES.has(t.key) || t.kind === 'quote')) return undefined;
  return between.slice(roleAt, u + 1).map((t) => t.text).join(' ');
}

function electedTo(tokens: readonly Token[], from: number, later: readonly Part[]): { role: string; org: string } | undefined {
  const verbAt = tokens.slice(from, from + 5).findIndex((t) => APPOINTMENT_VERBS.has(t.key));
  if (verbAt < 0) return undefined;
  let k = from + verbAt + 1;
  if (APPOINTMENT_MARKERS.has(tokens[k]?.key ?? '')) k++;
  const noun = tokens[k];
  if (!noun || !ROLE_NOUN_WORDS.has(noun.key)) return undefined;
  if (!AFFILIATION_PREPOSITIONS.has(tokens[k + 1]?.key ?? '')) return undefined;
  const org = later.find((q) => q.type === 'organisation' && q.from > k + 1 && q.from <= k + 5);
  if (!org) return undefined;
  const gap = tokens.slice(k + 2, org.from);
  if (!gap.every((t) => t.kind === 'word' && !t.cap)) return undefined;
  return { role: noun.text, org: org.name };
}

/** Prepositions of a role's organisation or of its place ("at", "of", "in"). */
const PLACE_OR_AFFILIATION: ReadonlySet<string> = new Set([...AFFILIATION_PREPOSITIONS, ...LOCATIVE_PREPOSITIONS]);

/** Only "at"/"of"/"in" and "the" between two parts. */
function atOfBetween(tokens: readonly Token[], from: number, to: number): boolean {
  const between = tokens.slice(from, to);
  return between.length >= 1 && between.length <= 2 && PLACE_OR_AFFILIATION.has(between[0]?.key ?? '') && between.slice(1).every((t) => DEFINITE_ARTICLES.has(t.key));
}

/** 'the head of the <Org>': a lower-case role noun followed by of/at [the] right before the org. */
function lowerRoleBefore(tokens: readonly Token[], orgFrom: number): string | undefined {
  let i = orgFrom - 1;
  if (DEFINITE_ARTICLES.has(tokens[i]?.key ?? '')) i--;
  if (!AFFILIATION_PREPOSITIONS.has(tokens[i]?.key ?? '')) return undefined;
  const noun = tokens[i - 1];
  if (noun && noun.kind === 'word' && !noun.cap && ROLE_NOUN_WORDS.has(noun.key)) return noun.text;
  return undefined;
}

/**
 * Member lists: 'The board of the newly created union included … Among them are X, Y, Z' and
 * 'reports were heard from the Board members, X, Y'. A list introduced by "members"/"among
 * them" takes the organisation that a generic reference ("the union") in that sentence or the
 * one before points to — the document's organisation with that head noun, the most mentioned
 * one if there are several.
 */
export function memberAffiliations(sentences: readonly Sentence[], parts: readonly Part[], headOf: (name: string) => string): void {
  const orgs = parts.filter((p) => p.type === 'organisation');
  sentences.forEach((s, sIdx) => {
    const tokens = s.tokens;
    const trigger = tokens.findIndex(
      (_t, i) => phraseStartingAt(tokens, i, MEMBER_LIST_MARKERS) !== undefined,
    );
    if (trigger < 0) return;
    const persons = parts.filter((p) => p.sentence === sIdx && p.type === 'person' && !p.affiliation && (p.leadFrom ?? p.from) > trigger);
    if (persons.length === 0) return;
    const head =
      genericHead(sentences[sIdx - 1]?.tokens ?? []) ?? genericHead(tokens.slice(0, trigger + 1)) ?? dominantHead(orgs, headOf);
    if (!head) return;
    const candidates = orgs.filter((o) => headOf(o.name) === head);
    if (candidates.length === 0) return;
    const counts = new Map<string, { n: number; first: Part }>();
    for (const o of candidates) {
      const c = counts.get(o.name);
      if (c) c.n++;
      else counts.set(o.name, { n: 1, first: o });
    }
    const best = [...counts.values()].sort((x, y) => y.n - x.n || x.first.sentence - y.first.sentence || x.first.from - y.first.from)[0];
    if (!best) return;
    for (const p of persons) p.affiliation = best.first.name;
  });
}

/** The head noun most of the document's organisation mentions share (at least three mentions). */
function dominantHead(orgs: readonly Part[], headOf: (name: string) => string): string | undefined {
  const counts = new Map<string, number>();
  for (const o of orgs) {
    const h = headOf(o.name);
    if (MEMBER_LIST_HEAD_WORDS.has(h)) counts.set(h, (counts.get(h) ?? 0) + 1);
  }
  const best = [...counts].sort((x, y) => y[1] - x[1])[0];
  const second = [...counts].sort((x, y) => y[1] - x[1])[1];
  return best && best[1] >= 3 && (!second || second[1] < best[1]) ? best[0] : undefined;
}

/** 'the (newly created) union' / 'the Board members': the head noun of a generic reference. */
function genericHead(tokens: readonly Token[]): string | undefined {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || t.cap || !MEMBER_LIST_HEAD_WORDS.has(t.key)) continue;
    for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
      const w = tokens[k];
      if (!w || w.cap || w.kind !== 'word') break;
      if (REFERENCE_DETERMINERS.has(w.key)) return canonSpelling(t.key);
    }
  }
  return undefined;
}
