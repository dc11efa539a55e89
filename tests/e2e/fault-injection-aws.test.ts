/**
 * Fault injection on the AWS path (issue 11, item 3): the fetch, process and index handlers run
 * against dynalite, s3rver and the OpenSearch node, and each batch is first delivered to a
 * handler that "dies" mid-batch — at a random SDK call, before or after it reaches the service;
 * from then on that instance reaches nothing, as a killed Lambda would not — then redelivered to
 * a fresh instance, then delivered once more. Over a loopback site with 20% injected faults, the
 * invariants of the local suite must hold: every URL in exactly one final state, articles = index
 * documents, no duplicate article, no stored article pending. Skipped without an OpenSearch node
 * (mandatory under OPENSEARCH_REQUIRED=1).
 */
import { ListObjectsV2Command, type S3Client } from '@aws-sdk/client-s3';
import { ScanCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Client } from '@opensearch-project/opensearch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededRandom } from '../../bench/lib/random.js';
import { createTable } from '../../shared/adapters/dynamodb/create-table.js';
import { DynamoArticleStore } from '../../shared/adapters/dynamodb/article-store.js';
import { ITEM_KIND, PARTITION_KEY, SORT_KEY } from '../../shared/adapters/dynamodb/table-design.js';
import { DynamoUrlStateStore } from '../../shared/adapters/dynamodb/url-state-store.js';
import { HttpFetcher } from '../../shared/adapters/http/http-fetcher.js';
import { OpenSearchIndex } from '../../shared/adapters/opensearch/search-index.js';
import { checkIndexDrift } from '../../shared/pipeline/doctor.js';
import { buildDeps, type Deps } from '../../functions/config.js';
import { createFetchHandler } from '../../functions/fetch/handler.js';
import { createIndexHandler } from '../../functions/index/handler.js';
import { createProcessHandler } from '../../functions/process/handler.js';
import { startBigSite, type BigSite } from '../support/big-site.js';
import { startDynalite, type RunningDynalite } from '../support/dynalite.js';
import { deletePrefix, openSearchTarget, skipReason, testClient, uniqueIndexPrefix, type OpenSearchTarget } from '../support/opensearch.js';
import { startS3rver, type RunningS3rver } from '../support/s3rver.js';
import { lambdaContext, Recorder, s3Event, sqsEvent, sqsRecord, streamEvent, streamRecord } from '../unit/functions/lambda-events.js';
import { LOOPBACK_FETCH_ENV } from '../support/records.js';

const TABLE = 'culture-index-faults';
const PAGES = Number(process.env['FAULT_AWS_PAGES'] ?? 60);
const BATCH = 10;
const target: OpenSearchTarget | null = await openSearchTarget();

class Killed extends Error {
  constructor() {
    super('killed (fault injection)');
  }
}

/** One Lambda instance's life: dies at its `at`-th service call, and stays dead. */
class Life {
  calls = 0;
  dead = false;
  constructor(
    private readonly at: number | null,
    private readonly after: boolean,
  ) {}
  async call<T>(send: () => Promise<T>): Promise<T> {
    if (this.dead) throw new Killed();
    this.calls += 1;
    const dies = this.calls === this.at;
    if (dies && !this.after) {
      this.dead = true;
      throw new Killed();
    }
    const result = await send();
    if (dies) {
      this.dead = true;
      throw new Killed();
    }
    return result;
  }
}

function mortal<T extends object>(target: T, life: Life, methods: readonly string[]): T {
  return new Proxy(target, {
    get(object, property, receiver) {
      const value: unknown = Reflect.get(object, property, receiver);
      if (typeof value !== 'function' || !methods.includes(String(property))) return value;
      return (...args: unknown[]) => life.call(() => (value as (...a: unknown[]) => Promise<unknown>).apply(object, args));
    },
  });
}

