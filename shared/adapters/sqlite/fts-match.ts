/**
 * Renders a query plan (shared/domain/search) as an FTS5 MATCH expression over the columns of
 * search_fts. Only translation happens here: the grammar and the keys come from the domain.
 * Every key is quoted, and keys hold letters and digits only, so nothing a user types can reach
 * FTS5 as syntax.
 */
import { ALL_DOCUMENTS_KEY, CONVENTIONS, TEXT_FIELDS, type KeySequence, type KeyStream, type MatchPlan, type SearchDocument, type TextField } from '../../domain/search/index.js';

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

export function toFtsMatch(plan: MatchPlan): string {
  switch (plan.kind) {
    case 'all':
      return ALL;
    case 'keyword':
      return `{${KEYWORD_COLUMN}}: ${phrase([keywordToken(plan.key)], plan.prefix)}`;
    case 'text':
      return anyOf(plan.variants.map((v) => sequence(plan.fields, v)));
    case 'near':
      return anyOf(
        plan.variants.map((v) => `${columnFilter(plan.fields, v.stream)}: NEAR(${phrase(v.left.keys, v.left.prefix)} ${phrase(v.right.keys, v.right.prefix)}, ${plan.distance})`),
      );
    case 'or':
      return anyOf(plan.items.map(toFtsMatch));
    case 'not':
      return `(${ALL} NOT (${toFtsMatch(plan.item)}))`;
    case 'and': {
      // FTS5's NOT is binary ("a NOT b"): subtract the excluded parts from the required ones,
      // or from every document when nothing is required.
      const required = plan.items.filter((i) => i.kind !== 'not').map(toFtsMatch);
      const excluded = plan.items.flatMap((i) => (i.kind === 'not' ? [toFtsMatch(i.item)] : []));
      let expression = required.length === 0 ? ALL : required.map((r) => `(${r})`).join(' AND ');
      for (const e of excluded) expression = `(${expression}) NOT (${e})`;
      return expression;
    }
  }
}
