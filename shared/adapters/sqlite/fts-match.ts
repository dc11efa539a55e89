/**
 * Renders a query plan (shared/domain/search) as an FTS5 MATCH expression over the columns of
 * search_fts. Only translation happens here: the grammar and the keys come from the domain.
 * Every key is quoted, and keys hold letters and digits only, so nothing a user types can reach
 * FTS5 as syntax.
 */
import { ALL_DOCUMENTS_KEY, CONVENTIONS, needsPositions, someTextClause, TEXT_FIELDS, type KeySequence, type KeyStream, type MatchPlan, type SearchDocument, type TextField } from '../../domain/search/index.js';

const STREAMS: readonly KeyStream[] = ['exact', 'stem'];

/** One column per text field, key stream and spelling convention; then the keywords. */
export function streamColumns(field: TextField, stream: KeyStream): string[] {
  return CONVENTIONS.map((_, c) => `${field}_${stream}_${c}`);
}

export const KEYWORD_COLUMN = 'keys';
export const FTS_COLUMNS: readonly string[] = [...TEXT_FIELDS.flatMap((f) => STREAMS.flatMap((s) => streamColumns(f, s))), KEYWORD_COLUMN];

/** Keywords hold any characters; as hex they become plain ASCII tokens for the ascii tokenizer. */
function keywordToken(key: string): string {
  return `k${Buffer.from(key, 'utf8').toString('hex')}`;
}

/** The column values of a document, in FTS_COLUMNS order. */
export function ftsValues(doc: SearchDocument): string[] {
  const values: string[] = [];
  for (const field of TEXT_FIELDS) {
    for (const stream of STREAMS) {
      const spellings = doc.fields[field][stream];
      values.push(...CONVENTIONS.map((_, c) => spellings[c] ?? ''));
    }
  }
  values.push(doc.keywords.map(keywordToken).join(' '));
  return values;
}

function columnFilter(fields: readonly TextField[], stream: KeyStream): string {
  return `{${fields.flatMap((f) => streamColumns(f, stream)).join(' ')}}`;
}

function phrase(keys: readonly string[], prefix: boolean): string {
  return `"${keys.join(' ')}"${prefix ? '*' : ''}`;
}

function sequence(fields: readonly TextField[], v: KeySequence): string {
  return `${columnFilter(fields, v.stream)}: ${phrase(v.keys, v.prefix)}`;
}

const ALL = `{${KEYWORD_COLUMN}}: "${keywordToken(ALL_DOCUMENTS_KEY)}"`;

function anyOf(parts: readonly string[]): string {
  return parts.length === 1 ? parts[0]! : `(${parts.map((p) => `(${p})`).join(' OR ')})`;
}

/** How the leaves of a plan are written for one table; the boolean structure is the same for both. */
interface Leaves {
  readonly all: string;
  keyword(plan: Extract<MatchPlan, { kind: 'keyword' }>): string;
  text(plan: Extract<MatchPlan, { kind: 'text' }>): string;
  near(plan: Extract<MatchPlan, { kind: 'near' }>): string;
}

function render(plan: MatchPlan, leaves: Leaves): string {
  switch (plan.kind) {
    case 'all':
      return leaves.all;
    case 'keyword':
      return leaves.keyword(plan);
    case 'text':
      return leaves.text(plan);
    case 'near':
      return leaves.near(plan);
    case 'or':
      return anyOf(plan.items.map((item) => render(item, leaves)));
    case 'not':
      return `(${leaves.all} NOT (${render(plan.item, leaves)}))`;
    case 'and': {
      // FTS5's NOT is binary ("a NOT b"): subtract the excluded parts from the required ones,
      // or from every document when nothing is required.
      const required = plan.items.filter((i) => i.kind !== 'not').map((item) => render(item, leaves));
      const excluded = plan.items.flatMap((i) => (i.kind === 'not' ? [render(i.item, leaves)] : []));
      let expression = required.length === 0 ? leaves.all : required.map((r) => `(${r})`).join(' AND ');
      for (const e of excluded) expression = `(${expression}) NOT (${e})`;
      return expression;
    }
  }
}

