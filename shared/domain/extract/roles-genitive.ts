/**
 * Roles and affiliations in texts of a case-ending language (the profiles' role, honorific,
 * sub-unit and minister stems and case grammar), where the organisation is a genitive next to a
 * lower-case role noun:
 *   'Akademik Milli Dram Teatrının direktoru, Xalq artisti X'   (org-genitive, role, honorific, person)
 *   'Qoruq İdarəsinin rəis müavini X'                          (org-genitive, role, person)
 *   'председатель СПА, народный писатель X'                      (role, org-genitive, honorific, person)
 *   'заместитель директора Национального музея X'                (role, org-genitive, person)
 *   'министр культуры Азербайджана X', 'Mədəniyyət naziri X'    (a minister of the document's ministry)
 * and ministries written in lower case where the grammar has them ("министерства культуры Азербайджана").
 */
import { foldName } from '../text/fold.js';
import { isPlaceToken } from './names.js';
import { inflectedCueStem, inflectedCueType } from './inflection.js';
import { AND_WORDS, HONORIFIC_STEMS, MINISTER_STEMS, MINISTRY_STEMS, ROLE_BREAK_WORDS, ROLE_STEMS, SUBUNIT_STEMS, grammarOf, scriptOf, startsWithStem } from './languages/index.js';
import { wordsOf, type CaseGrammar } from './languages/types.js';
import type { Part } from './parts.js';
import { part } from './parts.js';
import type { Prepared, Token } from './tokens.js';
import { commonPrefixLength } from '../text/prefix.js';

/** A role noun of a case-ending language in any case form (the profiles' role stems). */
export function isRoleWord(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word') return false;
  const w = t.key.slice(t.key.lastIndexOf(' ') + 1);
  return ROLE_STEMS.some(([stem, max]) => w.startsWith(stem) && w.length - stem.length <= max);
}

/** Honorific titles between a role and a name: "Xalq artisti", "народный писатель", "заслуженный деятель искусств". */
const isHonorStem = (key: string): boolean => startsWithStem(HONORIFIC_STEMS, key);

function isHonorWord(t: Token | undefined, next: Token | undefined): boolean {
  if (t === undefined || t.kind !== 'word') return false;
  // "Azərbaycan Respublikasının Əməkdar artisti": a place only right before an honorific word.
  return isHonorStem(t.key) || (t.cap && isPlaceToken(t) && next !== undefined && next.kind === 'word' && isHonorStem(next.key));
}

const isMinister = (key: string): boolean => startsWithStem(MINISTER_STEMS, key);
const isMinistry = (key: string): boolean => startsWithStem(MINISTRY_STEMS, key);

function isLower(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'word' && !t.cap && t.quote === -1;
}

/** Stem equality for case forms: a common prefix of four letters, endings of at most four. */
function sameStem(x: string, y: string): boolean {
  if (x === y) return true;
  const cp = commonPrefixLength(x, y);
  return cp >= 4 && x.length - cp <= 5 && y.length - cp <= 5;
}

/**
 * Russian ministries in lower case: "министерства культуры Азербайджана". The cue word, one or
 * two lower-case genitives, and a capitalised genitive place if one follows.
 */
export function lowerCaseMinistries(prepared: Prepared, parts: Part[]): void {
  prepared.sentences.forEach((sentence, sIdx) => {
    const tokens = sentence.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      const ministry = grammarOf(t)?.lowerCaseMinistry;
      if (!isLower(t) || !t || !ministry?.head.test(t.key)) continue;
      let e = i + 1;
      while (e < i + 3 && isLower(tokens[e]) && ministry.genitive.test(tokens[e]?.key ?? '')) e++;
      if (e === i + 1) continue;
      const next = tokens[e];
      if (next && next.cap && next.kind === 'word' && isPlaceToken(next)) e++;
      parts.push(part({ prepared, sentence, sIdx }, i, e, 'organisation', 'strong'));
      i = e - 1;
    }
  });
}

export function linkRolesInflected(prepared: Prepared, parts: readonly Part[]): void {
  const orgs = parts.filter((p) => p.type === 'organisation');
  linkRolesByGenitive(prepared, parts, orgs);
  laterReferences(prepared, parts, orgs);
  linkRolesByApposition(prepared, parts, orgs);
  linkPersonsToSource(prepared, parts, orgs);
}

/**
 * "X of Y" in a case-ending language: the organisation a person comes from, in the ablative right
 * before the name ("Şəki Xalq Teatrından X", az) or after a preposition of origin ("X из
 * Шекинского театра", ru).
 */