describe.skipIf(target === null)(`fault injection on the AWS path${target === null ? ` (SKIPPED: ${skipReason()})` : ''}`, () => {
  let ddb: RunningDynalite;
  let s3: RunningS3rver;
  let site: BigSite;
  let os: Client;
  let prefix: string;
  let index: OpenSearchIndex;
  let kills = 0;
  let random = Math.random;
  const recorder = new Recorder();
  const env = () => ({
    TABLE_NAME: TABLE,
    RAW_BUCKET: s3.bucket,
    OPENSEARCH_ENDPOINT: target!.url,
    OPENSEARCH_INDEX_PREFIX: prefix,
    OPENSEARCH_REPLICAS: '0',
    ...LOOPBACK_FETCH_ENV,
  });

  beforeAll(async () => {
    [ddb, s3, site] = await Promise.all([startDynalite(), startS3rver('culture-index-faults-raw'), startBigSite({ pages: PAGES, faultShare: 0.2, stallMs: 2500 })]);
    await createTable(ddb.rawClient, TABLE);
    os = testClient(target!);
    prefix = uniqueIndexPrefix('faults-aws');
    index = new OpenSearchIndex(os, prefix);
    await index.ensureIndex();
    random = seededRandom(7);
  });

  afterAll(async () => {
    if (os && prefix) await deletePrefix(os, prefix);
    await Promise.all([ddb?.close(), s3?.close(), site?.close()]);
  });

  /** Deps of a fresh Lambda instance that dies at a random call (or never, with `at` null). */
  function instance(at: number | null): { deps: Deps; life: Life } {
    const life = new Life(at, random() < 0.5);
    const deps = buildDeps(env(), {
      dynamo: mortal(ddb.client, life, ['send']) as DynamoDBDocumentClient,
      s3: mortal(s3.client, life, ['send']) as S3Client,
      searchIndex: mortal(index, life, ['index', 'remove', 'refresh']),
      // The configured fetcher with a short timeout, so stalled pages time out quickly.
      fetcher: new HttpFetcher({ userAgent: 'culture-index-test/1.0', allowLoopback: true, perHostDelayMs: 0, unsafeNoDelay: true, timeoutMs: 1000 }),
      log: recorder.log,
      metrics: recorder.metrics,
    });
    return { deps, life };
  }

  /** Delivers a batch to an instance that dies mid-batch, then to a fresh one, then once more. */
  async function deliverWithKill<E, R>(event: E, handlerOf: (deps: Deps) => (event: E) => Promise<R>): Promise<R> {
    const dying = instance(1 + Math.floor(random() * 12));
    await handlerOf(dying.deps)(event).catch((error: unknown) => {
      if (!dying.life.dead) throw error;
    });
    if (dying.life.dead) kills += 1;
    await handlerOf(instance(null).deps)(event);
    return handlerOf(instance(null).deps)(event);
  }

  async function scan(): Promise<Record<string, unknown>[]> {
    const items: Record<string, unknown>[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const page = await ddb.client.send(new ScanCommand({ TableName: TABLE, ExclusiveStartKey: start }));
      items.push(...(page.Items ?? []));
      start = page.LastEvaluatedKey;
    } while (start);
    return items.sort((a, b) => `${a[PARTITION_KEY]}|${a[SORT_KEY]}`.localeCompare(`${b[PARTITION_KEY]}|${b[SORT_KEY]}`));
  }

  it('holds the invariants when every handler is killed mid-batch and every event is redelivered', { timeout: 600_000 }, async () => {
    // fetch: SQS batches; retryable failures come back as batchItemFailures and are redelivered.
    let pending = site.pageUrls;
    for (let round = 0; round < 4 && pending.length > 0; round += 1) {
      const retry: string[] = [];
      for (let start = 0; start < pending.length; start += BATCH) {
        const urls = pending.slice(start, start + BATCH);
        const records = urls.map((url) => sqsRecord(JSON.stringify({ url, sourceId: null, correlationId: url })));
        const response = await deliverWithKill(sqsEvent(records), (deps) => (event) => createFetchHandler(deps)(event, lambdaContext('fetch')));
        const failedIds = new Set(response.batchItemFailures.map((failure) => failure.itemIdentifier));
        records.forEach((record, i) => failedIds.has(record.messageId) && retry.push(urls[i]!));
      }
      pending = retry;
    }

    // process: S3 events for every object, in batches.
    const listed = await s3.client.send(new ListObjectsV2Command({ Bucket: s3.bucket }));
    const objects = (listed.Contents ?? []).map((object) => ({ key: object.Key!, size: object.Size ?? 0 }));
    expect(objects.filter((o) => o.key.endsWith('.html')).length).toBeLessThanOrEqual(PAGES); // one copy per page
    for (let start = 0; start < objects.length; start += BATCH) {
      await deliverWithKill(s3Event(s3.bucket, objects.slice(start, start + BATCH)), (deps) => (event) => createProcessHandler(deps)(event, lambdaContext('process')));
    }

    // index: stream records of every item written, in batches.
    const items = await scan();
    for (let start = 0; start < items.length; start += BATCH) {
      const event = streamEvent(items.slice(start, start + BATCH).map((item) => streamRecord('INSERT', item)));
      await deliverWithKill(event, (deps) => (e) => createIndexHandler(deps)(e, lambdaContext('index')));
    }
    console.log(`AWS fault injection: ${kills} handler instances killed mid-batch over ${PAGES} pages, every batch redelivered twice`);
    expect(kills).toBeGreaterThanOrEqual(10);

    const urlStates = new DynamoUrlStateStore({ client: ddb.client, tableName: TABLE });
    const store = new DynamoArticleStore({ client: ddb.client, tableName: TABLE });
    const states = await Promise.all(site.pageUrls.map((url) => urlStates.getUrlState(url)));
    // Every URL in exactly one final state; only the pages broken for good failed.
    expect(states.filter((state) => state === null || state.status === 'pending').map((state) => state?.url ?? 'missing')).toEqual([]);
    const broken = site.pageUrls.filter((_, i) => site.faultOf(i) === 'permanent-500');
    expect(states.filter((state) => state!.status === 'failed').map((state) => state!.url).sort()).toEqual([...broken].sort());
    // Articles = index documents; no duplicate article; no stored article listed otherwise.
    const articles = (await scan()).filter((item) => item['kind'] === ITEM_KIND.article);
    expect(articles).toHaveLength(PAGES - broken.length);
    const urlOf = (item: Record<string, unknown>) => String((item['article'] as { url: string }).url);
    expect(new Set(articles.map(urlOf)).size).toBe(articles.length);
    const drift = await checkIndexDrift({ store, index }, { repair: false });
    expect(drift).toMatchObject({ articles: articles.length, documents: articles.length, missingCount: 0, orphanCount: 0 });
    const byUrl = new Map(states.map((state) => [state!.url, state!.status]));
    for (const item of articles) expect(['stored', 'unchanged']).toContain(byUrl.get(urlOf(item)));
  });
});
