import type { EntityType, IndexDoc } from '../../domain/model.js';
import { TEXT_FIELDS, toSearchDocument, type KeyStream, type TextField } from '../../domain/search/index.js';
import { BODY_TERMS_FIELD } from './template.js';

interface ArticleFields {
  readonly id: string;
  readonly url: string;
  readonly outlet: string;
  readonly sourceId: string;
  readonly sourceName: string;
  readonly collections: readonly string[];
  readonly language: string;
  readonly section: string | null;
  readonly contentHash: string;
  /** Its own id when the article has no copies, so collapse never groups unclustered documents. */
  readonly clusterId: string;
  readonly title: string;
  readonly summary: string;
  readonly text: string;
  readonly authors: readonly string[];
  readonly publishedAt: string | null;
  readonly entityIds: readonly string[];
  readonly entityTypes: readonly EntityType[];
  readonly entityNames: readonly string[];
  readonly entities: readonly { id: string; type: EntityType; name: string; aliases: readonly string[] }[];
  /** Search keywords (outlet=…, lang=…); the key fields below hold one value per spelling. */
  readonly keys: readonly string[];
  /** The body's keys in the first spelling convention, for significant words. */
  readonly [BODY_TERMS_FIELD]: string;
}

/** What is stored per article in OpenSearch (see template.ts for the mapping). */
export type ArticleSource = ArticleFields & { readonly [K in `${TextField}_${KeyStream}`]: readonly string[] };

export function keyField(field: TextField, stream: KeyStream): `${TextField}_${KeyStream}` {
  return `${field}_${stream}`;
}

/**
 * Flattens a document for the index. Entities are de-duplicated by id, so nested facet counts
 * are counts of articles.
 */
export function toSource(doc: IndexDoc): ArticleSource {
  const entities = [...new Map(doc.entities.map((e) => [e.id, e])).values()];
  const search = toSearchDocument(doc);
  const keyFields = Object.fromEntries(
    TEXT_FIELDS.flatMap((f) => (['exact', 'stem'] as const).map((s) => [keyField(f, s), [...search.fields[f][s]]])),
  ) as Record<`${TextField}_${KeyStream}`, string[]>;
  return {
    ...keyFields,
    [BODY_TERMS_FIELD]: search.fields.body.exact[0] ?? '',
    keys: [...search.keywords],
    id: doc.id,
    url: doc.url,
    outlet: doc.sourceId,
    sourceId: doc.sourceId,
    sourceName: doc.sourceName,
    collections: [...doc.collections],
    language: doc.language,
    section: doc.section,
    contentHash: doc.contentHash,
    clusterId: doc.clusterId ?? doc.id,
    title: doc.title,
    summary: doc.summary,
    text: doc.text,
    authors: [...doc.authors],
    publishedAt: doc.publishedAt,
    entityIds: entities.map((e) => e.id),
    entityTypes: [...new Set(entities.map((e) => e.type))],
    entityNames: [...new Set(entities.flatMap((e) => [e.name, ...e.aliases]))],
    entities: entities.map((e) => ({ id: e.id, type: e.type, name: e.name, aliases: [...e.aliases] })),
  };
}

/** Fields a hit needs (the text for its snippet, cut like every engine's by the domain). */
export const HIT_SOURCE_FIELDS = ['id', 'title', 'url', 'outlet', 'sourceId', 'sourceName', 'collections', 'language', 'publishedAt', 'summary', 'text', 'clusterId'] as const;

export type HitSource = Pick<ArticleSource, (typeof HIT_SOURCE_FIELDS)[number]>;
