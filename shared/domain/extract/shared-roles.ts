/**
 * One role shared by a list of persons: "soloists of the Ganja Drama Theatre A and B",
 * "Teatrının aktyorları A və B", "актёры … театра A и B". A role noun in the plural before the
 * first name is every listed person's, with its organisation; in the singular ("director of Y
 * A and B") it is only the first person's, so nothing is shared.
 */
import { AND_WORDS, DEFINITE_ARTICLES, GENITIVE_PREPOSITIONS, ROLE_NOUN_WORDS } from './languages/index.js';
import { wordsOf } from './languages/types.js';
import type { Part } from './parts.js';
import { isRoleWord } from './roles-genitive.js';
import type { Prepared, Token } from './tokens.js';

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
  });
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
