import { quoteInput } from '../domain/settings.js';
import { NotFoundError, ValidationError } from '../domain/errors.js';
import type { ArticleRecord, EntityDetail, UrlStatus } from '../domain/model.js';
import type { ArticleStore, EntityPage } from '../ports/article-store.js';
import { bindCursor, unbindCursor } from './bound-cursor.js';
import type { EntitySummary } from '../domain/model.js';
import { rankSignificantTerms, type SignificantTerm } from '../domain/significance.js';
import type { FacetCount, SearchFilters, SearchIndex, SearchResult } from '../ports/search-index.js';
import type { UrlStateStore } from '../ports/url-state-store.js';
import type { Cluster, ClusterStore } from '../ports/cluster-store.js';
import type { SourceHealthLog } from '../ports/source-health.js';
import { summariseHealth, windowStart, type SourceHealthSummary } from '../domain/source-health.js';
import { CORS_ALLOWED_HEADERS, CORS_ALLOWED_METHODS, CORS_EXPOSED_HEADERS, CORS_MAX_AGE_SECONDS } from './cors.js';
import { attentionSeries, universeOf, type AttentionBucket, type AttentionSeries } from './attention.js';
import { mapError } from './errors.js';
import { EXPORT_CONTENT_TYPES, exportChunks } from './export-format.js';
import type { ApiRequest, ApiResponse } from './http-types.js';
import { entitiesParams, entityParams, exportParams, noParams, searchParams, sourceHealthParams, timelineParams, topEntitiesParams, topTermsParams, type RawQuery } from './params.js';
import { matchRoute, type RouteName } from './routes.js';
import { releasingOnEnd } from './streams.js';

export interface ApiDependencies {
  readonly store: ArticleStore;
  readonly index: SearchIndex;
  readonly urlStates?: UrlStateStore;
  /** Syndication clusters: hits carry theirs, /clusters/{id} reads one. */
  readonly clusters?: Pick<ClusterStore, 'getCluster' | 'clustersOf'>;
  /** Per-source daily tallies for /sources/health. */
  readonly sourceHealth?: Pick<SourceHealthLog, 'daily'>;
  /** Today, for /sources/health windows (tests fix it). */
  readonly now?: () => Date;
  /** Called with unexpected (500) errors; defaults to one console.error line. */
  readonly onError?: (error: unknown, request: ApiRequest) => void;
  /** Exports running at once; one more gets 429 with Retry-After. Default 2. */
  readonly maxConcurrentExports?: number;
}

export interface TimelineResponse {
  readonly interval: string;
  /** The first series' buckets, for clients that ask one query. */
  readonly buckets: readonly AttentionBucket[];
  readonly series: readonly AttentionSeries[];
}

export interface TopTermsResponse {
  readonly sampled: number;
  readonly total: number;
  readonly terms: readonly SignificantTerm[];
  readonly entities: readonly FacetCount[];
}

/** How the API resolved each `entity` parameter (a name or an id) before filtering. */
export interface ResolvedEntity {
  readonly input: string;
  readonly id: string;
  /** Null when nothing of that name exists and the input was used as an id. */
  readonly name: string | null;
}

export interface SearchResponse extends Omit<SearchResult, 'hits'> {
  readonly hits: readonly (SearchResult['hits'][number] & { readonly cluster?: Cluster })[];
  readonly entities: readonly ResolvedEntity[];
}

export interface SourceHealthResponse {
  readonly since: string;
  readonly quietDays: number;
  readonly sources: readonly SourceHealthSummary[];
}

export interface EntityResponse extends EntityDetail {
  /** Entities most often mentioned in the same articles, the entity itself excluded. */
  readonly coMentioned: readonly FacetCount[];
}