function linkPersonsToSource(prepared: Prepared, parts: readonly Part[], orgs: readonly Part[]): void {
  for (const p of parts) {
    if (p.type !== 'person' || p.affiliation) continue;
    const tokens = prepared.sentences[p.sentence]?.tokens ?? [];
    const grammar = grammarOf(tokens[p.from]);
    const start = p.leadFrom ?? p.from;
    const ablative = orgs.find((o) => o.sentence === p.sentence && o.to === start && grammar?.ablative?.test(tokens[o.to - 1]?.key ?? ''));
    const preposition = wordsOf(grammar?.sourcePrepositions ?? '').includes(tokens[p.to]?.key ?? '') && !tokens[p.to]?.cap;
    const after = preposition ? orgs.find((o) => o.sentence === p.sentence && o.from === p.to + 1) : undefined;
    const source = ablative ?? after;
    if (source) p.affiliation = source.name;
  }
}

/**
 * Apposition after the name, set off by commas: "X, Filarmoniyasının direktoru," (az: the
 * possessor in the genitive before the role) and "X, директор … филармонии," (ru: the role noun
 * first, the possessor in the genitive after it). The apposition must close there (punctuation or
 * the sentence end): a word right after it would be what the role introduces.
 */
function linkRolesByApposition(prepared: Prepared, parts: readonly Part[], orgs: readonly Part[]): void {
  for (const p of parts) {
    if (p.type !== 'person' || p.affiliation) continue;
    const tokens = prepared.sentences[p.sentence]?.tokens ?? [];
    if (tokens[p.to]?.text !== ',') continue;
    const grammar = grammarOf(tokens[p.from]);
    const apposition = grammar?.possessorFollows
      ? roleThenOrg(tokens, p.to + 1, orgs, p.sentence)
      : orgThenRole(tokens, p.to + 1, orgs, p.sentence);
    if (!apposition || !closesApposition(tokens[apposition.end], grammar?.possessorFollows === true)) continue;
    if (grammar?.possessorFollows && !beforePredicate(tokens, apposition.end, grammar)) continue;
    p.affiliation = apposition.org.name;
    p.role ??= apposition.role;
  }
}

/** Punctuation that closes an apposition set off after a name (a comma, a period, a dash, a closing parenthesis). */
const APPOSITION_CLOSERS = new Set([',', '.', '—', '–', '-', ')', ';']);

/**
 * An apposition ends at punctuation or the sentence end. Where the role comes first (ru) only the
 * closers count: a quote or a bracket opening after the organisation goes on with its name.
 */
function closesApposition(after: Token | undefined, strict: boolean): boolean {
  if (after === undefined) return true;
  return strict ? after.kind === 'punct' && APPOSITION_CLOSERS.has(after.text) : after.kind === 'punct';
}

/**
 * Where the role comes first (ru), the apposition must stand where one stands: before the
 * sentence's end, a dash, or — after its closing comma — the verb of the person's clause
 * («X, директор Y, отметил …»); a comma followed by anything else may close a clause the role opens.
 */
function beforePredicate(tokens: readonly Token[], end: number, grammar: CaseGrammar): boolean {
  const closer = tokens[end];
  if (closer === undefined || closer.text !== ',') return true;
  const next = tokens[end + 1];
  return next === undefined || next.kind === 'punct' || grammar.sentenceVerb?.test(next.key) === true;
}

interface Apposition {
  readonly org: Part;
  readonly role: string;
  /** The token after the apposition. */
  readonly end: number;
}

/** Lower-case words from `at` (at most four), one of them a role noun: the role and where it ends. */
function lowerRoleRun(tokens: readonly Token[], at: number): { role: string; end: number } | undefined {
  let e = at;
  while (e < at + 4 && isLower(tokens[e]) && !ROLE_BREAK_WORDS.has(tokens[e]?.key ?? '')) e++;
  const run = tokens.slice(at, e);
  const first = run.findIndex(isRoleWord);
  return first < 0 ? undefined : { role: run.slice(first).map((t) => t.text).join(' '), end: e };
}

/** "Gəncə Dövlət Filarmoniyasının direktoru": the organisation, then its role noun. */
function orgThenRole(tokens: readonly Token[], at: number, orgs: readonly Part[], sentence: number): Apposition | undefined {
  const org = orgs.find((o) => o.sentence === sentence && o.from === at);
  const role = org ? lowerRoleRun(tokens, org.to) : undefined;
  return org && role ? { org, role: role.role, end: role.end } : undefined;
}

