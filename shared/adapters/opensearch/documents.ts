import type { EntityType, IndexDoc } from '../../domain/model.js';

/** What is stored per article in OpenSearch (see template.ts for the mapping). */
export interface ArticleSource {
  readonly id: string;
  readonly url: string;
  readonly outlet: string;
  readonly sourceId: string;
  readonly sourceName: string;
  readonly collections: readonly string[];
  readonly language: string;
  readonly section: string | null;
  readonly contentHash: string;
  readonly title: string;
  readonly summary: string;
  readonly text: string;
  readonly authors: readonly string[];
  readonly publishedAt: string | null;
  readonly entityIds: readonly string[];
  readonly entityTypes: readonly EntityType[];
  readonly entityNames: readonly string[];
  readonly entities: readonly { id: string; type: EntityType; name: string; aliases: readonly string[] }[];
}

/**
 * Flattens a document for the index. Entities are de-duplicated by id, so nested facet counts
 * are counts of articles.
 */
export function toSource(doc: IndexDoc): ArticleSource {
  const entities = [...new Map(doc.entities.map((e) => [e.id, e])).values()];
  return {
    id: doc.id,
    url: doc.url,
    outlet: doc.sourceId,
    sourceId: doc.sourceId,
    sourceName: doc.sourceName,
    collections: [...doc.collections],
    language: doc.language,
    section: doc.section,
    contentHash: doc.contentHash,
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

/** Fields a hit needs; the body text stays on the node. */
export const HIT_SOURCE_FIELDS = ['id', 'title', 'url', 'outlet', 'sourceId', 'sourceName', 'collections', 'language', 'publishedAt', 'summary'] as const;

export type HitSource = Pick<ArticleSource, (typeof HIT_SOURCE_FIELDS)[number]>;
