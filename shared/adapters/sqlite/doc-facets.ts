import { ENTITY_TYPES, type EntityType } from '../../domain/model.js';
import type { FacetCount, Interval, TimelineBucket } from '../../ports/search-index.js';
import type { DocValues } from './doc-values.js';

/** Exact facet counts over a hit list, in one pass over the doc values of the hits. */
export interface HitFacets {
  readonly entities: Record<EntityType, FacetCount[]>;
  readonly outlets: FacetCount[];
  readonly collections: FacetCount[];
  readonly languages: FacetCount[];
}

/** Most frequent first, then by label and value: the order every facet is given in. */
function byCount(a: FacetCount, b: FacetCount): number {
  return b.count - a.count || compare(a.label ?? a.value, b.label ?? b.value) || compare(a.value, b.value);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The `size` most frequent values of a count array indexed by dictionary ordinal. */
function top(counts: Int32Array, values: readonly string[], size: number): FacetCount[] {
  const found: FacetCount[] = [];
  for (let ord = 0; ord < counts.length; ord += 1) if (counts[ord]! > 0) found.push({ value: values[ord]!, count: counts[ord]! });
  return found.sort(byCount).slice(0, size);
}

/** Entity counts per entity ordinal and, as label, the least name (in code-point order) the hits give it. */
export function countEntities(values: DocValues, hits: ArrayLike<number>): { counts: Int32Array; labels: Int32Array } {
  const entityCount = values.entityIds.values.length;
  const counts = new Int32Array(entityCount);
  const labels = new Int32Array(entityCount).fill(-1);
  const names = values.entityNames.values;
  const { data, start, length } = values.entities;
  for (let i = 0; i < hits.length; i += 1) {
    const rowid = hits[i]!;
    const first = start[rowid]!;
    const end = first + length[rowid]!;
    for (let p = first; p < end; p += 2) {
      const ord = data[p]!;
      const name = data[p + 1]!;
      counts[ord]! += 1;
      const label = labels[ord]!;
      if (label !== name && (label < 0 || names[name]! < names[label]!)) labels[ord] = name;
    }
  }
  return { counts, labels };
}

/** The top entities of the hits as facet counts, all types together or of one type. */
export function topEntities(values: DocValues, hits: ArrayLike<number>, size: number, type?: EntityType): FacetCount[] {
  return entityFacets(values, hits, size, type === undefined ? null : [type]).flat().sort(byCount).slice(0, size);
}

function entityFacets(values: DocValues, hits: ArrayLike<number>, size: number, types: readonly EntityType[] | null): FacetCount[][] {
  const { counts, labels } = countEntities(values, hits);
  const perType = new Map<number, FacetCount[]>();
  for (let ord = 0; ord < counts.length; ord += 1) {
    if (counts[ord] === 0) continue;
    const type = values.entityType[ord]!;
    let list = perType.get(type);
    if (list === undefined) perType.set(type, (list = []));
    list.push({ value: values.entityIds.values[ord]!, count: counts[ord]!, label: values.entityNames.values[labels[ord]!]! });
  }
  return (types ?? ENTITY_TYPES).map((type) => {
    const ord = values.entityTypes.find(type);
    return ord === undefined ? [] : (perType.get(ord) ?? []).sort(byCount).slice(0, size);
  });
}

export function hitFacets(values: DocValues, hits: ArrayLike<number>, size: number): HitFacets {
  const outlets = new Int32Array(values.outlets.values.length);
  const languages = new Int32Array(values.languages.values.length);
  const collections = new Int32Array(values.collectionNames.values.length);
  for (let i = 0; i < hits.length; i += 1) {
    const rowid = hits[i]!;
    outlets[values.outletOf(rowid)]! += 1;
    languages[values.languageOf(rowid)]! += 1;
    const own = values.collectionsOf(rowid);
    if (own !== null) for (let c = 0; c < own.length; c += 1) collections[own[c]!]! += 1;
  }
  const perType = entityFacets(values, hits, size, ENTITY_TYPES);
  return {
    entities: Object.fromEntries(ENTITY_TYPES.map((type, i) => [type, perType[i]!])) as Record<EntityType, FacetCount[]>,
    outlets: top(outlets, values.outlets.values, size),
    collections: top(collections, values.collectionNames.values, size),
    languages: top(languages, values.languages.values, size),
  };
}

const DAY_MS = 86_400_000;

/** The first day (YYYY-MM-DD, UTC) of the bucket an instant falls in; weeks start on Monday (ISO). */
function bucketOf(ms: number, interval: Interval): string {
  const day = new Date(ms).toISOString().slice(0, 10);
  switch (interval) {
    case 'day':
      return day;
    case 'week': {
      const start = Date.parse(day) - ((new Date(ms).getUTCDay() + 6) % 7) * DAY_MS;
      return new Date(start).toISOString().slice(0, 10);
    }
    case 'month':
      return `${day.slice(0, 7)}-01`;
    case 'year':
      return `${day.slice(0, 4)}-01-01`;
  }
}

/** Dated hits counted per bucket, in date order (undated hits have no place on a timeline). */
export function timelineBuckets(values: DocValues, hits: ArrayLike<number>, interval: Interval): TimelineBucket[] {
  // Counted per UTC day first: a few thousand days, however many hits.
  const perDay = new Map<number, number>();
  const { date } = values;
  for (let i = 0; i < hits.length; i += 1) {
    const ms = date[hits[i]!]!;
    if (Number.isNaN(ms)) continue;
    const day = Math.floor(ms / DAY_MS);
    perDay.set(day, (perDay.get(day) ?? 0) + 1);
  }
  const counts = new Map<string, number>();
  for (const [day, count] of perDay) {
    const key = bucketOf(day * DAY_MS, interval);
    counts.set(key, (counts.get(key) ?? 0) + count);
  }
  return [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([key, count]) => ({ key, count }));
}