/**
 * "директор Гянджинской государственной филармонии" right after "X,": a role noun in the
 * nominative (the case of the name it stands beside), then at most two lower-case genitives
 * ("заместитель директора …"), then an organisation the extractor recognised. A verb or "and"
 * word in between means the role opens a clause of its own, not an apposition.
 */
function roleThenOrg(tokens: readonly Token[], at: number, orgs: readonly Part[], sentence: number): Apposition | undefined {
  const head = tokens[at];
  const grammar = grammarOf(head);
  if (!head || !isLower(head) || !isRoleWord(head) || !grammar?.nominativeRole?.test(head.key)) return undefined;
  let e = at + 1;
  while (e < at + 3 && isLower(tokens[e]) && genitiveLink(tokens[e], grammar)) e++;
  const org = orgs.find((o) => o.sentence === sentence && o.from === e);
  if (!org) return undefined;
  return { org, role: tokens.slice(at, e).map((t) => t.text).join(' '), end: org.to };
}

/** A lower-case genitive between a role and its organisation ("заместитель директора …"): no verb, no "and"/break word. */
function genitiveLink(t: Token | undefined, grammar: CaseGrammar): boolean {
  if (!t || ROLE_BREAK_WORDS.has(t.key)) return false;
  const tail = grammar.lowerCaseTail;
  return grammar.genitive.test(t.key) && !(tail?.verb.test(t.key) ?? false);
}

function linkRolesByGenitive(prepared: Prepared, parts: readonly Part[], orgs: readonly Part[]): void {
  for (const p of parts) {
    if (p.type !== 'person' || p.affiliation) continue;
    const tokens = prepared.sentences[p.sentence]?.tokens ?? [];
    if (!tokens[p.from]?.inflected) continue;
    const orgEndingAt = (k: number): Part | undefined => orgs.find((o) => o.sentence === p.sentence && o.to === k);
    let i = (p.leadFrom ?? p.from) - 1;
    // "Анар (Анар Рзаев)": a short form, then the full name in parentheses.
    if (tokens[i]?.text === '(' && tokens[i - 1]?.cap && tokens[i - 1]?.kind === 'word') i -= 2;
    // Honorifics and commas right before the name.
    for (let n = 0; i >= 0 && n < 6 && (isHonorWord(tokens[i], tokens[i + 1]) || tokens[i]?.text === ','); n++) i--;
    // The role: lower-case words (and sub-unit words, places for a minister), at most four.
    const roleEnd = i + 1;
    for (let n = 0; i >= 0 && n < 5; n++) {
      const t = tokens[i];
      // "председатель Общественного совета X": an organisation ending in a lower-case noun ends right before the name.
      if (!t || orgEndingAt(i + 1)) break;
      // "İdarə Heyətinin sədri": sub-unit words may sit between an organisation and a role.
      if (isLower(t) && !ROLE_BREAK_WORDS.has(t.key)) i--;
      else if (t.kind === 'word' && t.cap && !orgEndingAt(i + 1) && (startsWithStem(SUBUNIT_STEMS, t.key) || isPlaceToken(t))) i--;
      else break;
    }
    const roleStart = i + 1;
    const roleTokens = tokens.slice(roleStart, roleEnd);
    const firstRole = roleTokens.findIndex(isRoleWord);
    const hasRole = firstRole >= 0;
    const role = roleTokens.slice(Math.max(0, firstRole)).filter((t) => t.kind === 'word').map((t) => t.text).join(' ');
    // Org-genitive, then the role.
    // "Yazıçılar Birliyinin (AYB) mətbuat xidmətinin rəhbəri X": the acronym in parentheses sits between.
    const acronymAt = tokens[roleStart - 1]?.text === ')' && tokens[roleStart - 3]?.text === '(' ? roleStart - 3 : -1;
    const before = orgEndingAt(roleStart) ?? (tokens[roleStart - 1]?.text === ',' ? orgEndingAt(roleStart - 1) : undefined) ??
      (acronymAt >= 0 ? orgEndingAt(acronymAt) : undefined);
    if (before && (hasRole || roleBefore(tokens, before.from))) {
      p.affiliation = before.name;
      p.role ??= hasRole ? role : roleBefore(tokens, before.from);
      continue;
    }
    // A minister of the document's ministry: "министр культуры (Азербайджана)", "Mədəniyyət naziri".
    const ministerAt = roleTokens.findIndex((t) => isMinister(t.key) && isRoleWord(t));
    if (ministerAt >= 0) {
      const m = roleStart + ministerAt;
      const topic = grammarOf(tokens[m])?.possessorFollows
        ? tokens.slice(m + 1, p.leadFrom ?? p.from).filter((t) => t.kind === 'word')
        : tokens.slice(Math.max(0, m - 1), m).filter((t) => t.kind === 'word' && !isPlaceToken(t));
      const ministry = ministryFor(orgs, topic);
      if (ministry) {
        p.affiliation = ministry.name;
        p.role ??= tokens.slice(m, p.leadFrom ?? p.from).filter((t) => t.kind === 'word').map((t) => t.text).join(' ');
      }
    }
  }
}

