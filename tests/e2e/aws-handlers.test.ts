/**
 * The five AWS handlers chained end to end against real stand-ins of every service: an SQS event
 * → fetch (loopback news site) → raw pages in s3rver → S3 events → process → items in dynalite →
 * stream records built from those items → index → a real OpenSearch node → API Gateway events
 * → api. Then every event is delivered a second time, and nothing may be duplicated anywhere.
 *
 * dynalite has no Streams, so the stream records are made from a Scan, marshalled into the exact
 * DynamoDB Streams shape Lambda delivers (INSERT first, MODIFY on redelivery). Without an
 * OpenSearch node the suite is skipped and says so; OPENSEARCH_REQUIRED=1 makes it mandatory.
 */
import { ListObjectsV2Command } from '@aws-sdk/client-s3';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import type { Client } from '@opensearch-project/opensearch';
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTable } from '../../shared/adapters/dynamodb/create-table.js';
import { ITEM_KIND, PARTITION_KEY, SORT_KEY } from '../../shared/adapters/dynamodb/table-design.js';
import { indexNames } from '../../shared/adapters/opensearch/names.js';
import type { Source } from '../../shared/domain/model.js';
import { createApiHandler } from '../../functions/api/handler.js';
import { buildDeps, type Deps } from '../../functions/config.js';
import { createFetchHandler } from '../../functions/fetch/handler.js';
import { createIndexHandler } from '../../functions/index/handler.js';
import { createProcessHandler } from '../../functions/process/handler.js';
import { searchIndexOf } from '../../functions/search-index.js';
import { startDynalite, type RunningDynalite } from '../support/dynalite.js';
import { startNewsSite, type NewsSite } from '../support/news-site.js';
import { deletePrefix, openSearchTarget, skipReason, testClient, uniqueIndexPrefix, type OpenSearchTarget } from '../support/opensearch.js';
import { articlePage, startReprintSite } from '../support/reprint-site.js';
import { startS3rver, type RunningS3rver } from '../support/s3rver.js';
import { apiEvent, lambdaContext, Recorder, s3Event, sqsEvent, sqsRecord, streamEvent, streamRecord } from '../unit/functions/lambda-events.js';
import { LOOPBACK_FETCH_ENV } from '../support/records.js';

const TABLE = 'culture-index-e2e';
const target: OpenSearchTarget | null = await openSearchTarget();

type Item = Record<string, unknown>;

