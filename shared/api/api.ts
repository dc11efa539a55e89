import { quoteInput } from '../domain/settings.js';
import { NotFoundError, ValidationError } from '../domain/errors.js';
import type { ArticleRecord, EntityDetail, UrlStatus } from '../domain/model.js';
import type { ArticleStore, Page } from '../ports/article-store.js';
import type { EntitySummary } from '../domain/model.js';
import type { FacetCount, SearchFilters, SearchIndex, SearchResult, TimelineBucket } from '../ports/search-index.js';
import type { UrlStateStore } from '../ports/url-state-store.js';
import { mapError } from './errors.js';
import type { ApiRequest, ApiResponse } from './http-types.js';
import { openApiDocument } from './openapi.js';
import { entitiesParams, entityParams, noParams, searchParams, timelineParams, topEntitiesParams, type RawQuery } from './params.js';
import { matchRoute, type RouteName } from './routes.js';
import { fillTimelineGaps } from './timeline-gaps.js';

export interface ApiDependencies {
  readonly store: ArticleStore;
  readonly index: SearchIndex;
  readonly urlStates?: UrlStateStore;
  /** Called with unexpected (500) errors; defaults to one console.error line. */
  readonly onError?: (error: unknown, request: ApiRequest) => void;
}

/** How the API resolved each `entity` parameter (a name or an id) before filtering. */
export interface ResolvedEntity {
  readonly input: string;
  readonly id: string;
  /** Null when nothing of that name exists and the input was used as an id. */
  readonly name: string | null;
}

export interface SearchResponse extends SearchResult {
  readonly entities: readonly ResolvedEntity[];
}

export interface EntityResponse extends EntityDetail {
  /** Entities most often mentioned in the same articles, the entity itself excluded. */
  readonly coMentioned: readonly FacetCount[];
}

export interface Api {
  handle(request: ApiRequest): Promise<ApiResponse>;
  search(query: RawQuery): Promise<SearchResponse>;
  getArticle(id: string): Promise<ArticleRecord>;
  listEntities(query: RawQuery): Promise<Page<EntitySummary>>;
  getEntity(idOrName: string, query?: RawQuery): Promise<EntityResponse>;
  timeline(query: RawQuery): Promise<{ interval: string; buckets: TimelineBucket[] }>;
  topEntities(query: RawQuery): Promise<{ entities: FacetCount[] }>;
  urlStateCounts(): Promise<{ counts: Record<UrlStatus, number> }>;
  openapi(): Record<string, unknown>;
  health(): { status: 'ok' };
}

const FACET_SIZE = 10;
const BASE_HEADERS: Readonly<Record<string, string>> = {
  'content-type': 'application/json; charset=utf-8',
  'access-control-allow-origin': '*',
  'x-content-type-options': 'nosniff',
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

  /** Entity parameters may be names ("Leyla Rəhimova") or ids; names are looked up in the store. */
  async function resolveEntities(inputs: readonly string[]): Promise<ResolvedEntity[]> {
    return Promise.all(
      inputs.map(async (input) => {
        const found = await store.findEntityByName(input);
        return found ? { input, id: found.id, name: found.name } : { input, id: input, name: null };
      }),
    );
  }

  async function filtersFrom(p: { entity?: string[] | undefined; type?: SearchFilters['entityTypes'] | string | undefined; outlet?: string[] | undefined; lang?: string[] | undefined; from?: string | undefined; to?: string | undefined }, withTypes: boolean) {
    const resolved = await resolveEntities(p.entity ?? []);
    const filters: SearchFilters = {
      ...(resolved.length > 0 ? { entities: resolved.map((e) => e.id) } : {}),
      ...(withTypes && Array.isArray(p.type) ? { entityTypes: p.type } : {}),
      ...(p.outlet ? { outlets: p.outlet } : {}),
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
      const result = await index.search({ text: p.q, filters, limit: p.limit, cursor: p.cursor ?? null, facetSize: p.facets ? FACET_SIZE : 0 });
      return { ...result, entities: resolved };
    },

    async getArticle(id) {
      const record = await store.getArticle(id);
      if (!record) throw new NotFoundError(`No article with id ${quoteInput(id)}`);
      return record;
    },

    async listEntities(query) {
      const p = entitiesParams.parse(query);
      return store.listEntities({
        limit: p.limit,
        cursor: p.cursor ?? null,
        ...(p.type ? { type: p.type } : {}),
        ...(p.q ? { nameContains: p.q } : {}),
      });
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
      return { interval: p.interval, buckets: fillTimelineGaps(await index.timeline({ text: p.q, filters, interval: p.interval }), p.interval) };
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

    openapi: () => openApiDocument,
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

  async function entityByName(name: string): Promise<EntityDetail | null> {
    const found = await store.findEntityByName(name);
    return found ? store.getEntity(found.id) : null;
  }

  async function dispatch(request: ApiRequest): Promise<ApiResponse> {
    const method = request.method.toUpperCase();
    const match = matchRoute(pathSegments(request.path));
    if (!match) return response(404, { error: { code: 'not_found', message: `No route for ${request.path}` } });
    if (method === 'OPTIONS') {
      return response(204, null, { 'access-control-allow-methods': 'GET, HEAD, OPTIONS', 'access-control-allow-headers': 'content-type', 'access-control-max-age': '86400' });
    }
    if (method !== 'GET' && method !== 'HEAD') {
      return response(405, { error: { code: 'method_not_allowed', message: `${method} is not allowed; use GET` } }, { allow: 'GET, HEAD, OPTIONS' });
    }
    const body = await run(match.route.name, match.pathParams, request.query);
    return response(200, body, match.route.name === 'openapi' || match.route.name === 'health' ? {} : { 'cache-control': 'no-store' });
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
      case 'urlStates':
        noParams.parse(query);
        return api.urlStateCounts();
      case 'openapi':
        noParams.parse(query);
        return api.openapi();
      case 'health':
        noParams.parse(query);
        return api.health();
    }
  }

  return api;
}
