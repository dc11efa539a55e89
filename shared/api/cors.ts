/**
 * Cross-origin rules of the API, one list for the local server (api.ts answers preflights) and
 * for API Gateway (infra/constructs/api.ts configures its own preflight answer from these).
 */
export const CORS_ALLOWED_METHODS = ['GET', 'HEAD', 'OPTIONS', 'POST', 'DELETE'] as const;

/** Authorization for JWT and SigV4 (with its x-amz-* companions); validators for ETag revalidation. */
export const CORS_ALLOWED_HEADERS = ['authorization', 'content-type', 'if-none-match', 'if-modified-since', 'x-amz-date', 'x-amz-security-token', 'x-amz-content-sha256'] as const;

/** Response headers a browser script may read. */
export const CORS_EXPOSED_HEADERS = ['etag', 'retry-after', 'content-disposition', 'x-total-count', 'x-export-rows', 'x-export-truncated'] as const;

export const CORS_MAX_AGE_SECONDS = 86_400;
