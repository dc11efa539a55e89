/**
 * The API client: openapi-fetch over the types generated from the API's OpenAPI document
 * (generated/api.d.ts, written by scripts/build-web.mjs), so a renamed parameter or field is a
 * type error here. Requests go through web/auth.js when it is loaded (on AWS it signs the analyst
 * in and adds the token, and knows where the API is); a non-empty <meta name="culture-index-api">
 * points the page at another API origin.
 */
import createClient from 'openapi-fetch';
import type { components, paths } from '../generated/api.js';

export type Schemas = components['schemas'];
export type SearchResponse = Schemas['SearchResponse'];
export type SearchHit = Schemas['SearchHit'];
export type Facets = Schemas['Facets'];
export type FacetCount = Schemas['FacetCount'];
export type TimelineResponse = Schemas['TimelineResponse'];
export type ArticleRecord = Schemas['ArticleRecord'];
export type EntitySummary = Schemas['EntitySummary'];
export type ApiErrorBody = Schemas['Error'];

declare global {
  interface Window {
    cultureIndexAuth?: {
      fetch(path: string, init?: RequestInit): Promise<Response>;
      deployment?(): Promise<{ apiBase: string; authRequired: boolean }>;
    };
  }
}

const metaBase = (document.querySelector('meta[name="culture-index-api"]')?.getAttribute('content') ?? '').replace(/\/$/, '');

/** Where the API is under this page (config.json's apiBase on AWS, e.g. "/api") and whether it needs a token. */
let deployment = { apiBase: '', authRequired: false };

/** Reads the deployment from web/auth.js (its config.json); locally there is none and nothing changes. */
export async function loadDeployment(): Promise<void> {
  const found = await window.cultureIndexAuth?.deployment?.().catch(() => null);
  if (found) deployment = found;
}

/** Whether API requests need the signed-in analyst's token (plain links to the API would not carry it). */
export function authRequired(): boolean {
  return metaBase === '' && deployment.authRequired;
}

/** Origin and prefix of the API as the browser reaches it, for links and "copy as API request". */
export function apiBase(): string {
  return metaBase || `${location.origin}${deployment.apiBase}`;
}

/** Sends an API request; `path` is the API path with its query ("/search?q=…"). */
export function rawFetch(path: string, init: RequestInit = {}): Promise<Response> {
  const auth = window.cultureIndexAuth;
  if (metaBase === '' && auth) return auth.fetch(path, init);
  return fetch(`${apiBase()}${path}`, init);
}

/** An API answer other than 2xx, with the API's message (and the query-syntax position/hint). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly hint?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** The message an error body carries: field issues first, then the message and a syntax hint. */
export function apiErrorOf(status: number, body: unknown): ApiError {
  const error = (body as Partial<ApiErrorBody> | null)?.error;
  if (!error) return new ApiError(status, `The API answered HTTP ${status}`);
  const issues = error.issues?.length ? error.issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ') : '';
  const where = error.position !== undefined ? ` (at character ${error.position + 1})` : '';
  return new ApiError(status, (issues || error.message) + where, error.hint);
}

export const client = createClient<paths>({
  baseUrl: 'http://api.invalid',
  // openapi-fetch builds a Request against baseUrl; the path and query are what the API needs.
  fetch: async (request: Request) => {
    const url = new URL(request.url);
    return rawFetch(`${url.pathname}${url.search}`, { headers: request.headers, signal: request.signal });
  },
  querySerializer: { array: { style: 'form', explode: true } },
});

/** Unwraps an openapi-fetch result: the data, or an ApiError. */
export function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.data !== undefined && result.response.ok) return result.data;
  throw apiErrorOf(result.response.status, result.error ?? null);
}

/**
 * GET of a route that may not exist on this API yet (added by other parts of the project): the
 * JSON body, or null when the route answers 404 or 405 — the page then does without it.
 */
export async function getOptional<T>(path: string, signal?: AbortSignal): Promise<T | null> {
  const response = await rawFetch(path, { headers: { accept: 'application/json' }, ...(signal ? { signal } : {}) });
  if (response.status === 404 || response.status === 405) return null;
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) throw apiErrorOf(response.status, body);
  return body as T;
}
