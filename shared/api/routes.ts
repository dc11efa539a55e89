import type { z } from 'zod';
import { entitiesParams, entityParams, exportParams, noParams, searchParams, sourceHealthParams, suggestParams, timelineParams, topEntitiesParams, topTermsParams } from './params.js';

/** Every route the API serves. The OpenAPI document is checked against this table by a test. */
export const ROUTES = [
  { name: 'search', path: '/search', params: searchParams },
  { name: 'export', path: '/export', params: exportParams },
  { name: 'getArticle', path: '/articles/{id}', params: noParams },
  { name: 'listEntities', path: '/entities', params: entitiesParams },
  { name: 'getEntity', path: '/entities/{id}', params: entityParams },
  { name: 'timeline', path: '/stats/timeline', params: timelineParams },
  { name: 'topEntities', path: '/stats/top-entities', params: topEntitiesParams },
  { name: 'topTerms', path: '/stats/top-terms', params: topTermsParams },
  { name: 'urlStates', path: '/stats/url-states', params: noParams },
  { name: 'openapi', path: '/openapi.json', params: noParams },
  { name: 'health', path: '/health', params: noParams },
  { name: 'suggest', path: '/suggest', params: suggestParams },
  { name: 'listSources', path: '/sources', params: noParams },
  { name: 'getRawArticle', path: '/articles/{id}/raw', params: noParams },
  // Saved searches (issue 14): the API's first writes; POST and DELETE need the write token locally.
  { name: 'listSavedSearches', path: '/saved-searches', params: noParams },
  { name: 'createSavedSearch', path: '/saved-searches', params: noParams, method: 'POST' },
  { name: 'getSavedSearch', path: '/saved-searches/{id}', params: noParams },
  { name: 'deleteSavedSearch', path: '/saved-searches/{id}', params: noParams, method: 'DELETE' },
  { name: 'savedSearchFeed', path: '/saved-searches/{id}/feed.atom', params: noParams },
  { name: 'getCluster', path: '/clusters/{id}', params: noParams },
  { name: 'sourceHealth', path: '/sources/health', params: sourceHealthParams },
] as const satisfies readonly { name: string; path: string; params: z.ZodType; method?: 'POST' | 'DELETE' }[];

export type Route = (typeof ROUTES)[number];
export type RouteMethod = 'GET' | 'POST' | 'DELETE';

/** GET (which also serves HEAD) unless the route says otherwise. */
export function methodOf(route: Route): RouteMethod {
  return 'method' in route ? route.method : 'GET';
}

export type RouteName = (typeof ROUTES)[number]['name'];

/** Query parameter names a route accepts (what its schema's object shape declares). */
export function parameterNames(params: z.ZodType): string[] {
  const shape = (params as unknown as { shape?: Record<string, unknown> }).shape;
  return shape ? Object.keys(shape) : [];
}

/** Path parameter names of a route pattern: "/entities/{id}" → ["id"]. */
export function pathParameterNames(path: string): string[] {
  return [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
}

export interface RouteMatch {
  readonly route: Route;
  readonly pathParams: Record<string, string>;
  /** Every method served at this path (for 405 answers). */
  readonly methods: readonly RouteMethod[];
}

function matchPath(path: string, segments: readonly string[]): Record<string, string> | null {
  const pattern = path.split('/').filter((s) => s !== '');
  if (pattern.length !== segments.length) return null;
  const pathParams: Record<string, string> = {};
  const matches = pattern.every((part, i) => {
    const segment = segments[i]!;
    const param = /^\{(\w+)\}$/.exec(part);
    if (param) {
      pathParams[param[1]!] = segment;
      return segment !== '';
    }
    return part === segment;
  });
  return matches ? pathParams : null;
}

/**
 * Finds the route for a decoded-segment path and method (HEAD and OPTIONS look for GET);
 * trailing slashes are ignored. A path served under other methods only still matches: the
 * route is then one of those, and the caller answers 405.
 */
export function matchRoute(segments: readonly string[], method = 'GET'): RouteMatch | null {
  const found = ROUTES.flatMap((route) => {
    const pathParams = matchPath(route.path, segments);
    return pathParams ? [{ route, pathParams }] : [];
  });
  const first = found[0];
  if (first === undefined) return null;
  const wanted = method === 'HEAD' || method === 'OPTIONS' ? 'GET' : method;
  const chosen = found.find((match) => methodOf(match.route) === wanted) ?? first;
  return { ...chosen, methods: found.map((match) => methodOf(match.route)) };
}
