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
 * The key table without positions (search_key_blocks, key-blocks.ts), for every plan that needs
 * none (see needsPositions): each key of a field and stream is a key once per document, whatever
 * its spellings, behind a tag naming its field and stream. A word in the title is then its own
 * posting bitmap (`txfestival`), so the title boost of a word reads the titles that have it and
 * nothing else. Each key is also a key once for the whole document (`axfestival`), for queries
 * over every field. Keywords keep their `k…` tokens (no tag starts with k).
 *
 * The short fields (title, entity names) also have their pairs of adjacent keys as keys, behind
 * the field's tag prefixed with 2 (`2txcarpet weaving`): a phrase of two keys in the title is then
 * one posting bitmap too, exactly (keys never hold a space), so the title and entity bonuses of a
 * two-word phrase need no positional read. The body has none: they would double the key table.
 */
const TAGS: Readonly<Record<Exclude<TextField, 'body'>, Readonly<Record<KeyStream, string>>>> = {
  title: { exact: 'tx', stem: 'ts' },
  entities: { exact: 'ex', stem: 'es' },
};
/** No query field is the body alone (shared/domain/search/query-fields.ts): body keys are written only under the any-field tags. */
function fieldTag(field: TextField, stream: KeyStream): string | null {
  return field === 'body' ? null : TAGS[field][stream];
}
/** Tags of adjacent key pairs: no other key starts with a digit. */
const PAIR_TAG = '2';

/** A key found in any field, for queries over every field: one posting bitmap instead of three to merge. */
const ANY_FIELD_TAGS: Readonly<Record<KeyStream, string>> = { exact: 'ax', stem: 'as' };

function coversEveryField(fields: readonly TextField[]): boolean {
  return TEXT_FIELDS.every((f) => fields.includes(f));
}

/** The keys of a document in the key table without positions, each once. */
export function keyTokens(doc: SearchDocument): string[] {
  const tokens = new Set<string>();
  for (const field of TEXT_FIELDS) {
    for (const stream of STREAMS) {
      const tag = fieldTag(field, stream);
      for (const spelling of doc.fields[field][stream]) {
        const keys = spelling.split(' ').filter((key) => key !== '');
        keys.forEach((key, i) => {
          if (tag !== null) tokens.add(`${tag}${key}`);
          tokens.add(`${ANY_FIELD_TAGS[stream]}${key}`);
          if (tag !== null && i > 0) tokens.add(`${PAIR_TAG}${tag}${keys[i - 1]!} ${key}`);
        });
      }
    }
  }
  for (const keyword of doc.keywords) tokens.add(keywordToken(keyword));
  return [...tokens];
}

/** Whether a text clause of the plan asks for the body without the other fields. */
function asksBodyAlone(plan: MatchPlan): boolean {
  return someTextClause(plan, (clause) => clause.fields.includes('body') && !coversEveryField(clause.fields));
}

/** A phrase of two keys in the title or entity names only: its key pairs answer it. */
function isShortFieldPair(clause: Extract<MatchPlan, { kind: 'text' | 'near' }>): boolean {
  return clause.kind === 'text' && !clause.fields.includes('body') && clause.variants.every((v) => v.keys.length === 2);
}

/**
 * Whether the key table can answer the plan: it needs no positions (or only those of two-key
 * phrases in the short fields) and never asks for the body alone.
 */
export function keysCanMatch(plan: MatchPlan): boolean {
  return !asksBodyAlone(plan) && !someTextClause(plan, (clause) => needsPositions(clause) && !isShortFieldPair(clause));
}

/** A key of the key table, or every key it starts when `prefix`. */
export interface TokenLookup {
  readonly token: string;
  readonly prefix: boolean;
}

export const ALL_DOCUMENTS_TOKEN: TokenLookup = { token: keywordToken(ALL_DOCUMENTS_KEY), prefix: false };

export function keywordLookup(plan: Extract<MatchPlan, { kind: 'keyword' }>): TokenLookup {
  return { token: keywordToken(plan.key), prefix: plan.prefix };
}

/** The keys any of which a one-word text clause matches (keysCanMatch must hold for it). */
export function textLookups(plan: Extract<MatchPlan, { kind: 'text' }>): TokenLookup[] {
  const tags = (stream: KeyStream): string[] =>
    coversEveryField(plan.fields)
      ? [ANY_FIELD_TAGS[stream]]
      : plan.fields.map((field) => {
          const tag = fieldTag(field, stream);
          if (tag === null) throw new Error('the body alone has no keys in the key table: match it on search_fts');
          return tag;
        });
  const found = new Map<string, TokenLookup>();
  for (const v of plan.variants) {
    const pair = v.keys.length === 2 && !plan.fields.includes('body');
    if (v.keys.length !== 1 && !pair) throw new Error('a phrase needs positions: match it on search_fts');
    for (const tag of tags(v.stream)) {
      const token = pair ? `${PAIR_TAG}${tag}${v.keys[0]!} ${v.keys[1]!}` : `${tag}${v.keys[0]!}`;
      found.set(`${v.prefix ? '*' : ' '}${token}`, { token, prefix: v.prefix });
    }
  }
  return [...found.values()];
}
