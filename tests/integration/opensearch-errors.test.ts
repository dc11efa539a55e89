/**
 * How the OpenSearch adapter reports failures: domain errors, never raw client errors.
 * The unreachable-node case needs no node; the rest run on the real node when there is one.
 */
import { createServer } from 'node:net';
import type { Client } from '@opensearch-project/opensearch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StoreUnavailableError, ValidationError } from '../../shared/domain/errors.js';
import { createOpenSearchClient, OpenSearchIndex, toDomainError } from '../../shared/adapters/opensearch/index.js';
import { makeDoc } from '../support/records.js';
import { deletePrefix, openSearchTarget, skipReason, testClient, uniqueIndexPrefix } from '../support/opensearch.js';

const target = await openSearchTarget();
const describeNode = target ? describe : describe.skip;

/** A loopback port nothing listens on: bound, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

describe('OpenSearch adapter without a reachable node', () => {
  it('rejects searches and writes with StoreUnavailableError', async () => {
    const client = createOpenSearchClient({ node: `http://127.0.0.1:${await closedPort()}` });
    const index = new OpenSearchIndex(client, 'unreachable');
    await expect(index.search({ text: 'opera', filters: {}, limit: 5, facetSize: 0 })).rejects.toBeInstanceOf(StoreUnavailableError);
    await expect(index.index([makeDoc()])).rejects.toBeInstanceOf(StoreUnavailableError);
    await expect(index.ensureIndex()).rejects.toBeInstanceOf(StoreUnavailableError);
    await client.close();
  });

  it('refuses an index prefix OpenSearch could not use', () => {
    const client = createOpenSearchClient({ node: 'http://127.0.0.1:9' });
    expect(() => new OpenSearchIndex(client, 'Bad Prefix*')).toThrow(/Invalid OpenSearch index prefix/);
  });
});

describeNode(`OpenSearch adapter errors on a real node${target ? '' : ` (skipped: ${skipReason()})`}`, () => {
  let client: Client;
  let prefix: string;
  let index: OpenSearchIndex;

  beforeAll(async () => {
    client = testClient(target!);
    prefix = uniqueIndexPrefix('errors');
    index = new OpenSearchIndex(client, prefix);
  });
  afterAll(async () => {
    await deletePrefix(client, prefix);
    await client.close();
  });

  it('reports a missing index (ensureIndex never ran) as StoreUnavailableError', async () => {
    await expect(index.search({ text: '', filters: {}, limit: 5, facetSize: 0 })).rejects.toBeInstanceOf(StoreUnavailableError);
  });

  it('maps a request the node rejects (HTTP 400) to ValidationError with its reason', async () => {
    const failure = await client.search({ index: '_all', body: { query: { no_such_query: {} } } as never }).catch((error: unknown) => error);
    const mapped = toDomainError('search', failure);
    expect(mapped).toBeInstanceOf(ValidationError);
    expect(mapped.message).toMatch(/no_such_query/);
  });

  it('rejects bad parameters with ValidationError before asking the node', async () => {
    await index.ensureIndex();
    await index.index([makeDoc({ title: 'Cello evening' }), makeDoc({ title: 'Cello morning' })]);
    await index.refresh();
    const search = (extra: object) => index.search({ text: 'cello', filters: {}, limit: 1, facetSize: 0, ...extra });
    await expect(search({ filters: { from: 'yesterday-ish' } })).rejects.toBeInstanceOf(ValidationError);
    await expect(search({ filters: { to: '2024-02-31' } })).rejects.toBeInstanceOf(ValidationError);
    await expect(search({ limit: 0 })).rejects.toBeInstanceOf(ValidationError);
    // A cursor belongs to its kind of query: a relevance cursor cannot page a "newest first" list.
    const first = await search({});
    expect(first.nextCursor).not.toBeNull();
    await expect(index.search({ text: '', filters: {}, limit: 1, facetSize: 0, cursor: first.nextCursor })).rejects.toBeInstanceOf(ValidationError);
    const second = await search({ cursor: first.nextCursor });
    expect(second.hits.map((h) => h.id)).not.toContain(first.hits[0]!.id);
  });
});
