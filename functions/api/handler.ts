/**
 * api: API Gateway HTTP API (payload 2.0) → shared/api → JSON response. The API itself is
 * plain functions shared with the local server; this only translates the event shapes.
 */
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { createApi, type Api } from '../../shared/api/api.js';
import { encodeResponse } from '../../shared/api/http-encode.js';
import type { ApiRequest, ApiResponse } from '../../shared/api/http-types.js';
import { defaultDeps, type Deps } from '../config.js';
import { searchIndexOf } from '../search-index.js';
import { sourcesOf } from '../sources.js';

/**
 * Repeated parameters (`entity=a&entity=b`) become arrays. The raw query string is used because
 * API Gateway joins repeats in `queryStringParameters` with commas, which names may contain.
 */
export function toApiRequest(event: APIGatewayProxyEventV2): ApiRequest {
  const query: Record<string, string | string[]> = {};
  for (const [key, value] of new URLSearchParams(event.rawQueryString ?? '')) {
    const seen = query[key];
    if (seen === undefined) query[key] = value;
    else query[key] = Array.isArray(seen) ? [...seen, value] : [seen, value];
  }
  const headers = event.headers && Object.keys(event.headers).length > 0 ? { headers: lowerCased(event.headers) } : {};
  const body = event.body === undefined ? {} : { body: event.isBase64Encoded ? Buffer.from(event.body, 'base64').toString('utf8') : event.body };
  return { method: event.requestContext.http.method, path: event.rawPath || '/', query, ...headers, ...body };
}

function lowerCased(headers: Record<string, string | undefined>): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));
}

/**
 * A Lambda behind an HTTP API returns its whole body at once, at most 6 MB: streamed exports are
 * collected up to this many bytes, and a larger one is refused with 413 and the way round it.
 */
export const LAMBDA_EXPORT_MAX_BYTES = 5_000_000;

/** Collects a streamed response; null when it exceeds the limit (the stream is closed early). */
export async function collectStream(response: ApiResponse, maxBytes: number): Promise<ApiResponse | null> {
  if (response.stream === undefined) return response;
  const chunks: Buffer[] = [];
  let bytes = 0;
  for await (const chunk of response.stream) {
    const buffer = Buffer.from(chunk);
    bytes += buffer.length;
    if (bytes > maxBytes) return null;
    chunks.push(buffer);
  }
  return { status: response.status, headers: response.headers, body: Buffer.concat(chunks).toString('utf8') };
}

function tooLarge(response: ApiResponse): ApiResponse {
  return {
    status: 413,
    headers: { 'content-type': 'application/json; charset=utf-8', 'access-control-allow-origin': response.headers['access-control-allow-origin'] ?? '*' },
    body: { error: { code: 'too_large', message: `This export is larger than ${LAMBDA_EXPORT_MAX_BYTES} bytes, the most this deployment returns at once; narrow the query or lower limit.` } },
  };
}

/** Status, headers and body as API Gateway wants them: binary (compressed) bodies in base64. */
export function toProxyResult(response: ApiResponse, request: Pick<ApiRequest, 'method' | 'headers'> | string): APIGatewayProxyStructuredResultV2 {
  const { method, headers } = typeof request === 'string' ? { method: request, headers: undefined } : request;
  if (typeof response.body === 'string') {
    // A collected export: already text in its own content type.
    const body = method.toUpperCase() === 'HEAD' ? '' : response.body;
    return { statusCode: response.status, headers: response.headers, body, isBase64Encoded: false };
  }
  const encoded = encodeResponse(response, { method, ...(headers ? { headers } : {}) });
  // Compressed bodies and archived pages (any charset) travel base64-encoded.
  const binary = encoded.headers['content-encoding'] !== undefined || response.body instanceof Uint8Array;
  return {
    statusCode: encoded.status,
    headers: encoded.headers,
    body: encoded.body === null ? '' : binary ? encoded.body.toString('base64') : encoded.body.toString('utf8'),
    isBase64Encoded: binary && encoded.body !== null,
  };
}

export function createApiHandler(deps: Deps) {
  let api: Api | undefined;
  return async (event: APIGatewayProxyEventV2, context?: Context): Promise<APIGatewayProxyStructuredResultV2> => {
    deps.log.startInvocation(context);
    const log = deps.log.withCorrelation(event.requestContext.requestId);
    api ??= createApi({
      store: deps.store(),
      index: searchIndexOf(deps),
      urlStates: deps.urlStates(),
      sources: sourcesOf(deps),
      ...(deps.config.rawBucket ? { raw: deps.archive() } : {}),
      // Writes need no token here: API Gateway's IAM or JWT authoriser guards every route first.
      // (Without a table — tests of the read path — the saved-search routes answer 404.)
      ...(deps.overrides.savedSearches || deps.config.tableName ? { savedSearches: deps.savedSearches() } : {}),
      writeToken: null,
      // On the table, where there is one (a search-only deployment has clusters on no hit).
      ...(deps.config.tableName ? { clusters: deps.clusters(), sourceHealth: deps.sourceHealth() } : {}),
      onError: (error, request) => deps.log.error('unexpected API error', { path: request.path, error: error instanceof Error ? error.stack ?? error.message : String(error) }),
    });
    try {
      const request = toApiRequest(event);
      const handled = await api.handle(request);
      const response = (await collectStream(handled, LAMBDA_EXPORT_MAX_BYTES)) ?? tooLarge(handled);
      if (response.status >= 500) deps.metrics.count('Failures', 1, { Reason: `api-${response.status}` });
      log.info('request', { method: request.method, path: request.path, status: response.status });
      return toProxyResult(response, request);
    } finally {
      deps.metrics.flush();
    }
  };
}

let lambdaHandler: ReturnType<typeof createApiHandler> | undefined;

export const handler = (event: APIGatewayProxyEventV2, context?: Context): Promise<APIGatewayProxyStructuredResultV2> => {
  lambdaHandler ??= createApiHandler(defaultDeps());
  return lambdaHandler(event, context);
};
