/**
 * Every view of the workspace is a URL: the query, filters, sort, compared series, chart settings
 * and the open entity or article all live in the address bar's query string. This module is pure
 * (no DOM): it turns a query string into a view and back, and a view into the API requests it
 * makes, so the same parameters a dashboard would send are the ones the page sends.
 */

export const ENTITY_TYPES = ['person', 'organisation', 'project', 'event', 'work', 'place'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];
export const SORTS = ['relevance', 'newest', 'oldest'] as const;
export type Sort = (typeof SORTS)[number];
export const INTERVALS = ['day', 'week', 'month', 'year'] as const;
export type Interval = (typeof INTERVALS)[number];
export const MEASURES = ['count', 'share'] as const;
export type Measure = (typeof MEASURES)[number];

/** The chart compares the main query with up to four more (five series). */
export const MAX_SERIES = 5;

export type OpenPage = { readonly kind: 'search' } | { readonly kind: 'entity'; readonly id: string } | { readonly kind: 'article'; readonly id: string };

export interface Filters {
  readonly types: readonly EntityType[];
  readonly outlets: readonly string[];
  readonly collections: readonly string[];
  readonly langs: readonly string[];
  readonly entities: readonly string[];
  /** YYYY-MM-DD or empty. */
  readonly from: string;
  readonly to: string;
}

export interface View extends Filters {
  readonly q: string;
  /** Empty = the API's default (relevance with a query, newest without). */
  readonly sort: Sort | '';
  /** Extra queries drawn next to q on the chart. */
  readonly compare: readonly string[];
  readonly interval: Interval;
  readonly measure: Measure;
  /** One hit per syndication cluster (GET /search?collapse=cluster): reprints folded into their story. */
  readonly collapse: boolean;
  readonly page: OpenPage;
}

export const EMPTY_VIEW: View = {
  q: '',
  types: [],
  outlets: [],
  collections: [],
  langs: [],
  entities: [],
  from: '',
  to: '',
  sort: '',
  compare: [],
  interval: 'month',
  measure: 'count',
  collapse: false,
  page: { kind: 'search' },
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function oneOf<T extends string>(allowed: readonly T[], value: string | null, fallback: T): T {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

function listOf(params: URLSearchParams, name: string): string[] {
  return [...new Set(params.getAll(name).map((value) => value.trim()).filter((value) => value !== ''))];
}

function pageOf(params: URLSearchParams): OpenPage {
  const id = params.get('id') ?? '';
  const kind = params.get('page');
  if (id !== '' && (kind === 'entity' || kind === 'article')) return { kind, id };
  return { kind: 'search' };
}

/** Reads a view from a query string; unknown or malformed values fall back to the defaults. */
export function parseView(search: string): View {
  const params = new URLSearchParams(search);
  const date = (name: string): string => {
    const value = params.get(name) ?? '';
    return DATE.test(value) ? value : '';
  };
  return {
    q: params.get('q') ?? '',
    types: listOf(params, 'type').filter((type): type is EntityType => (ENTITY_TYPES as readonly string[]).includes(type)),
    outlets: listOf(params, 'outlet'),
    collections: listOf(params, 'collection'),
    langs: listOf(params, 'lang'),
    entities: listOf(params, 'entity'),
    from: date('from'),
    to: date('to'),
    sort: params.get('sort') === null ? '' : oneOf<Sort | ''>(SORTS, params.get('sort'), ''),
    compare: listOf(params, 'compare').slice(0, MAX_SERIES - 1),
    interval: oneOf(INTERVALS, params.get('interval'), EMPTY_VIEW.interval),
    measure: oneOf(MEASURES, params.get('measure'), EMPTY_VIEW.measure),
    collapse: params.get('collapse') === 'cluster',
    page: pageOf(params),
  };
}

/** The filters as API query parameters (shared by /search, /export and /stats/timeline). */
export function filterParams(filters: Filters): URLSearchParams {
  const params = new URLSearchParams();
  for (const type of filters.types) params.append('type', type);
  for (const outlet of filters.outlets) params.append('outlet', outlet);
  for (const collection of filters.collections) params.append('collection', collection);
  for (const lang of filters.langs) params.append('lang', lang);
  for (const entity of filters.entities) params.append('entity', entity);
  if (filters.from) params.set('from', filters.from);
  if (filters.to) params.set('to', filters.to);
  return params;
}

/** The address-bar query string of a view; defaults are left out so URLs stay short. */
export function serializeView(view: View): string {
  const params = new URLSearchParams();
  if (view.q) params.set('q', view.q);
  for (const [key, value] of filterParams(view)) params.append(key, value);
  if (view.sort) params.set('sort', view.sort);
  for (const query of view.compare) params.append('compare', query);
  if (view.interval !== EMPTY_VIEW.interval) params.set('interval', view.interval);
  if (view.measure !== EMPTY_VIEW.measure) params.set('measure', view.measure);
  if (view.collapse) params.set('collapse', 'cluster');
  if (view.page.kind !== 'search') {
    params.set('page', view.page.kind);
    params.set('id', view.page.id);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Query parameters of GET /search for a view (without cursor). */
export function searchParams(view: View, limit: number): URLSearchParams {
  const params = filterParams(view);
  if (view.q) params.set('q', view.q);
  if (view.sort) params.set('sort', view.sort);
  if (view.collapse) params.set('collapse', 'cluster');
  params.set('limit', String(limit));
  return params;
}

/**
 * The queries the chart draws: the main one, then the compared ones. An empty main query is
 * "every article" on its own, and left out next to compared queries (the API ignores an empty q
 * among several, and its share would be 100 % throughout).
 */
export function chartQueries(view: View): string[] {
  const queries = view.q === '' && view.compare.length > 0 ? [...view.compare] : [view.q, ...view.compare];
  return queries.slice(0, MAX_SERIES);
}

/** Query parameters of GET /stats/timeline: one q per series, over the same filters. */
export function timelineParams(view: View, queries: readonly string[] = chartQueries(view)): URLSearchParams {
  const params = filterParams(view);
  for (const query of queries) params.append('q', query);
  params.set('interval', view.interval);
  return params;
}

/** Query parameters of GET /export for a view. */
export function exportParams(view: View, format: 'csv' | 'jsonl'): URLSearchParams {
  const params = filterParams(view);
  if (view.q) params.set('q', view.q);
  params.set('format', format);
  if (format === 'csv') params.set('bom', 'true');
  return params;
}

/** The dashboard-ready API request (path and query) behind what the view shows. */
export function apiRequestFor(view: View, limit: number): string {
  switch (view.page.kind) {
    case 'entity':
      return `/entities/${encodeURIComponent(view.page.id)}`;
    case 'article':
      return `/articles/${encodeURIComponent(view.page.id)}`;
    default:
      return `/search?${searchParams(view, limit).toString()}`;
  }
}

/** Adds a value to a list filter once. */
export function withValue(list: readonly string[], value: string): string[] {
  return list.includes(value) ? [...list] : [...list, value];
}

/** A date range from a brush selection in seconds since the epoch (UTC days, inclusive). */
export function dateRangeOf(fromSeconds: number, toSeconds: number): { from: string; to: string } {
  const day = (seconds: number) => new Date(seconds * 1000).toISOString().slice(0, 10);
  const [low, high] = fromSeconds <= toSeconds ? [fromSeconds, toSeconds] : [toSeconds, fromSeconds];
  return { from: day(low), to: day(high) };
}