describe.skipIf(target === null)(`AWS handlers end to end${target === null ? ` (SKIPPED: ${skipReason()})` : ''}`, () => {
  let ddb: RunningDynalite;
  let s3: RunningS3rver;
  let site: NewsSite;
  let os: Client;
  let prefix: string;
  let deps: Deps;
  const recorder = new Recorder();

  beforeAll(async () => {
    [ddb, s3, site] = await Promise.all([startDynalite(), startS3rver('culture-index-e2e-raw'), startNewsSite()]);
    await createTable(ddb.rawClient, TABLE);
    os = testClient(target!);
    prefix = uniqueIndexPrefix('aws-e2e');
    const source: Source = { id: 'fixture', name: 'Fixture News', site: `${site.baseUrl}/`, language: 'en', feeds: [], sitemaps: [], collections: [], verified: true };
    deps = buildDeps(
      {
        TABLE_NAME: TABLE,
        RAW_BUCKET: s3.bucket,
        OPENSEARCH_ENDPOINT: target!.url,
        OPENSEARCH_INDEX_PREFIX: prefix,
        OPENSEARCH_REPLICAS: '0',
        ...LOOPBACK_FETCH_ENV,
      },
      { dynamo: ddb.client, s3: s3.client, sources: [source], log: recorder.log, metrics: recorder.metrics },
    );
  });

  afterAll(async () => {
    if (os && prefix) await deletePrefix(os, prefix);
    await Promise.all([ddb?.close(), s3?.close(), site?.close()]);
  });

  async function scanTable(table = TABLE): Promise<Item[]> {
    const items: Item[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const page = await ddb.client.send(new ScanCommand({ TableName: table, ExclusiveStartKey: start }));
      items.push(...(page.Items ?? []));
      start = page.LastEvaluatedKey;
    } while (start);
    // Stream order within a partition follows writes; sorting by key keeps the test deterministic.
    return items.sort((a, b) => `${a[PARTITION_KEY]}|${a[SORT_KEY]}`.localeCompare(`${b[PARTITION_KEY]}|${b[SORT_KEY]}`));
  }

  async function listKeys(): Promise<string[]> {
    const listed = await s3.client.send(new ListObjectsV2Command({ Bucket: s3.bucket }));
    return (listed.Contents ?? []).map((object) => object.Key!).sort();
  }

  async function objectSizes(): Promise<{ key: string; size: number }[]> {
    const listed = await s3.client.send(new ListObjectsV2Command({ Bucket: s3.bucket }));
    return (listed.Contents ?? []).map((object) => ({ key: object.Key!, size: object.Size ?? 0 }));
  }

  async function indexedIds(): Promise<string[]> {
    await os.indices.refresh({ index: indexNames(prefix).read });
    const response = await os.search({ index: indexNames(prefix).read, body: { size: 100, query: { match_all: {} }, _source: false } as never });
    return (response.body.hits.hits as { _id: string }[]).map((hit) => hit._id).sort();
  }

  /** The clusterId field of every document under an index prefix, by document id. */
  async function indexedClusterIds(indexPrefix: string): Promise<Record<string, unknown>> {
    await os.indices.refresh({ index: indexNames(indexPrefix).read });
    const response = await os.search({ index: indexNames(indexPrefix).read, body: { size: 100, query: { match_all: {} }, _source: ['clusterId'] } as never });
    return Object.fromEntries((response.body.hits.hits as { _id: string; _source: { clusterId?: unknown } }[]).map((hit) => [hit._id, hit._source.clusterId]));
  }

  const body = (result: APIGatewayProxyStructuredResultV2): Record<string, unknown> => {
    expect(result.statusCode, String(result.body)).toBe(200);
    return JSON.parse(result.body ?? 'null') as Record<string, unknown>;
  };

  it('fetch → S3 → process → DynamoDB → stream → index → OpenSearch → api, idempotent on redelivery', async () => {
    const fetch = createFetchHandler(deps);
    const processPages = createProcessHandler(deps);
    const index = createIndexHandler(deps);
    const api = createApiHandler(deps);
    const articleUrls = site.articles.map((article) => article.url);

    // 1. SQS → fetch: every article archived, nothing handed back to the queue.
    const fetchEvent = sqsEvent(articleUrls.map((url, i) => sqsRecord(JSON.stringify({ url, sourceId: 'fixture', correlationId: `e2e-${i}` }))));
    expect(await fetch(fetchEvent, lambdaContext('fetch'))).toEqual({ batchItemFailures: [] });
    const objects = await objectSizes();
    expect(objects.filter((object) => object.key.endsWith('.html'))).toHaveLength(articleUrls.length);
    expect(objects.filter((object) => object.key.endsWith('.json'))).toHaveLength(articleUrls.length);

    // 2. S3 events (bodies and sidecars, as a bucket-wide subscription would send) → process.
    const createdEvent = s3Event(s3.bucket, objects);
    const processed = await processPages(createdEvent, lambdaContext('process'));
    const stored = processed.filter((outcome) => 'result' in outcome);
    expect(stored).toHaveLength(articleUrls.length);
    expect(processed.filter((outcome) => 'ignored' in outcome)).toHaveLength(articleUrls.length); // the sidecars
    for (const outcome of stored) expect('result' in outcome && outcome.result.status).toBe('stored');
    const storedIds = stored.map((outcome) => ('result' in outcome ? outcome.result.articleId! : '')).sort();

    // 3. Stream records of everything written → index.
    const itemsAfterFirstRun = await scanTable();
    const inserts = streamEvent(itemsAfterFirstRun.map((item) => streamRecord('INSERT', item)));
    expect(await index(inserts, lambdaContext('index'))).toEqual({ batchItemFailures: [] });
    expect(await indexedIds()).toEqual(storedIds);

    // 4. The API finds an article by text, by entity and in the timeline.
    const first = site.articles[0]!;
    const word = first.title.split(/\s+/).find((w) => w.length > 6)!.toLowerCase();
    const byText = body(await api(apiEvent('GET', '/search', `q=${encodeURIComponent(word)}`), lambdaContext('api')));
    const firstId = (byText['hits'] as { id: string; url: string }[]).find((hit) => hit.url === first.url)?.id;
    expect(firstId).toBeDefined();

    const mentionOfFirst = itemsAfterFirstRun.find((item) => item['kind'] === ITEM_KIND.mention && item['articleId'] === firstId);
    expect(mentionOfFirst, 'the first article has at least one entity').toBeDefined();
    const entityId = String(mentionOfFirst!['entityId']);
    const byEntity = body(await api(apiEvent('GET', '/search', `entity=${encodeURIComponent(entityId)}`)));
    expect((byEntity['hits'] as { id: string }[]).map((hit) => hit.id)).toContain(firstId);
    const entity = body(await api(apiEvent('GET', `/entities/${encodeURIComponent(entityId)}`)));
    expect((entity['articles'] as { id: string }[]).map((article) => article.id)).toContain(firstId);

    const timeline = body(await api(apiEvent('GET', '/stats/timeline', `q=${encodeURIComponent(word)}&interval=month`)));
    const buckets = timeline['buckets'] as { key: string; count: number }[];
    expect(buckets.reduce((sum, bucket) => sum + bucket.count, 0)).toBeGreaterThanOrEqual(1);
    expect(buckets.some((bucket) => bucket.key.startsWith(first.publishedAt.slice(0, 7)) && bucket.count >= 1)).toBe(true);

    // 5. Redeliver every event once more.
    expect(await fetch(fetchEvent, lambdaContext('fetch'))).toEqual({ batchItemFailures: [] });
    // The site answers the conditional GETs with 304, so nothing new is archived (a changed page
    // would add one body + sidecar per URL, keyed by fetch time).
    expect(await listKeys()).toEqual(objects.map((object) => object.key).sort());

    const reprocessed = await processPages(createdEvent, lambdaContext('process'));
    for (const outcome of reprocessed) if ('result' in outcome) expect(outcome.result.status).toBe('unchanged');

    const itemsAfterSecondRun = await scanTable();
    const previous = new Map(itemsAfterFirstRun.map((item) => [`${item[PARTITION_KEY]}|${item[SORT_KEY]}`, item]));
    const modifies = streamEvent(itemsAfterSecondRun.map((item) => streamRecord('MODIFY', item, previous.get(`${item[PARTITION_KEY]}|${item[SORT_KEY]}`))));
    expect(await index(inserts)).toEqual({ batchItemFailures: [] });
    expect(await index(modifies)).toEqual({ batchItemFailures: [] });

    // Nothing is duplicated: the same items, one article/mention/entity item per key, one doc per article.
    const kinds = (items: Item[]) => ({
      articles: items.filter((item) => item['kind'] === ITEM_KIND.article).length,
      mentions: items.filter((item) => item['kind'] === ITEM_KIND.mention).length,
      entities: items.filter((item) => item['kind'] === ITEM_KIND.entity).length,
    });
    expect(kinds(itemsAfterSecondRun)).toEqual(kinds(itemsAfterFirstRun));
    expect(kinds(itemsAfterSecondRun).articles).toBe(articleUrls.length);
    const keys = itemsAfterSecondRun.map((item) => `${item[PARTITION_KEY]}|${item[SORT_KEY]}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(await indexedIds()).toEqual(storedIds);

    const again = body(await api(apiEvent('GET', '/search', `q=${encodeURIComponent(word)}`)));
    const ids = (again['hits'] as { id: string }[]).map((hit) => hit.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(again['total']).toBe(byText['total']);
    const entityAgain = body(await api(apiEvent('GET', `/entities/${encodeURIComponent(entityId)}`)));
    expect(entityAgain['articleCount']).toBe(entity['articleCount']);
    expect((entityAgain['articles'] as unknown[]).length).toBe((entity['articles'] as unknown[]).length);

    // The search index the api used is the same OpenSearch index the indexer wrote.
    expect((searchIndexOf(deps) as { names?: { read: string } }).names?.read).toBe(indexNames(prefix).read);
    expect(recorder.total('ArticlesFetched')).toBe(articleUrls.length);
    expect(recorder.total('ArticlesParsed')).toBe(articleUrls.length * 2);
    expect(recorder.lines.filter((line) => line.level === 'error')).toEqual([]);
  });

  it('puts syndication clusters into OpenSearch on the AWS path: collapse=cluster groups a reprint with its original', async () => {
    const table = 'culture-index-e2e-clusters';
    const clusterPrefix = uniqueIndexPrefix('aws-e2e-clusters');
    await createTable(ddb.rawClient, table);
    // Our own story, its reprint by an aggregator (new headline, agency lead-in, a trimmed
    // paragraph, a disclaimer, five hours later) and an unrelated story of the original outlet.
    const story = [
      'The city puppet theatre opened its restored main hall on Saturday with a new staging of an old fairy tale about a clever fox and a greedy merchant, played with wooden marionettes carved in the theatre workshop.',
      'The restoration took two years and brought back the painted ceiling, the velvet curtain and the original wooden seats, while the stage machinery was replaced so that puppets can fly above the audience.',
      'The director said the theatre will tour villages in the spring with a smaller version of the show, and that school groups may book free morning performances every Tuesday until the end of the season.',
      'Tickets for the evening performances are sold at the box office and online, and the theatre café on the ground floor now stays open between the matinee and the evening show.',
    ];
    const unrelated = [
      'A week of silent film screenings begins at the national cinema archive on Monday, each film accompanied by a pianist improvising on the spot, as the archive celebrates its restored nitrate collection.',
      'Curators chose comedies and adventure serials from the nineteen twenties, several of them shown for the first time since their release, with new intertitles translated by students of the film school.',
    ];
    const reprintSite = await startReprintSite([], {
      '/puppetnews/hall.html': (origin) => articlePage(`${origin}/puppetnews/hall.html`, 'Puppet theatre reopens its restored hall', '2026-03-10T08:00:00Z', story, 'puppetnews'),
      '/puppetnews/cinema.html': (origin) => articlePage(`${origin}/puppetnews/cinema.html`, 'Silent film week at the cinema archive', '2026-03-09T10:00:00Z', unrelated, 'puppetnews'),
      '/wirecopy/hall.html': (origin) =>
        articlePage(`${origin}/wirecopy/hall.html`, 'Restored hall welcomes marionette audiences again', '2026-03-10T13:00:00Z', [
          `WIRECOPY - Puppetnews) ${story[0]}`,
          ...story.slice(1, 3),
          'Disclaimer: WIRECOPY republishes partner content as received, without warranty of any kind.',
        ], 'wirecopy'),
    });
    try {
      const clusterDeps = buildDeps(
        { TABLE_NAME: table, RAW_BUCKET: s3.bucket, OPENSEARCH_ENDPOINT: target!.url, OPENSEARCH_INDEX_PREFIX: clusterPrefix, OPENSEARCH_REPLICAS: '0', ...LOOPBACK_FETCH_ENV },
        { dynamo: ddb.client, s3: s3.client, sources: reprintSite.sources, log: recorder.log, metrics: recorder.metrics },
      );
      const fetch = createFetchHandler(clusterDeps);
      const processPages = createProcessHandler(clusterDeps);
      // The reprint is fetched and processed first, so it founds the cluster; the original joins
      // it and must still be named first publisher (it is dated earlier).
      const idByPath = new Map<string, string>();
      for (const path of ['/wirecopy/hall.html', '/puppetnews/hall.html', '/puppetnews/cinema.html']) {
        const before = new Set((await objectSizes()).map((object) => object.key));
        const message = sqsRecord(JSON.stringify({ url: `${reprintSite.origin}${path}`, sourceId: path.split('/')[1], correlationId: `clusters${path}` }));
        expect(await fetch(sqsEvent([message]))).toEqual({ batchItemFailures: [] });
        const outcomes = await processPages(s3Event(s3.bucket, (await objectSizes()).filter((object) => !before.has(object.key))));
        const stored = outcomes.flatMap((outcome) => ('result' in outcome && outcome.result.status === 'stored' ? [outcome.result.articleId!] : []));
        expect(stored, path).toHaveLength(1);
        idByPath.set(path, stored[0]!);
      }
      const idOf = (path: string): string => idByPath.get(path)!;
      const [original, reprint, other] = [idOf('/puppetnews/hall.html'), idOf('/wirecopy/hall.html'), idOf('/puppetnews/cinema.html')];
      const items = await scanTable(table);

      expect(await createIndexHandler(clusterDeps)(streamEvent(items.map((item) => streamRecord('INSERT', item))))).toEqual({ batchItemFailures: [] });
      const clusterIds = await indexedClusterIds(clusterPrefix);
      expect(Object.keys(clusterIds).sort()).toEqual([original, reprint, other].sort());
      expect(clusterIds[reprint]).toBe(reprint); // the founder's id names the cluster
      expect(clusterIds[original]).toBe(clusterIds[reprint]);
      expect(clusterIds[other]).toBe(other);
      expect(clusterIds[other]).not.toBe(clusterIds[original]);

      const api = createApiHandler(clusterDeps);
      const plain = body(await api(apiEvent('GET', '/search', 'limit=20')));
      expect(plain['total']).toBe(3);
      const collapsed = body(await api(apiEvent('GET', '/search', 'collapse=cluster&limit=20')));
      expect(collapsed['total']).toBe(2);
      const hits = collapsed['hits'] as { id: string; cluster: { id: string; size: number; firstPublisher: { articleId: string; outlet: string }; alsoPublishedBy: { outlet: string }[] } }[];
      expect(hits).toHaveLength(2);
      const syndicated = hits.find((hit) => hit.id === original || hit.id === reprint)!;
      expect(syndicated.cluster).toMatchObject({ id: clusterIds[original], size: 2, firstPublisher: { articleId: original, outlet: 'puppetnews' } });
      expect(syndicated.cluster.alsoPublishedBy.map((publisher) => publisher.outlet)).toEqual(['wirecopy']);
      expect(hits.find((hit) => hit.id === other)?.cluster).toMatchObject({ size: 1, firstPublisher: { articleId: other } });
    } finally {
      await reprintSite.close();
      await deletePrefix(os, clusterPrefix);
    }
  });
});
