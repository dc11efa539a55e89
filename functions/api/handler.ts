/**
 * api: API Gateway HTTP API (payload 2.0) → shared/api → JSON response. The API itself is
 * plain functions shared with the local server; this only translates the event shapes.
 */
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { createApi, type Api } from '../../shared/api/api.js';
import type { ApiRequest, ApiResponse } from '../../shared/api/http-types.js';
import { defaultDeps, type Deps } from '../config.js';
import { searchIndexOf } from '../search-index.js';

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
  return { method: event.requestContext.http.method, path: event.rawPath || '/', query };
}

export function toProxyResult(response: ApiResponse, method: string): APIGatewayProxyStructuredResultV2 {
  const hasBody = response.body !== null && response.body !== undefined && method.toUpperCase() !== 'HEAD';
  return {
    statusCode: response.status,
    headers: response.headers,
    body: hasBody ? JSON.stringify(response.body) : '',
    isBase64Encoded: false,
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
      onError: (error, request) => deps.log.error('unexpected API error', { path: request.path, error: error instanceof Error ? error.stack ?? error.message : String(error) }),
    });
    try {
      const request = toApiRequest(event);
      const response = await api.handle(request);
      if (response.status >= 500) deps.metrics.count('Failures', 1, { Reason: `api-${response.status}` });
      log.info('request', { method: request.method, path: request.path, status: response.status });
      return toProxyResult(response, request.method);
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
