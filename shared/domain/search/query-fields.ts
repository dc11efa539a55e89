/**
 * The fields of the query language, in one table: which part of an article each `name:` searches.
 * Text fields search analysed text (words, phrases, stems); keyword fields compare a whole value,
 * case-insensitively. To add a field (a collection, say), add a row here: the parser, the
 * documents' keys and both engines follow from it.
 */
import { ENTITY_TYPES, type IndexDoc } from '../model.js';
import type { TextField } from './text-keys.js';

interface TextQueryField {
  readonly kind: 'text';
  readonly fields: readonly TextField[];
  readonly description: string;
}

interface KeywordQueryField {
  readonly kind: 'keyword';
  readonly values: (doc: IndexDoc) => readonly string[];
  /** When set, a value outside this list is an error, not a silent zero. */
  readonly allowed?: readonly string[];
  readonly description: string;
}

export type QueryField = TextQueryField | KeywordQueryField;

export const QUERY_FIELDS = {
  title: { kind: 'text', fields: ['title'], description: 'words of the headline' },
  entity: { kind: 'text', fields: ['entities'], description: 'names and aliases of the people, organisations, events … an article mentions' },
  outlet: { kind: 'keyword', values: (doc) => [doc.outlet], description: 'the outlet, as shown in results' },
  // Articles carry no source id yet: until they do, the source is the outlet.
  source: { kind: 'keyword', values: (doc) => [doc.outlet], description: 'the source the article came from (its outlet until articles carry a source id)' },
  lang: { kind: 'keyword', values: (doc) => [doc.language], description: 'language code: en, az, ru …' },
  type: { kind: 'keyword', values: (doc) => doc.entities.map((e) => e.type), allowed: ENTITY_TYPES, description: 'articles mentioning an entity of this type' },
} as const satisfies Record<string, QueryField>;

export type QueryFieldName = keyof typeof QUERY_FIELDS;

export function isQueryFieldName(name: string): name is QueryFieldName {
  return Object.hasOwn(QUERY_FIELDS, name);
}

/** Text fields searched when a term names no field. */
export const DEFAULT_TEXT_FIELDS: readonly TextField[] = ['title', 'body', 'entities'];

/** The key every document carries, so "NOT x" can be written as "everything, except x". */
export const ALL_DOCUMENTS_KEY = 'all';

/** Keyword values compare without case and surrounding space. */
export function keywordKey(field: QueryFieldName, value: string): string {
  return `${field}=${value.normalize('NFC').trim().toLowerCase()}`;
}

/** Every keyword key of a document: the "all" key and one per keyword field value. */
export function documentKeywords(doc: IndexDoc): string[] {
  const keys = new Set<string>([ALL_DOCUMENTS_KEY]);
  for (const [name, field] of Object.entries(QUERY_FIELDS) as [QueryFieldName, QueryField][]) {
    if (field.kind !== 'keyword') continue;
    for (const value of field.values(doc)) if (value.trim() !== '') keys.add(keywordKey(name, value));
  }
  return [...keys];
}