/** A cue noun on its own in the genitive: "Muzeyin" (az), "музея" (ru) — "the museum's". */
function bareGenitiveCue(t: Token | undefined, parts: readonly Part[], sentence: number, at: number): string | undefined {
  if (!t || t.kind !== 'word') return undefined;
  const grammar = grammarOf(t);
  if (!grammar?.genitive.test(t.key)) return undefined;
  const cyrillic = scriptOf(t.text) === 'cyrillic';
  if (parts.some((p) => p.sentence === sentence && p.from <= at && at < p.to && p.type !== 'person' && p.type !== 'single' && p.type !== 'role')) return undefined;
  const stem = inflectedCueStem(t.key, cyrillic);
  return stem && inflectedCueType(t.key, cyrillic) === 'organisation' ? stem : undefined;
}

/** The one organisation of the document whose name has a word on this cue stem (shorter forms inside the longest). */
function namedOrganisation(orgs: readonly Part[], stem: string, sentence: number): Part | undefined {
  const words = (o: Part): string[] => foldName(o.name).split(' ');
  // Named before the reference: a later reference points back.
  const named = orgs.filter((o) => o.sentence <= sentence && words(o).length > 1 && words(o).some((w) => w.startsWith(stem)));
  const longest = [...named].sort((x, y) => words(y).length - words(x).length)[0];
  if (!longest) return undefined;
  const all = words(longest);
  return named.every((o) => words(o).every((w) => all.some((x) => sameStem(x, w)))) ? longest : undefined;
}

/**
 * Later references: "Muzeyin direktoru X" (az: the museum's director), "директор музея X" (ru):
 * a cue noun alone in the genitive next to a role noun points to the one organisation of the
 * document named with that head.
 */
function laterReferences(prepared: Prepared, parts: readonly Part[], orgs: readonly Part[]): void {
  for (const p of parts) {
    if (p.type !== 'person' || p.affiliation) continue;
    const tokens = prepared.sentences[p.sentence]?.tokens ?? [];
    const i = (p.leadFrom ?? p.from) - 1;
    const [near, far] = [tokens[i], tokens[i - 1]];
    const stem = isRoleWord(near) ? bareGenitiveCue(far, parts, p.sentence, i - 1) : isRoleWord(far) ? bareGenitiveCue(near, parts, p.sentence, i) : undefined;
    const org = stem ? namedOrganisation(orgs, stem, p.sentence) : undefined;
    if (!org) continue;
    p.affiliation = org.name;
    p.role ??= (isRoleWord(near) ? near : far)?.text;
  }
}

/** A role noun among the (at most six) lower-case words before an organisation: "директора …", "завотделом … министерства". */
function roleBefore(tokens: readonly Token[], orgFrom: number): string | undefined {
  for (let k = orgFrom - 1; k >= Math.max(0, orgFrom - 6); k--) {
    const t = tokens[k];
    if (!isLower(t)) return undefined;
    if (isRoleWord(t)) return t?.text;
  }
  return undefined;
}

/** The document's ministry whose words include every topic word ("culture", "culture and tourism") and whose country fits. */
function ministryFor(orgs: readonly Part[], topic: readonly Token[]): Part | undefined {
  const words = topic.filter((t) => !AND_WORDS.has(t.key));
  if (words.length === 0) return undefined;
  const places = words.filter((t) => t.cap && isPlaceToken(t)).map((t) => t.key);
  const topics = words.filter((t) => !(t.cap && isPlaceToken(t))).map((t) => t.key);
  if (topics.length === 0) return undefined;
  return orgs.find((o) => {
    const ws = foldName(o.name).split(' ');
    if (!ws.some(isMinistry)) return false;
    if (!topics.every((k) => ws.some((w) => sameStem(w, k)))) return false;
    // "Министр культуры Турции" is not of "Министерство культуры Азербайджана".
    const orgPlaces = ws.filter((w) => !isMinistry(w) && !topics.some((k) => sameStem(w, k)));
    return places.every((pl) => orgPlaces.length === 0 || orgPlaces.some((w) => sameStem(w, pl)));
  });
}
