import type { z } from 'zod';
import { entitiesParams, entityParams, exportParams, noParams, searchParams, sourceHealthParams, timelineParams, topEntitiesParams, topTermsParams } from './params.js';

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
  { name: 'getCluster', path: '/clusters/{id}', params: noParams },
  { name: 'sourceHealth', path: '/sources/health', params: sourceHealthParams },
] as const satisfies readonly { name: string; path: string; params: z.ZodType }[];

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
  readonly route: (typeof ROUTES)[number];
  readonly pathParams: Record<string, string>;
}

/** Finds the route for a decoded-segment path; trailing slashes are ignored. */
export function matchRoute(segments: readonly string[]): RouteMatch | null {
  for (const route of ROUTES) {
    const pattern = route.path.split('/').filter((s) => s !== '');
    if (pattern.length !== segments.length) continue;
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
    if (matches) return { route, pathParams };
  }
  return null;
}
