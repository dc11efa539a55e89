/**
 * Lowers a parsed query into what the engines match: every word becomes the keys text-keys.ts
 * indexes (its spellings, and its stems unless it is a prefix), every field the indexed streams
 * it covers. Adapters render this plan one-to-one, so both engines match the same documents.
 */
import type { QueryNode, TermNode } from './query-syntax.js';
import { ALL_DOCUMENTS_KEY, DEFAULT_TEXT_FIELDS, keywordKey, QUERY_FIELDS } from './query-fields.js';
import { CONVENTIONS, QUERY_STEMMERS, spell, stemWith, wordsOf, type KeyStream, type TextField } from './text-keys.js';

/** A word or phrase as keys of one stream; `prefix` marks the last key as a prefix. */
export interface KeySequence {
  readonly stream: KeyStream;
  readonly keys: readonly string[];
  readonly prefix: boolean;
}

export interface NearVariant {
  readonly stream: KeyStream;
  readonly left: Omit<KeySequence, 'stream'>;
  readonly right: Omit<KeySequence, 'stream'>;
}

export type MatchPlan =
  | { readonly kind: 'all' }
  | { readonly kind: 'and'; readonly items: readonly MatchPlan[] }
  | { readonly kind: 'or'; readonly items: readonly MatchPlan[] }
  | { readonly kind: 'not'; readonly item: MatchPlan }
  /** Any of the sequences, as a phrase, in any of the fields. */
  | { readonly kind: 'text'; readonly fields: readonly TextField[]; readonly variants: readonly KeySequence[] }
  /** Any of the pairs within `distance` words of each other (either order), in one of the fields. */
  | { readonly kind: 'near'; readonly fields: readonly TextField[]; readonly distance: number; readonly variants: readonly NearVariant[] }
  /** A document keyword (outlet=…, lang=…, type=…, all); a prefix of one when `prefix`. */
  | { readonly kind: 'keyword'; readonly key: string; readonly prefix: boolean };

export { ALL_DOCUMENTS_KEY };

function fieldsOf(term: TermNode): readonly TextField[] {
  if (term.field === null) return DEFAULT_TEXT_FIELDS;
  const spec = QUERY_FIELDS[term.field];
  return spec.kind === 'text' ? spec.fields : DEFAULT_TEXT_FIELDS;
}

/** Sequences a term may match as: each spelling convention, and (not for prefixes) each stemming. */
export function termSequences(text: string, prefix: boolean): KeySequence[] {
  const words = wordsOf(text);
  const found = new Map<string, KeySequence>();
  const add = (stream: KeyStream, forms: readonly string[]): void => {
    for (let c = 0; c < CONVENTIONS.length; c += 1) {
      const keys = forms.map((w) => spell(w, c)).filter((k) => k !== '');
      if (keys.length === 0) continue;
      found.set(`${stream} ${keys.join(' ')}`, { stream, keys, prefix });
    }
  };
  add('exact', words);
  if (!prefix) for (const stemmer of QUERY_STEMMERS) add('stem', words.map((w) => stemWith(stemmer, w)));
  return [...found.values()];
}

function lowerTerm(term: TermNode): MatchPlan {
  if (term.field !== null && QUERY_FIELDS[term.field].kind === 'keyword') {
    return { kind: 'keyword', key: keywordKey(term.field, term.text), prefix: term.prefix };
  }
  return { kind: 'text', fields: fieldsOf(term), variants: termSequences(term.text, term.prefix) };
}

function lowerNear(left: TermNode, right: TermNode, distance: number): MatchPlan {
  const pairs = new Map<string, NearVariant>();
  const l = termSequences(left.text, left.prefix);
  const r = termSequences(right.text, right.prefix);
  // Every spelling of one side with every spelling of the other, within one stream (exact words
  // or stems): a document stream spells all its words one way, but the two sides may differ.
  for (const a of l) {
    for (const b of r) {
      if (a.stream !== b.stream) continue;
      pairs.set(`${a.stream} ${a.keys.join(' ')} ${b.keys.join(' ')}`, { stream: a.stream, left: { keys: a.keys, prefix: a.prefix }, right: { keys: b.keys, prefix: b.prefix } });
    }
  }
  return { kind: 'near', fields: fieldsOf(left), distance, variants: [...pairs.values()] };
}

/** The plan of a parsed query; null (no text) matches every document. */
export function planQuery(node: QueryNode | null): MatchPlan | null {
  if (node === null) return null;
  switch (node.kind) {
    case 'term':
      return lowerTerm(node);
    case 'near':
      return lowerNear(node.left, node.right, node.distance);
    case 'not':
      return { kind: 'not', item: planQuery(node.item)! };
    case 'and':
    case 'or':
      return { kind: node.kind, items: node.items.map((item) => planQuery(item)!) };
  }
}

type TextClause = Extract<MatchPlan, { kind: 'text' | 'near' }>;

/** Whether any text or NEAR clause of the plan, under any AND/OR/NOT, passes `test`. */
export function someTextClause(plan: MatchPlan, test: (clause: TextClause) => boolean): boolean {
  switch (plan.kind) {
    case 'text':
    case 'near':
      return test(plan);
    case 'and':
    case 'or':
      return plan.items.some((item) => someTextClause(item, test));
    case 'not':
      return someTextClause(plan.item, test);
    case 'keyword':
    case 'all':
      return false;
  }
}