export interface Api {
  handle(request: ApiRequest): Promise<ApiResponse>;
  search(query: RawQuery): Promise<SearchResponse>;
  getArticle(id: string): Promise<ArticleRecord>;
  listEntities(query: RawQuery): Promise<EntityPage>;
  getEntity(idOrName: string, query?: RawQuery): Promise<EntityResponse>;
  timeline(query: RawQuery): Promise<TimelineResponse>;
  topEntities(query: RawQuery): Promise<{ entities: FacetCount[] }>;
  topTerms(query: RawQuery): Promise<TopTermsResponse>;
  /** A streamed CSV or JSONL response of every matching article up to the cap (see EXPORT_CAP). */
  export(query: RawQuery, options?: { head?: boolean }): Promise<ApiResponse>;
  urlStateCounts(): Promise<{ counts: Record<UrlStatus, number> }>;
  getCluster(id: string): Promise<Cluster>;
  sourceHealth(query: RawQuery): Promise<SourceHealthResponse>;
  /** Generated on first use: the generator is loaded only by the process that serves the document. */
  openapi(): Promise<Record<string, unknown>>;
  health(): { status: 'ok' };
}

const FACET_SIZE = 10;
/** Significant words are counted in this many best-ranked matching articles. */
const TERM_SAMPLE_SIZE = 200;
/** Rows an export reads and writes at a time. */
const EXPORT_BATCH = 500;
/** Seconds a client told "too many exports" should wait. */
const EXPORT_RETRY_AFTER = '10';

const BASE_HEADERS: Readonly<Record<string, string>> = {
  'content-type': 'application/json; charset=utf-8',
  'access-control-allow-origin': '*',
  'access-control-expose-headers': CORS_EXPOSED_HEADERS.join(', '),
  'x-content-type-options': 'nosniff',
};

/** What a CORS preflight allows: the methods served and the headers dashboards send. */
export const PREFLIGHT_HEADERS: Readonly<Record<string, string>> = {
  'access-control-allow-methods': CORS_ALLOWED_METHODS.join(', '),
  'access-control-allow-headers': CORS_ALLOWED_HEADERS.join(', '),
  'access-control-max-age': String(CORS_MAX_AGE_SECONDS),
};

function response(status: number, body: unknown, extra: Record<string, string> = {}): ApiResponse {
  return { status, headers: { ...BASE_HEADERS, ...extra }, body };
}

/** Splits a path into percent-decoded segments; a malformed escape is a bad request. */
function pathSegments(path: string): string[] {
  return path
    .split('/')
    .filter((s) => s !== '')
    .map((segment) => {
      try {
        return decodeURIComponent(segment);
      } catch {
        throw new ValidationError('Malformed path', [{ path: 'path', message: 'invalid percent-encoding' }]);
      }
    });
}

