import { ENTITY_TYPES, type EntityType } from '../../domain/model.js';
import type { CoMention, FacetCount, Interval, SearchFacets, TimelineBucket } from '../../ports/search-index.js';

/** Terms bucket as OpenSearch returns it. */
interface TermsBucket {
  readonly key: string | number;
  readonly doc_count: number;
}

interface EntityBucket extends TermsBucket {
  readonly name?: { readonly buckets: readonly TermsBucket[] };
}

/** A source id bucket with the source's name (of its newest document) as label. */
interface LabelledBucket extends TermsBucket {
  readonly name?: { readonly hits: { readonly hits: readonly { readonly _source?: { readonly sourceName?: string } }[] } };
}

interface TypeBucket extends TermsBucket {
  readonly ids: { readonly buckets: readonly EntityBucket[] };
}

export interface FacetAggregations {
  readonly outlets?: { readonly buckets: readonly LabelledBucket[] };
  readonly collections?: { readonly buckets: readonly TermsBucket[] };
  readonly languages?: { readonly buckets: readonly TermsBucket[] };
  readonly entities?: { readonly types: { readonly buckets: readonly TypeBucket[] } };
}

/** Entity ids by count, each with its most frequent name as label. Entities are nested docs. */
function entityIdTerms(size: number): Record<string, unknown> {
  return {
    terms: { field: 'entities.id', size },
    aggs: { name: { terms: { field: 'entities.name', size: 1 } } },
  };
}

export function facetAggregations(size: number): Record<string, unknown> {
  return {
    outlets: {
      terms: { field: 'outlet', size, order: [{ _count: 'desc' }, { _key: 'asc' }] },
      aggs: { name: { top_hits: { size: 1, _source: ['sourceName'], sort: [{ publishedAt: { order: 'desc', missing: '_last' } }] } } },
    },
    collections: { terms: { field: 'collections', size, order: [{ _count: 'desc' }, { _key: 'asc' }] } },
    languages: { terms: { field: 'language', size } },
    entities: {
      nested: { path: 'entities' },
      aggs: { types: { terms: { field: 'entities.type', size: ENTITY_TYPES.length }, aggs: { ids: entityIdTerms(size) } } },
    },
  };
}

export function topEntitiesAggregation(size: number, type: EntityType | undefined): Record<string, unknown> {
  const ids = type === undefined ? entityIdTerms(size) : { filter: { term: { 'entities.type': type } }, aggs: { ids: entityIdTerms(size) } };
  return { entities: { nested: { path: 'entities' }, aggs: { top: ids } } };
}

function plainCounts(buckets: readonly TermsBucket[] | undefined): FacetCount[] {
  return (buckets ?? []).map((b) => ({ value: String(b.key), count: b.doc_count }));
}

export function entityCounts(buckets: readonly EntityBucket[] | undefined): FacetCount[] {
  return (buckets ?? []).map((b) => {
    const label = b.name?.buckets[0]?.key;
    return label === undefined ? { value: String(b.key), count: b.doc_count } : { value: String(b.key), count: b.doc_count, label: String(label) };
  });
}

export function readFacets(aggs: FacetAggregations | undefined): SearchFacets {
  const byType = new Map((aggs?.entities?.types.buckets ?? []).map((b) => [String(b.key), b.ids.buckets]));
  const entities = Object.fromEntries(ENTITY_TYPES.map((type) => [type, entityCounts(byType.get(type))])) as Record<EntityType, FacetCount[]>;
  return {
    entities,
    outlets: outletCounts(aggs?.outlets?.buckets),
    collections: plainCounts(aggs?.collections?.buckets),
    languages: plainCounts(aggs?.languages?.buckets),
  };
}

function outletCounts(buckets: readonly LabelledBucket[] | undefined): FacetCount[] {
  return (buckets ?? []).map((b) => ({ value: String(b.key), count: b.doc_count, label: b.name?.hits.hits[0]?._source?.sourceName ?? String(b.key) }));
}

export interface TopEntitiesAggregations {
  readonly entities?: { readonly top: { readonly buckets?: readonly EntityBucket[]; readonly ids?: { readonly buckets: readonly EntityBucket[] } } };
}

export function readTopEntities(aggs: TopEntitiesAggregations | undefined): FacetCount[] {
  const top = aggs?.entities?.top;
  return entityCounts(top?.ids?.buckets ?? top?.buckets);
}

/** UTC calendar buckets keyed by their first day; OpenSearch weeks start on Monday (ISO). */
export function timelineAggregation(interval: Interval): Record<string, unknown> {
  return {
    timeline: {
      date_histogram: { field: 'publishedAt', calendar_interval: interval, time_zone: 'UTC', format: 'yyyy-MM-dd', min_doc_count: 1 },
    },
  };
}

export interface TimelineAggregations {
  readonly timeline?: { readonly buckets: readonly { readonly key_as_string: string; readonly doc_count: number }[] };
}

export function readTimeline(aggs: TimelineAggregations | undefined): TimelineBucket[] {
  return (aggs?.timeline?.buckets ?? []).map((b) => ({ key: b.key_as_string, count: b.doc_count }));
}

export interface CoMentionAggregations {
  readonly pairs?: { readonly buckets: readonly TermsBucket[] };
}

/**
 * One adjacency_matrix filter per entity, named by its position (ids may hold the "&" that joins
 * bucket names): a bucket "2&5" counts documents mentioning entities 2 and 5.
 */
export function coMentionAggregation(entityIds: readonly string[]): Record<string, unknown> {
  return { pairs: { adjacency_matrix: { filters: Object.fromEntries(entityIds.map((id, i) => [String(i), { term: { entityIds: id } }])) } } };
}

export function readCoMentions(entityIds: readonly string[], aggregations: CoMentionAggregations | undefined): CoMention[] {
  const pairs: CoMention[] = [];
  for (const bucket of aggregations?.pairs?.buckets ?? []) {
    const [left, right] = String(bucket.key).split('&').map((i) => entityIds[Number(i)]);
    if (left === undefined || right === undefined || bucket.doc_count === 0) continue;
    const [source, target] = left < right ? [left, right] : [right, left];
    pairs.push({ source, target, weight: bucket.doc_count });
  }
  return pairs.sort((a, b) => b.weight - a.weight || a.source.localeCompare(b.source) || a.target.localeCompare(b.target));
}
