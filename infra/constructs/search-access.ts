import * as iam from 'aws-cdk-lib/aws-iam';
import { indexNames } from '../../shared/adapters/opensearch/names.js';

/** The read-only endpoints the api's OpenSearch client calls on the read alias (queries go as POST bodies). */
export const SEARCH_READ_ENDPOINTS = ['_search', '_count', '_msearch'] as const;

/**
 * What the api role may do on the domain: query the read alias and GET documents from it —
 * nothing else (no writes, no other index, no cluster APIs). One definition serves the role's
 * identity policy and the domain's resource policy, so the two cannot say different things.
 */
export function searchReadOnlyStatements(domainArn: string, indexPrefix: string, principal?: iam.IPrincipal | readonly iam.IPrincipal[]): iam.PolicyStatement[] {
  const read = `${domainArn}/${indexNames(indexPrefix).read}`;
  // Several readers (the api and alerts roles) share one statement: Sids must be unique in a policy.
  const principals = principal === undefined ? [] : Array.isArray(principal) ? [...principal] : [principal as iam.IPrincipal];
  return [
    new iam.PolicyStatement({
      sid: principal ? 'ApiQueriesReadAlias' : undefined,
      principals,
      actions: ['es:ESHttpGet', 'es:ESHttpPost'],
      resources: SEARCH_READ_ENDPOINTS.map((endpoint) => `${read}/${endpoint}`),
    }),
    new iam.PolicyStatement({
      sid: principal ? 'ApiGetsDocumentsOfReadAlias' : undefined,
      principals,
      actions: ['es:ESHttpGet', 'es:ESHttpHead'],
      resources: [`${read}/_doc/*`],
    }),
  ];
}

/**
 * The indexer manages its indices, aliases, template and ISM policy and writes documents: every
 * HTTP method on paths of this one domain (index names are chosen at run time).
 */
export function searchWriterStatement(domainArn: string, principal: iam.IPrincipal): iam.PolicyStatement {
  return new iam.PolicyStatement({
    sid: 'IndexerManagesIndices',
    principals: [principal],
    actions: ['es:ESHttpGet', 'es:ESHttpHead', 'es:ESHttpPost', 'es:ESHttpPut', 'es:ESHttpDelete', 'es:ESHttpPatch'],
    resources: [`${domainArn}/*`],
  });
}

/**
 * Timeout and retries of a function's OpenSearch client that fit inside the function's own
 * timeout, with a fifth of it to spare for everything else: every try, retries included, ends
 * before Lambda stops the function, so a slow domain gives a handled error instead of a timeout.
 */
export function searchClientEnvironment(functionTimeoutSeconds: number, maxRetries: number): Record<string, string> {
  const perTryMs = Math.floor((functionTimeoutSeconds * 1000 * 0.8) / (maxRetries + 1));
  return { OPENSEARCH_TIMEOUT_MS: String(perTryMs), OPENSEARCH_MAX_RETRIES: String(maxRetries) };
}
