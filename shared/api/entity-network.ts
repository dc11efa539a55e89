/**
 * The co-mention network of an entity for its page: the entity, the entities most often
 * mentioned in its articles, and how often each pair of them shares one of those articles.
 */
import { ENTITY_TYPES, type EntitySummary, type EntityType } from '../domain/model.js';
import type { CoMention, SearchIndex } from '../ports/search-index.js';

export interface NetworkNode {
  readonly id: string;
  readonly name: string;
  readonly type: EntityType;
  /** The entity's own node: all its articles; the others: articles they share with it. */
  readonly articleCount: number;
}

export interface EntityNetwork {
  readonly nodes: readonly NetworkNode[];
  readonly edges: readonly CoMention[];
}

/** Nodes around `entity`, itself included, at most `size` (0: no network). */
export async function entityNetwork(index: SearchIndex, entity: EntitySummary, size: number): Promise<EntityNetwork> {
  if (size === 0) return { nodes: [], edges: [] };
  const centre: NetworkNode = { id: entity.id, name: entity.name, type: entity.type, articleCount: entity.articleCount };
  const inArticlesOfEntity = { entities: [entity.id] };
  // Entity facets come per type, so each neighbour arrives with its type.
  const { facets } = await index.search({ text: '', filters: inArticlesOfEntity, limit: 1, cursor: null, facetSize: size });
  const neighbours = ENTITY_TYPES.flatMap((type) => (facets?.entities[type] ?? []).map((facet): NetworkNode => ({ id: facet.value, name: facet.label ?? facet.value, type, articleCount: facet.count })))
    .filter((node) => node.id !== entity.id)
    .sort((a, b) => b.articleCount - a.articleCount || a.name.localeCompare(b.name) || a.id.localeCompare(b.id))
    .slice(0, size - 1);
  const among = await index.coMentions({ filters: inArticlesOfEntity, entities: neighbours.map((node) => node.id) });
  const spokes = neighbours.map((node) => (entity.id < node.id ? { source: entity.id, target: node.id, weight: node.articleCount } : { source: node.id, target: entity.id, weight: node.articleCount }));
  return { nodes: [centre, ...neighbours], edges: [...spokes, ...among] };
}
