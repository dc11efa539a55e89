import { quoteInput } from '../domain/settings.js';
import { NotFoundError, ValidationError } from '../domain/errors.js';
import type { ArticleRecord, EntityDetail, Source, UrlStatus } from '../domain/model.js';
import type { EntityNameForm } from '../domain/entity-names.js';
import { withEnglishName } from '../domain/english-entity-name.js';
import type { RawArchive } from '../ports/raw-archive.js';
import { asFacets, coMentionedEntities, entityNetwork, type EntityNetwork } from './entity-network.js';
import { rawPageResponse } from './raw-page.js';
import { listSources, matchingSources, type SourcesResponse, type SourceSummary } from './sources-listing.js';
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
import { entitiesParams, entityParams, exportParams, noParams, searchParams, sourceHealthParams, suggestParams, timelineParams, topEntitiesParams, topTermsParams, type RawQuery } from './params.js';
import { matchRoute, methodOf, type RouteMatch, type RouteName } from './routes.js';
import { createSavedSearchApi, feedPath, type SavedSearchApi } from './saved-searches.js';
import type { SavedSearchStore } from '../ports/saved-search-store.js';
import { bearerMatches, WWW_AUTHENTICATE } from './write-auth.js';
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
  /** Where /articles/{id}/raw reads archived pages; without it that route answers 404. */
  readonly raw?: RawArchive;
  /** The sources catalogue, for /sources and source suggestions (outlets of the index are listed either way). */
  readonly sources?: readonly Source[];
  /** How long the /sources counts are reused, in ms (suggestions read them on every keystroke). Default 60 s. */
  readonly sourcesTtlMs?: number;
  /** Saved searches and their feeds; without it those routes answer 404. */
  readonly savedSearches?: SavedSearchStore;
  /**
   * Bearer token every write (POST, DELETE) must carry: the local server's. Null or absent where
   * an authoriser in front of the API already guards every route (API Gateway with IAM or JWT).
   */
  readonly writeToken?: string | null;
  /** Tests and the local sample only: webhook receivers on these loopback ports. */
  readonly webhookLoopbackPorts?: readonly number[];
}

export interface SuggestResponse {
  readonly entities: readonly EntitySummary[];
  readonly sources: readonly SourceSummary[];
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
  /** Every form the entity appears under, per article language; its English name as `en`. */
  readonly names: readonly EntityNameForm[];
  readonly network: EntityNetwork;
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
  suggest(query: RawQuery): Promise<SuggestResponse>;
  listSources(): Promise<SourcesResponse>;
  /** The archived page of an article, sandboxed (see raw-page.ts). */
  rawArticle(id: string): Promise<ApiResponse>;
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
  const savedSearchApi: SavedSearchApi | null = deps.savedSearches
    ? createSavedSearchApi({ store: deps.savedSearches, ...(deps.webhookLoopbackPorts ? { webhookLoopbackPorts: deps.webhookLoopbackPorts } : {}) })
    : null;
  const onError = deps.onError ?? ((error: unknown) => console.error('api: unexpected error', error));
  const maxConcurrentExports = deps.maxConcurrentExports ?? 2;
  let runningExports = 0;
  let openApi: Promise<Record<string, unknown>> | undefined;
  const sourcesTtlMs = deps.sourcesTtlMs ?? 60_000;
  let sourcesCache: { at: number; listing: Promise<SourcesResponse> } | undefined;

