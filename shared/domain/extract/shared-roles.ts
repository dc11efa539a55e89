/**
 * One role shared by a list of persons: "soloists of the Ganja Drama Theatre A and B",
 * "Teatrının aktyorları A və B", "актёры … театра A и B". A role noun in the plural before the
 * first name is every listed person's, with its organisation; in the singular ("director of Y
 * A and B") it is only the first person's, so nothing is shared. An organisation stated once for
 * the whole list is every listed person's too: after the list ("directors A, B and C of Y",
 * "A and B of Y", "A and B, both professors at Y") or as the owner of a plural role before it
 * ("Y's directors A and B").
 */
import { AFFILIATION_PREPOSITIONS, AND_WORDS, DEFINITE_ARTICLES, GENITIVE_PREPOSITIONS, LIST_SHARING_WORDS, ROLE_NOUN_WORDS } from './languages/index.js';
import { wordsOf } from './languages/types.js';
import type { Part } from './parts.js';
import { isRoleWord } from './roles-genitive.js';
import type { Prepared, Token } from './tokens.js';

/** What a list of persons shares: the organisation's name and, if stated, the plural role. */
interface Shared {
  readonly org: string;
  readonly role?: string;
}

export function sharedRoles(prepared: Prepared, parts: readonly Part[]): void {
  const endings = wordsOf(prepared.language.pluralRoleEndings ?? '');
  if (endings.length === 0) return;
  const isPluralRole = (t: Token | undefined): boolean =>
    t !== undefined && t.kind === 'word' && !t.cap && endings.some((e) => t.key.endsWith(e)) && isRoleNoun(t, endings);
  prepared.sentences.forEach((sentence, sIdx) => {
    const persons = parts.filter((p) => p.type === 'person' && p.sentence === sIdx).sort((x, y) => x.from - y.from);
    const orgs = parts.filter((p) => p.type === 'organisation' && p.sentence === sIdx);
    persons.forEach((head, i) => {
      if (!head.affiliation || !pluralRoleBefore(sentence.tokens, head, orgs).some(isPluralRole)) return;
      for (let j = i + 1, prev = head; j < persons.length; j++) {
        const next = persons[j];
        if (!next || !listedAfter(sentence.tokens, prev.to, next.leadFrom ?? next.from)) break;
        if (next.affiliation !== undefined && next.affiliation !== head.affiliation) break;
        next.affiliation = head.affiliation;
        if (head.role !== undefined) next.role ??= head.role;
        prev = next;
      }
    });
    for (const list of personLists(sentence.tokens, persons)) shareOrganisation(sentence.tokens, list, orgs, isPluralRole);
  });
}

/** Runs of two persons or more with only commas and "and" between them. */
function personLists(tokens: readonly Token[], persons: readonly Part[]): Part[][] {
  const lists: Part[][] = [];
  let current: Part[] = [];
  for (const p of persons) {
    const prev = current[current.length - 1];
    if (prev && listedAfter(tokens, prev.to, p.leadFrom ?? p.from)) current.push(p);
    else {
      if (current.length >= 2) lists.push(current);
      current = [p];
    }
  }
  if (current.length >= 2) lists.push(current);
  return lists;
}

/** The organisation stated once for the list goes to every person of it, unless one has another. */
function shareOrganisation(tokens: readonly Token[], list: readonly Part[], orgs: readonly Part[], isPluralRole: (t: Token | undefined) => boolean): void {
  const first = list[0];
  const last = list[list.length - 1];
  if (!first || !last) return;
  const roleBefore = tokens[(first.leadFrom ?? first.from) - 1];
  const role = isPluralRole(roleBefore) ? roleBefore?.text : undefined;
  const shared = orgAfterList(tokens, last.to, orgs, role, isPluralRole) ?? (role === undefined ? undefined : possessiveOwner(orgs, (first.leadFrom ?? first.from) - 1, role));
  if (!shared || list.some((p) => p.affiliation !== undefined && p.affiliation !== shared.org)) return;
  for (const p of list) {
    p.affiliation = shared.org;
    if (shared.role !== undefined) p.role ??= shared.role;
  }
}

/**
 * "A and B of Y", "directors A and B of Y", "A and B, both professors at Y": an affiliation
 * preposition right after the last name (or after ", both" and plural role nouns), then the organisation.
 */
function orgAfterList(tokens: readonly Token[], end: number, orgs: readonly Part[], role: string | undefined, isPluralRole: (t: Token | undefined) => boolean): Shared | undefined {
  let k = end;
  let ownRole = role;
  if (tokens[k]?.text === ',' && LIST_SHARING_WORDS.has(tokens[k + 1]?.key ?? '')) {
    k += 1;
    while (LIST_SHARING_WORDS.has(tokens[k]?.key ?? '')) k++;
    const owner = ownerBeforeRole(tokens, k, orgs);
    if (owner) return owner;
    const roleAt = k;
    while (isPluralRole(tokens[k])) k++;
    if (k > roleAt) ownRole = tokens[k - 1]?.text;
  } else if (tokens[k]?.text === ',') return undefined;
  const preposition = tokens[k];
  if (!preposition || preposition.cap || !AFFILIATION_PREPOSITIONS.has(preposition.key)) return undefined;
  const start = DEFINITE_ARTICLES.has(tokens[k + 1]?.key ?? '') ? k + 2 : k + 1;
  const org = orgs.find((o) => o.from === start);
  return org ? { org: org.name, role: ownRole } : undefined;
}

/**
 * "A və B, hər ikisi Y-nın professoru": where the possessor leads, the organisation in the
 * genitive right after the sharing words, then the role noun it owns.
 */
function ownerBeforeRole(tokens: readonly Token[], at: number, orgs: readonly Part[]): Shared | undefined {
  const org = orgs.find((o) => o.from === at);
  const role = org === undefined ? undefined : tokens[org.to];
  return org && role && !role.cap && isRoleWord(role) ? { org: org.name, role: role.text } : undefined;
}

/** "Y's directors A and B": the organisation owning the plural role right before the list. */
function possessiveOwner(orgs: readonly Part[], roleAt: number, role: string): Shared | undefined {
  const org = orgs.find((o) => o.to === roleAt);
  return org ? { org: org.name, role } : undefined;
}

/** A role noun: a case-ending language's role stem, or an English role noun once the plural ending is off. */
function isRoleNoun(t: Token, endings: readonly string[]): boolean {
  if (isRoleWord(t)) return true;
  return endings.some((e) => t.key.endsWith(e) && ROLE_NOUN_WORDS.has(t.key.slice(0, t.key.length - e.length)));
}

/**
 * Where the role of a person can stand: right before the name ("aktyorları A", "soloists A"), or
 * before the organisation that ends right before it ("актёры театра A", "soloists of the Theatre
 * A", where the person's chunk may begin at the organisation).
 */
function pluralRoleBefore(tokens: readonly Token[], person: Part, orgs: readonly Part[]): (Token | undefined)[] {
  const right = tokens[(person.leadFrom ?? person.from) - 1];
  const org = orgs.find((o) => o.to === person.from);
  if (!org) return [right];
  let k = org.from - 1;
  while (k >= 0 && (DEFINITE_ARTICLES.has(tokens[k]?.key ?? '') || GENITIVE_PREPOSITIONS.has(tokens[k]?.key ?? ''))) k--;
  return [right, tokens[k]];
}

/** Only commas and "and" stand between two names of one list. */
function listedAfter(tokens: readonly Token[], from: number, to: number): boolean {
  const between = tokens.slice(from, to);
  return between.length > 0 && between.length <= 2 && between.every((t) => t.text === ',' || AND_WORDS.has(t.key));
}