export function createApi(deps: ApiDependencies): Api {
  const { store, index, urlStates } = deps;
  const onError = deps.onError ?? ((error: unknown) => console.error('api: unexpected error', error));
  const maxConcurrentExports = deps.maxConcurrentExports ?? 2;
  let runningExports = 0;
  let openApi: Promise<Record<string, unknown>> | undefined;

  /** Entity parameters may be names ("Leyla Rəhimova") or ids; names are looked up in the store. */
  async function resolveEntities(inputs: readonly string[]): Promise<ResolvedEntity[]> {
    return Promise.all(
      inputs.map(async (input) => {
        const found = await store.findEntityByName(input);
        return found ? { input, id: found.id, name: found.name } : { input, id: input, name: null };
      }),
    );
  }

  async function filtersFrom(p: { entity?: string[] | undefined; type?: SearchFilters['entityTypes'] | string | undefined; outlet?: string[] | undefined; collection?: string[] | undefined; lang?: string[] | undefined; from?: string | undefined; to?: string | undefined }, withTypes: boolean) {
    const resolved = await resolveEntities(p.entity ?? []);
    const filters: SearchFilters = {
      ...(resolved.length > 0 ? { entities: resolved.map((e) => e.id) } : {}),
      ...(withTypes && Array.isArray(p.type) ? { entityTypes: p.type } : {}),
      ...(p.outlet ? { outlets: p.outlet } : {}),
      ...(p.collection ? { collections: p.collection } : {}),
      ...(p.lang ? { languages: p.lang } : {}),
      ...(p.from !== undefined ? { from: p.from } : {}),
      ...(p.to !== undefined ? { to: p.to } : {}),
    };
    return { filters, resolved };
  }

  const api: Api = {
    async search(query) {
      const p = searchParams.parse(query);
      const { filters, resolved } = await filtersFrom(p, true);
      const result = await index.search({
        text: p.q,
        filters,
        limit: p.limit,
        cursor: p.cursor ?? null,
        facetSize: p.facets ? FACET_SIZE : 0,
        ...(p.sort ? { sort: p.sort } : {}),
        ...(p.collapse ? { collapse: p.collapse } : {}),
      });
      return { ...result, hits: await withClusters(result.hits), entities: resolved };
    },

    async getCluster(id) {
      const cluster = deps.clusters ? await deps.clusters.getCluster(id) : null;
      if (!cluster) throw new NotFoundError(`No cluster with id ${quoteInput(id)}`);
      return cluster;
    },

    async sourceHealth(query) {
      const p = sourceHealthParams.parse(query);
      if (!deps.sourceHealth) throw new NotFoundError('Source health is not available from this deployment');
      const now = (deps.now ?? (() => new Date()))();
      const since = windowStart(p.days, now);
      return { since, quietDays: p.quiet, sources: summariseHealth(await deps.sourceHealth.daily(since), p.quiet, now) };
    },

    async getArticle(id) {
      const record = await store.getArticle(id);
      if (!record) throw new NotFoundError(`No article with id ${quoteInput(id)}`);
      return record;
    },

    async listEntities(query) {
      const p = entitiesParams.parse(query);
      // The store's cursor is wrapped with the query it belongs to, so another query's is refused.
      const binding = { type: p.type ?? null, q: p.q ?? null };
      const page = await store.listEntities({
        limit: p.limit,
        cursor: unbindCursor(p.cursor, binding),
        ...(p.type ? { type: p.type } : {}),
        ...(p.q ? { nameContains: p.q } : {}),
      });
      return { ...page, nextCursor: page.nextCursor === null ? null : bindCursor(page.nextCursor, binding) };
    },

    async getEntity(idOrName, query = {}) {
      const p = entityParams.parse(query);
      const detail = (await store.getEntity(idOrName)) ?? (await entityByName(idOrName));
      if (!detail) throw new NotFoundError(`No entity with id or name ${quoteInput(idOrName)}`);
      const related = p.related === 0 ? [] : await index.topEntities({ text: '', filters: { entities: [detail.id] }, size: p.related + 1 });
      return {
        ...detail,
        roles: [...detail.roles].sort((a, b) => (a.publishedAt ?? '9999').localeCompare(b.publishedAt ?? '9999')),
        coMentioned: related.filter((f) => f.value !== detail.id).slice(0, p.related),
      };
    },

    async timeline(query) {
      const p = timelineParams.parse(query);
      const { filters } = await filtersFrom(p, true);
      const queries = p.q ?? [''];
      const [universe, ...counted] = await Promise.all([
        index.timeline({ text: '', filters: universeOf(filters), interval: p.interval }),
        ...queries.map((text) => index.timeline({ text, filters, interval: p.interval })),
      ]);
      const series = attentionSeries(queries.map((q, i) => ({ q, buckets: counted[i] ?? [] })), universe ?? [], p.interval);
      return { interval: p.interval, buckets: series[0]?.buckets ?? [], series };
    },

    async topTerms(query) {
      const p = topTermsParams.parse(query);
      const { filters } = await filtersFrom(p, true);
      const [counts, entities] = await Promise.all([
        index.termCounts({ text: p.q, filters, sampleSize: TERM_SAMPLE_SIZE, minDocCount: 1, candidates: Math.max(p.size * 5, 100) }),
        index.topEntities({ text: p.q, filters, size: p.size }),
      ]);
      // In a handful of articles one mention is evidence; in more, a word must recur to count.
      const minDocCount = counts.sampled >= 10 ? 2 : 1;
      return { sampled: counts.sampled, total: counts.total, terms: rankSignificantTerms(counts, p.size, minDocCount), entities };
    },

    async export(query, options = {}) {
      const p = exportParams.parse(query);
      const { filters } = await filtersFrom(p, true);
      if (runningExports >= maxConcurrentExports) {
        return response(429, { error: { code: 'too_many_requests', message: `At most ${maxConcurrentExports} exports run at once; retry shortly.` } }, { 'retry-after': EXPORT_RETRY_AFTER });
      }
      const { total } = await index.search({ text: p.q, filters, limit: 1, cursor: null, facetSize: 0 });
      const rows = Math.min(total, p.limit);
      const headers = {
        'content-type': EXPORT_CONTENT_TYPES[p.format],
        'content-disposition': `attachment; filename="culture-index-export.${p.format}"`,
        'cache-control': 'no-store',
        'x-total-count': String(total),
        'x-export-rows': String(rows),
        ...(rows < total ? { 'x-export-truncated': 'true' } : {}),
      };
      if (options.head) return response(200, null, headers);
      runningExports += 1;
      const batches = index.exportRows({ text: p.q, filters, max: p.limit, batchSize: EXPORT_BATCH });
      const stream = releasingOnEnd(exportChunks(batches, p.format, p.bom), () => {
        runningExports -= 1;
      });
      return { ...response(200, null, headers), stream };
    },

    async topEntities(query) {
      const p = topEntitiesParams.parse(query);
      const { filters } = await filtersFrom(p, false);
      return { entities: await index.topEntities({ text: p.q, filters, size: p.size, ...(p.type ? { type: p.type } : {}) }) };
    },

    async urlStateCounts() {
      if (!urlStates) throw new NotFoundError('URL states are not available from this deployment');
      return { counts: await urlStates.countUrlStates() };
    },

    openapi: () => (openApi ??= import('./openapi.js').then((module) => module.openApiDocument)),
    health: () => ({ status: 'ok' }),

    async handle(request) {
      try {
        return await dispatch(request);
      } catch (error) {
        const mapped = mapError(error);
        if (mapped.unexpected) onError(error, request);
        return response(mapped.status, mapped.body, mapped.status === 503 ? { 'retry-after': '5' } : {});
      }
    },
  };

  /** Hits with their syndication cluster, where the deployment keeps clusters and the hit has copies. */
  async function withClusters(hits: SearchResult['hits']): Promise<SearchResponse['hits']> {
    if (!deps.clusters || hits.length === 0) return hits;
    const clusters = await deps.clusters.clustersOf(hits.map((hit) => hit.id));
    return hits.map((hit) => {
      const cluster = clusters.get(hit.id);
      return cluster ? { ...hit, cluster } : hit;
    });
  }

  async function entityByName(name: string): Promise<EntityDetail | null> {
    const found = await store.findEntityByName(name);
    return found ? store.getEntity(found.id) : null;
  }

  async function dispatch(request: ApiRequest): Promise<ApiResponse> {
    const method = request.method.toUpperCase();
    const match = matchRoute(pathSegments(request.path));
    if (!match) return response(404, { error: { code: 'not_found', message: `No route for ${request.path}` } });
    if (method === 'OPTIONS') return response(204, null, PREFLIGHT_HEADERS);
    if (method !== 'GET' && method !== 'HEAD') {
      return response(405, { error: { code: 'method_not_allowed', message: `${method} is not allowed; use GET` } }, { allow: 'GET, HEAD, OPTIONS' });
    }
    if (match.route.name === 'export') return api.export(request.query, { head: method === 'HEAD' });
    const body = await run(match.route.name, match.pathParams, request.query);
    // no-cache: keep the body but ask each time; the ETag makes an unchanged answer a 304.
    return response(200, body, { 'cache-control': match.route.name === 'openapi' ? 'public, max-age=300' : 'no-cache' });
  }

  async function run(name: RouteName, pathParams: Record<string, string>, query: RawQuery): Promise<unknown> {
    switch (name) {
      case 'search':
        return api.search(query);
      case 'getArticle':
        noParams.parse(query);
        return api.getArticle(pathParams.id ?? '');
      case 'listEntities':
        return api.listEntities(query);
      case 'getEntity':
        return api.getEntity(pathParams.id ?? '', query);
      case 'timeline':
        return api.timeline(query);
      case 'topEntities':
        return api.topEntities(query);
      case 'topTerms':
        return api.topTerms(query);
      case 'export':
        throw new Error('export is dispatched before run()');
      case 'urlStates':
        noParams.parse(query);
        return api.urlStateCounts();
      case 'openapi':
        noParams.parse(query);
        return api.openapi();
      case 'health':
        noParams.parse(query);
        return api.health();
      case 'getCluster':
        noParams.parse(query);
        return api.getCluster(pathParams.id ?? '');
      case 'sourceHealth':
        return api.sourceHealth(query);
    }
  }

  return api;
}