  function sourceListing(): Promise<SourcesResponse> {
    const now = Date.now();
    if (!sourcesCache || now - sourcesCache.at > sourcesTtlMs) {
      const listing = listSources(deps.sources ?? [], index);
      // A failed count is not kept: the next request tries again.
      listing.catch(() => {
        if (sourcesCache?.listing === listing) sourcesCache = undefined;
      });
      sourcesCache = { at: now, listing };
    }
    return sourcesCache.listing;
  }

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
      // One faceted search serves both the co-mentioned list and the network's nodes.
      const [neighbours, forms] = await Promise.all([coMentionedEntities(index, detail, Math.max(p.related, p.nodes - 1)), store.entityNameForms(detail.id)]);
      return {
        ...detail,
        names: withEnglishName(detail, forms),
        network: await entityNetwork(index, detail, neighbours, p.nodes),
        roles: [...detail.roles].sort((a, b) => (a.publishedAt ?? '9999').localeCompare(b.publishedAt ?? '9999')),
        coMentioned: asFacets(neighbours.slice(0, p.related)),
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

    async suggest(query) {
      const p = suggestParams.parse(query);
      const [entities, listing] = await Promise.all([store.suggestEntities({ prefix: p.q, limit: p.limit }), sourceListing()]);
      return { entities, sources: matchingSources(listing.sources, p.q, p.limit) };
    },

    listSources: () => sourceListing(),
    rawArticle: (id) => rawPageResponse(store, deps.raw, id),

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
    const match = matchRoute(pathSegments(request.path), method);
    if (!match) return response(404, { error: { code: 'not_found', message: `No route for ${request.path}` } });
    if (method === 'OPTIONS') return response(204, null, PREFLIGHT_HEADERS);
    const routeMethod = methodOf(match.route);
    const served = routeMethod === 'GET' ? method === 'GET' || method === 'HEAD' : method === routeMethod;
    if (!served) {
      const allow = [...new Set(match.methods.flatMap((m) => (m === 'GET' ? ['GET', 'HEAD'] : [m]))), 'OPTIONS'];
      const use = match.methods.join(' or ');
      return response(405, { error: { code: 'method_not_allowed', message: `${method} is not allowed; use ${use}` } }, { allow: allow.join(', ') });
    }
    if (routeMethod !== 'GET') return write(match, request);
    if (match.route.name === 'export') return api.export(request.query, { head: method === 'HEAD' });
    if (match.route.name === 'getRawArticle') {
      noParams.parse(request.query);
      return api.rawArticle(match.pathParams.id ?? '');
    }
    if (match.route.name === 'savedSearchFeed') return feed(match, request);
    const body = await run(match.route.name, match.pathParams, request.query);
    // no-cache: keep the body but ask each time; the ETag makes an unchanged answer a 304.
    return response(200, body, { 'cache-control': match.route.name === 'openapi' ? 'public, max-age=300' : 'no-cache' });
  }

  function savedSearchesOrThrow(): SavedSearchApi {
    if (!savedSearchApi) throw new NotFoundError('Saved searches are not available from this deployment');
    return savedSearchApi;
  }

  /** POST and DELETE: the bearer token first (where one is set), then the operation. */
  async function write(match: RouteMatch, request: ApiRequest): Promise<ApiResponse> {
    const token = deps.writeToken ?? null;
    if (token !== null && !bearerMatches(request.headers?.['authorization'], token)) {
      return response(401, { error: { code: 'unauthorized', message: 'Writes need the bearer token printed by `culture-index serve` (Authorization: Bearer <token>).' } }, { 'www-authenticate': WWW_AUTHENTICATE });
    }
    noParams.parse(request.query);
    const saved = savedSearchesOrThrow();
    if (match.route.name === 'createSavedSearch') {
      const created = await saved.create(request.body);
      return response(201, created, { location: `/saved-searches/${encodeURIComponent(created.id)}`, 'cache-control': 'no-store' });
    }
    await saved.remove(match.pathParams.id ?? '');
    return response(204, null, { 'cache-control': 'no-store' });
  }

  /** The Atom feed: XML, so it goes out as a one-chunk stream rather than a JSON body. */
  async function feed(match: RouteMatch, request: ApiRequest): Promise<ApiResponse> {
    noParams.parse(request.query);
    const id = match.pathParams.id ?? '';
    const host = request.headers?.['host'] ?? 'localhost';
    const scheme = request.headers?.['x-forwarded-proto'] ?? (host.startsWith('127.0.0.1') || host.startsWith('localhost') ? 'http' : 'https');
    const xml = await savedSearchesOrThrow().feed(id, `${scheme}://${host}${feedPath(id)}`);
    const headers = { 'content-type': 'application/atom+xml; charset=utf-8', 'cache-control': 'no-cache' };
    if (request.method.toUpperCase() === 'HEAD') return response(200, null, headers);
    return { ...response(200, null, headers), stream: (async function* () { yield xml; })() };
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
      case 'getRawArticle':
        throw new Error(`${name} is dispatched before run()`);
      case 'suggest':
        return api.suggest(query);
      case 'listSources':
        noParams.parse(query);
        return api.listSources();
      case 'urlStates':
        noParams.parse(query);
        return api.urlStateCounts();
      case 'openapi':
        noParams.parse(query);
        return api.openapi();
      case 'health':
        noParams.parse(query);
        return api.health();
      case 'listSavedSearches':
        noParams.parse(query);
        return savedSearchesOrThrow().list();
      case 'getSavedSearch':
        noParams.parse(query);
        return savedSearchesOrThrow().get(pathParams.id ?? '');
      case 'createSavedSearch':
      case 'deleteSavedSearch':
      case 'savedSearchFeed':
        throw new Error(`${name} is dispatched before run()`);
      case 'getCluster':
        noParams.parse(query);
        return api.getCluster(pathParams.id ?? '');
      case 'sourceHealth':
        return api.sourceHealth(query);
    }
  }

  return api;
}
