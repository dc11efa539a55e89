import { defaultProvider } from '@aws-sdk/credential-provider-node';
import { Client } from '@opensearch-project/opensearch';
import { AwsSigv4Signer } from '@opensearch-project/opensearch/aws';

export interface OpenSearchClientOptions {
  /** Endpoint URL, e.g. "http://127.0.0.1:9200" or "https://search-….es.amazonaws.com". */
  readonly node: string;
  /** AWS region of the domain; required with sigv4. */
  readonly region?: string;
  /** Sign requests with the ambient AWS credentials (Lambda role), as Amazon OpenSearch Service requires. */
  readonly sigv4?: boolean;
  /** Per try; the stack sets it (and maxRetries) so all tries fit in the function's timeout. */
  readonly requestTimeoutMs?: number;
  readonly maxRetries?: number;
}

/**
 * One client per process (per Lambda cold start). Plain HTTP for the local node in tests; SigV4
 * signing with the default AWS credential chain for a managed domain.
 */
export function createOpenSearchClient(options: OpenSearchClientOptions): Client {
  const common = { node: options.node, requestTimeout: options.requestTimeoutMs ?? 30_000, maxRetries: options.maxRetries ?? 2 };
  if (!options.sigv4) return new Client(common);
  if (!options.region) throw new Error('createOpenSearchClient: region is required with sigv4');
  const credentials = defaultProvider();
  return new Client({
    ...common,
    ...AwsSigv4Signer({ region: options.region, service: 'es', getCredentials: () => credentials() }),
  });
}
