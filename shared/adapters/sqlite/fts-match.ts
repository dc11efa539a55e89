/**
 * Renders a query plan (shared/domain/search) as an FTS5 MATCH expression over the columns of
 * search_fts. Only translation happens here: the grammar and the keys come from the domain.
 * Every key is quoted, and keys hold letters and digits only, so nothing a user types can reach
 * FTS5 as syntax.
 */
import { ALL_DOCUMENTS_KEY, CONVENTIONS, pairsAreExact, phrasePairs, someTextClause, TEXT_FIELDS, type KeySequence, type KeyStream, type MatchPlan, type SearchDocument, type TextField } from '../../domain/search/index.js';
import { expandKeyLines, pairToken, sequenceLine } from './key-lines.js';

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
 * The key table without positions (search_key_blocks, key-blocks.ts), for every plan without
 * NEAR that does not ask for the body alone (see keysCanMatch): each key of a field and stream is a key once per document, whatever
 * its spellings, behind a tag naming its field and stream. A word in the title is then its own
 * posting bitmap (`txfestival`), so the title boost of a word reads the titles that have it and
 * nothing else. Each key is also a key once for the whole document (`axfestival`), for queries
 * over every field. Keywords keep their `k…` tokens (no tag starts with k).
 *
 * Pairs of adjacent keys (shared/domain/search/key-pairs.ts) are keys too, behind the tag
 * prefixed with 2 (`2txcarpet weaving`, `2axcarpet weaving`), exact because keys never hold a
 * space: a phrase is the AND of its pairs' bitmaps, exactly so for two keys; the candidates of a
 * longer phrase are checked on search_fts (key-match.ts). The body's pairs, like its words, are
 * written only under the any-field tags.
 */
const TAGS: Readonly<Record<Exclude<TextField, 'body'>, Readonly<Record<KeyStream, string>>>> = {
  title: { exact: 'tx', stem: 'ts' },
  entities: { exact: 'ex', stem: 'es' },
};
/** No query field is the body alone (shared/domain/search/query-fields.ts): body keys are written only under the any-field tags. */
function fieldTag(field: TextField, stream: KeyStream): string | null {
  return field === 'body' ? null : TAGS[field][stream];
}
/** A key found in any field, for queries over every field: one posting bitmap instead of three to merge. */
const ANY_FIELD_TAGS: Readonly<Record<KeyStream, string>> = { exact: 'ax', stem: 'as' };

function coversEveryField(fields: readonly TextField[]): boolean {
  return TEXT_FIELDS.every((f) => fields.includes(f));
}

/**
 * The keys of a document as stored lines (key-lines.ts): each sequence of keys once, with the
 * tags of its field and stream, and each keyword; expandKeyLines gives the tokens.
 */
export function keyLines(doc: SearchDocument): string[] {
  const lines = new Set<string>();
  for (const field of TEXT_FIELDS) {
    for (const stream of STREAMS) {
      const tag = fieldTag(field, stream);
      const tags = tag === null ? [ANY_FIELD_TAGS[stream]] : [tag, ANY_FIELD_TAGS[stream]];
      for (const spelling of doc.fields[field][stream]) {
        const keys = spelling.split(' ').filter((key) => key !== '');
        if (keys.length > 0) lines.add(sequenceLine(tags, keys));
      }
    }
  }
  for (const keyword of doc.keywords) lines.add(keywordToken(keyword));
  return [...lines];
}

/** The keys of a document in the key table without positions, each once. */
export function keyTokens(doc: SearchDocument): string[] {
  return expandKeyLines(keyLines(doc));
}

/** Whether a text clause of the plan asks for the body without the other fields. */
function asksBodyAlone(plan: MatchPlan): boolean {
  return someTextClause(plan, (clause) => clause.fields.includes('body') && !coversEveryField(clause.fields));
}

/**
 * Whether the key table can answer the plan: it has no NEAR and never asks for the body alone.
 * Phrases of three keys or more are answered with their candidates checked (see variantLookups).
 * NEAR stays on search_fts: its candidates (documents with both sides) would need the same full
 * positional match to check, so reading them first only added work (tried: 124 → 158 ms CPU for
 * a NEAR/3 of two common words at 100,000 documents).
 */
export function keysCanMatch(plan: MatchPlan): boolean {
  return !asksBodyAlone(plan) && !someTextClause(plan, (clause) => clause.kind === 'near');
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

/**
 * One variant (spelling, stream) of a text clause in the key table: documents with a key of every
 * group (AND of ORs: one group per word or key pair, one key per field tag). `exact` is false
 * when those documents are only candidates — a phrase of three keys or more.
 */
export interface VariantLookups {
  readonly variant: KeySequence;
  readonly groups: readonly (readonly TokenLookup[])[];
  readonly exact: boolean;
}

function clauseTags(fields: readonly TextField[], stream: KeyStream): string[] {
  if (coversEveryField(fields)) return [ANY_FIELD_TAGS[stream]];
  return fields.map((field) => {
    const tag = fieldTag(field, stream);
    if (tag === null) throw new Error('the body alone has no keys in the key table: match it on search_fts');
    return tag;
  });
}

/** The groups of one key sequence: its key, or its adjacent pairs, each under every tag. */
function sequenceGroups(sequence: KeySequence, tags: readonly string[]): TokenLookup[][] {
  if (sequence.keys.length === 1) return [tags.map((tag) => ({ token: `${tag}${sequence.keys[0]!}`, prefix: sequence.prefix }))];
  return phrasePairs(sequence).map((pair) => tags.map((tag) => ({ token: pairToken(tag, pair), prefix: pair.prefix })));
}

/** The lookups of each variant of a text clause (keysCanMatch must hold for it). */
export function variantLookups(plan: Extract<MatchPlan, { kind: 'text' }>): VariantLookups[] {
  return plan.variants.map((variant) => ({ variant, groups: sequenceGroups(variant, clauseTags(plan.fields, variant.stream)), exact: pairsAreExact(variant) }));
}
