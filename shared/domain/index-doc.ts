import type { ArticleRecord, IndexDoc } from './model.js';

type IndexedEntity = IndexDoc['entities'][number];

/**
 * Flattens a stored record into what the search index holds. One entry per entity even when the
 * record carries several mentions of it, so facet counts stay "articles per entity".
 */
export function toIndexDoc(record: ArticleRecord): IndexDoc {
  const { article } = record;
  return {
    id: article.id,
    url: article.canonicalUrl || article.url,
    outlet: article.outlet,
    sourceId: article.sourceId,
    sourceName: article.sourceName,
    collections: [...article.collections],
    title: article.title,
    text: article.text,
    summary: article.summary,
    authors: [...article.authors],
    language: article.language,
    section: article.section,
    publishedAt: article.publishedAt,
    entities: uniqueEntities(record),
    contentHash: article.contentHash,
  };
}

function uniqueEntities(record: ArticleRecord): IndexedEntity[] {
  const byId = new Map<string, IndexedEntity>();
  for (const mention of record.mentions) {
    const seen = byId.get(mention.entityId);
    const aliases = new Set([...(seen?.aliases ?? []), ...mention.aliases]);
    const name = seen?.name ?? mention.name;
    aliases.delete(name);
    byId.set(mention.entityId, { id: mention.entityId, type: mention.type, name, aliases: [...aliases] });
  }
  return [...byId.values()];
}
