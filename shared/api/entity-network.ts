/**
 * The neighbourhood of an entity for its page: the entities most often mentioned in its
 * articles (with their types), and the co-mention network of the entity and the first of them.
 */
import { ENTITY_TYPES, type EntitySummary, type EntityType } from '../domain/model.js';
import type { CoMention, FacetCount, SearchIndex } from '../ports/search-index.js';

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

/**
 * The `size` entities most often mentioned in the articles of `entity`, itself left out, most
 * shared articles first. One faceted search: entity facets come per type, so each has its type.
 */
export async function coMentionedEntities(index: SearchIndex, entity: EntitySummary, size: number): Promise<NetworkNode[]> {
  if (size === 0) return [];
  const { facets } = await index.search({ text: '', filters: { entities: [entity.id] }, limit: 1, cursor: null, facetSize: size + 1 });
  return ENTITY_TYPES.flatMap((type) => (facets?.entities[type] ?? []).map((facet): NetworkNode => ({ id: facet.value, name: facet.label ?? facet.value, type, articleCount: facet.count })))
    .filter((node) => node.id !== entity.id)
    .sort((a, b) => b.articleCount - a.articleCount || a.name.localeCompare(b.name) || a.id.localeCompare(b.id))
    .slice(0, size);
}

/** As /stats/top-entities lists entities: id, count, name as label. */
export function asFacets(nodes: readonly NetworkNode[]): FacetCount[] {
  return nodes.map((node) => ({ value: node.id, count: node.articleCount, label: node.name }));
}

/** The entity and its first neighbours (at most `size` nodes in all; 0: no network), with the pairs among them. */
export async function entityNetwork(index: SearchIndex, entity: EntitySummary, neighbours: readonly NetworkNode[], size: number): Promise<EntityNetwork> {
  if (size === 0) return { nodes: [], edges: [] };
  const around = neighbours.slice(0, size - 1);
  const among = await index.coMentions({ filters: { entities: [entity.id] }, entities: around.map((node) => node.id) });
  const spokes = around.map((node) => (entity.id < node.id ? { source: entity.id, target: node.id, weight: node.articleCount } : { source: node.id, target: entity.id, weight: node.articleCount }));
  const centre: NetworkNode = { id: entity.id, name: entity.name, type: entity.type, articleCount: entity.articleCount };
  return { nodes: [centre, ...around], edges: [...spokes, ...among] };
}