const POSITIONAL: Leaves = {
  all: ALL,
  keyword: (plan) => `{${KEYWORD_COLUMN}}: ${phrase([keywordToken(plan.key)], plan.prefix)}`,
  text: (plan) => anyOf(plan.variants.map((v) => sequence(plan.fields, v))),
  near: (plan) =>
    anyOf(plan.variants.map((v) => `${columnFilter(plan.fields, v.stream)}: NEAR(${phrase(v.left.keys, v.left.prefix)} ${phrase(v.right.keys, v.right.prefix)}, ${plan.distance})`)),
};

/** A plan as a MATCH expression over search_fts (keys with positions, one column per spelling). */
export function toFtsMatch(plan: MatchPlan): string {
  return render(plan, POSITIONAL);
}

/*
 * search_words: the same keys without positions (detail=none), for every plan that needs none
 * (see needsPositions): one column in which each key of a field and stream is written once per
 * document, whatever its spellings, behind a tag naming its field and stream. A word in the title
 * is then its own posting list (`txfestival`), so the title boost of a word reads the titles that
 * have it and nothing else, and FTS5 decodes rowids only — no positions, no column lists. Each key
 * is also written once for the whole document (`axfestival`), for queries over every field.
 * Keywords keep their `k…` tokens (no tag starts with k).
 */
export const WORDS_TABLE = 'search_words';
const TAGS: Readonly<Record<Exclude<TextField, 'body'>, Readonly<Record<KeyStream, string>>>> = {
  title: { exact: 'tx', stem: 'ts' },
  entities: { exact: 'ex', stem: 'es' },
};
/** No query field is the body alone (shared/domain/search/query-fields.ts): body keys are written only under the any-field tags. */
function fieldTag(field: TextField, stream: KeyStream): string | null {
  return field === 'body' ? null : TAGS[field][stream];
}
/** A key found in any field, for queries over every field: one posting list instead of three to merge. */
const ANY_FIELD_TAGS: Readonly<Record<KeyStream, string>> = { exact: 'ax', stem: 'as' };

function coversEveryField(fields: readonly TextField[]): boolean {
  return TEXT_FIELDS.every((f) => fields.includes(f));
}

/** The one column value of a document in search_words. */
export function wordsValue(doc: SearchDocument): string {
  const tokens = new Set<string>();
  for (const field of TEXT_FIELDS) {
    for (const stream of STREAMS) {
      for (const spelling of doc.fields[field][stream]) {
        for (const key of spelling.split(' ')) {
          if (key === '') continue;
          const tag = fieldTag(field, stream);
          if (tag !== null) tokens.add(`${tag}${key}`);
          tokens.add(`${ANY_FIELD_TAGS[stream]}${key}`);
        }
      }
    }
  }
  for (const keyword of doc.keywords) tokens.add(keywordToken(keyword));
  return [...tokens].join(' ');
}

function unreadable(): never {
  throw new Error('the body alone has no keys in search_words: match it on search_fts');
}

/** Whether a text clause of the plan asks for the body without the other fields. */
function asksBodyAlone(plan: MatchPlan): boolean {
  return someTextClause(plan, (clause) => clause.fields.includes('body') && !coversEveryField(clause.fields));
}

/** Whether search_words can answer the plan: it needs no positions and never asks for the body alone. */
export function wordsCanMatch(plan: MatchPlan): boolean {
  return !needsPositions(plan) && !asksBodyAlone(plan);
}

function onlyKey(sequence: KeySequence): string {
  if (sequence.keys.length !== 1) throw new Error('a phrase needs positions: match it on search_fts');
  return sequence.keys[0]!;
}

const WORDS: Leaves = {
  all: `"${keywordToken(ALL_DOCUMENTS_KEY)}"`,
  keyword: (plan) => phrase([keywordToken(plan.key)], plan.prefix),
  text: (plan) => {
    const tags = (stream: KeyStream): string[] => (coversEveryField(plan.fields) ? [ANY_FIELD_TAGS[stream]] : plan.fields.map((field) => fieldTag(field, stream) ?? unreadable()));
    const tokens = new Set(plan.variants.flatMap((v) => tags(v.stream).map((tag) => phrase([`${tag}${onlyKey(v)}`], v.prefix))));
    return anyOf([...tokens]);
  },
  near: () => {
    throw new Error('a NEAR query needs positions: match it on search_fts');
  },
};

/** A plan search_words can answer (wordsCanMatch) as a MATCH expression over it. */
export function toWordsMatch(plan: MatchPlan): string {
  return render(plan, WORDS);
}
