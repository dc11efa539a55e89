/**
 * Composition root of the Lambda handlers. Every client and adapter is built lazily, once per
 * cold start, from environment variables; tests call `buildDeps(env, overrides)` to point the
 * same handlers at dynalite, s3rver, a local OpenSearch node and a loopback news site.
 *
 * Heavy, function-specific parts (the OpenSearch client, the entity resolver, the catalogue)
 * are built in modules only the functions that need them import, so each bundle carries only
 * its own code: see search-index.ts, sources.ts and process/handler.ts.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { SQSClient } from '@aws-sdk/client-sqs';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DynamoArticleStore } from '../shared/adapters/dynamodb/article-store.js';
import { DynamoClusterStore } from '../shared/adapters/dynamodb/cluster-store.js';
import { DynamoSourceHealthLog } from '../shared/adapters/dynamodb/source-health.js';
import type { ClusterStore } from '../shared/ports/cluster-store.js';
import type { SourceHealthLog } from '../shared/ports/source-health.js';
import { DynamoUrlStateStore } from '../shared/adapters/dynamodb/url-state-store.js';
import { DynamoSavedSearchStore } from '../shared/adapters/dynamodb/saved-search-store.js';
import type { SavedSearchStore } from '../shared/ports/saved-search-store.js';
import { HttpFetcher } from '../shared/adapters/http/http-fetcher.js';
import { S3RawArchive } from '../shared/adapters/s3/s3-raw-archive.js';
import { SqsQueue } from '../shared/adapters/sqs/sqs-queue.js';
import type { Source } from '../shared/domain/model.js';
import { parseIntegerSetting } from '../shared/domain/settings.js';
import type { EntityResolver } from '../shared/domain/resolve/types.js';
import type { ArticleStore } from '../shared/ports/article-store.js';
import type { SearchIndex } from '../shared/ports/search-index.js';
import type { Fetcher } from '../shared/ports/fetcher.js';
import type { DiscoverMessage, FetchMessage, Queue } from '../shared/ports/queue.js';
import type { Logger, Metrics } from '../shared/ports/telemetry.js';
import type { UrlStateStore } from '../shared/ports/url-state-store.js';
import { asHandlerLogger, asHandlerMetrics, powertoolsLogger, powertoolsMetrics, type HandlerLogger, type HandlerMetrics } from './telemetry.js';

export type Env = Readonly<Record<string, string | undefined>>;

export const DEFAULT_USER_AGENT = 'culture-index/0.1 (cultural news indexer)';

/** What the handlers read from the environment. Missing required values fail on first use. */
export interface RuntimeConfig {
  readonly tableName: string | undefined;
  readonly rawBucket: string | undefined;
  readonly fetchQueueUrl: string | undefined;
  /** Set on AWS: the scheduled discover run sends one message per source here. */
  readonly discoverQueueUrl: string | undefined;
  readonly openSearchEndpoint: string | undefined;
  readonly openSearchIndexPrefix: string;
  /** Replicas of new indices: 0 on a single data node (else the cluster stays yellow). */
  readonly openSearchReplicas: number | undefined;
  /** Per-try timeout and retries of the OpenSearch client (the stack fits them in the function's timeout). */
  readonly openSearchTimeoutMs: number | undefined;
  readonly openSearchMaxRetries: number | undefined;
  /** Path of a catalogue file, or the catalogue JSON itself; unset = the bundled catalogue. */
  readonly sourcesFile: string | undefined;
  readonly userAgent: string;
  readonly serviceName: string;
  readonly metricsNamespace: string;
  readonly region: string | undefined;
  /** Only tests against a loopback site set FETCH_ALLOW_LOOPBACK=true; the stack never does. */
  readonly allowLoopback: boolean;
  readonly perHostDelayMs: number | undefined;
  /** FETCH_UNSAFE_NO_DELAY=true lets the delay go below the politeness floor (tests only). */
  readonly unsafeNoDelay: boolean;
  /** Analyst entity overrides as JSON (see shared/domain/resolve/overrides.ts); unset = none. */
  readonly entityOverridesJson: string | undefined;
}

export function readConfig(env: Env): RuntimeConfig {
  const delay = env['FETCH_PER_HOST_DELAY_MS'];
  const replicas = env['OPENSEARCH_REPLICAS'];
  return {
    tableName: env['TABLE_NAME'] || undefined,
    rawBucket: env['RAW_BUCKET'] || undefined,
    fetchQueueUrl: env['FETCH_QUEUE_URL'] || undefined,
    discoverQueueUrl: env['DISCOVER_QUEUE_URL'] || undefined,
    openSearchEndpoint: env['OPENSEARCH_ENDPOINT'] || undefined,
    openSearchIndexPrefix: env['OPENSEARCH_INDEX_PREFIX'] || 'culture-index',
    openSearchReplicas: replicas !== undefined && replicas !== '' ? integerSetting('OPENSEARCH_REPLICAS', replicas, { min: 0, max: 10 }) : undefined,
    openSearchTimeoutMs: wholeNumber(env['OPENSEARCH_TIMEOUT_MS']),
    openSearchMaxRetries: wholeNumber(env['OPENSEARCH_MAX_RETRIES']),
    sourcesFile: env['SOURCES_FILE'] || undefined,
    userAgent: env['USER_AGENT'] || DEFAULT_USER_AGENT,
    serviceName: env['POWERTOOLS_SERVICE_NAME'] || 'culture-index',
    metricsNamespace: env['POWERTOOLS_METRICS_NAMESPACE'] || 'CultureIndex',
    region: env['AWS_REGION'] || env['AWS_DEFAULT_REGION'] || undefined,
    allowLoopback: env['FETCH_ALLOW_LOOPBACK'] === 'true',
    perHostDelayMs: delay !== undefined && delay !== '' ? integerSetting('FETCH_PER_HOST_DELAY_MS', delay, { min: 0, max: 600_000 }) : undefined,
    unsafeNoDelay: env['FETCH_UNSAFE_NO_DELAY'] === 'true',
    entityOverridesJson: env['ENTITY_OVERRIDES_JSON'] || undefined,
  };
}

function wholeNumber(value: string | undefined): number | undefined {
  return value !== undefined && /^\d+$/.test(value) ? Number(value) : undefined;
}

/** Anything a test (or another runtime) wants to provide instead of the default. */
export interface DepsOverrides {
  readonly dynamo?: DynamoDBDocumentClient;
  readonly s3?: S3Client;
  readonly sqs?: SQSClient;
  readonly store?: ArticleStore;
  readonly urlStates?: UrlStateStore;
  readonly savedSearches?: SavedSearchStore;
  readonly fetcher?: Fetcher;
  readonly fetchQueue?: Queue<FetchMessage>;
  readonly discoverQueue?: Queue<DiscoverMessage>;
  readonly log?: Logger;
  readonly metrics?: Metrics;
  // Function-specific parts (types only here, so no bundle carries their code needlessly):
  readonly searchIndex?: SearchIndex;
  readonly resolver?: EntityResolver;
  readonly sources?: readonly Source[];
}

export interface Deps {
  readonly config: RuntimeConfig;
  readonly log: HandlerLogger;
  readonly metrics: HandlerMetrics;
  readonly overrides: DepsOverrides;
  store(): ArticleStore;
  urlStates(): UrlStateStore;
  /** Saved searches and their delivery ledger (api and alerts functions). */
  savedSearches(): SavedSearchStore;
  /** Syndication clusters on the table (process assigns, the API reads). */
  clusters(): ClusterStore;
  /** Per-source daily tallies on the table (fetch and process add, the API reads). */
  sourceHealth(): SourceHealthLog;
  archive(): S3RawArchive;
  fetchQueue(): Queue<FetchMessage>;
  /** The per-source discover queue, or null when discover runs every source itself (local, tests). */
  discoverQueue(): Queue<DiscoverMessage> | null;
  fetcher(): Fetcher;
  /** Memoises function-specific parts (search index, resolver, catalogue) on these deps. */
  memo<T>(key: string, build: () => T): T;
}

export class ConfigurationError extends Error {}

/** A numeric environment setting, or a ConfigurationError naming it (never a silent default). */
function integerSetting(name: string, text: string, bounds: { min: number; max: number }): number {
  try {
    return parseIntegerSetting(name, text, bounds);
  } catch (error) {
    throw new ConfigurationError(error instanceof Error ? error.message : String(error));
  }
}

function required(value: string | undefined, name: string): string {
  if (!value) throw new ConfigurationError(`environment variable ${name} is not set`);
  return value;
}

/** Builds nothing yet: every getter constructs its client on first use and keeps it. */
export function buildDeps(env: Env = process.env, overrides: DepsOverrides = {}): Deps {
  const config = readConfig(env);
  const cache = new Map<string, unknown>();
  const memo = <T>(key: string, build: () => T): T => {
    if (!cache.has(key)) cache.set(key, build());
    return cache.get(key) as T;
  };
  const region = config.region;
  const dynamo = (): DynamoDBDocumentClient =>
    memo('dynamo', () => overrides.dynamo ?? DynamoDBDocumentClient.from(new DynamoDBClient({ region }), { marshallOptions: { removeUndefinedValues: true } }));
  const s3 = (): S3Client => memo('s3', () => overrides.s3 ?? new S3Client({ region }));
  const sqs = (): SQSClient => memo('sqs', () => overrides.sqs ?? new SQSClient({ region }));

  return {
    config,
    overrides,
    log: overrides.log ? asHandlerLogger(overrides.log) : powertoolsLogger(config.serviceName),
    metrics: overrides.metrics ? asHandlerMetrics(overrides.metrics) : powertoolsMetrics(config.serviceName, config.metricsNamespace),
    memo,
    store: () =>
      memo('store', () => overrides.store ?? new DynamoArticleStore({ client: dynamo(), tableName: required(config.tableName, 'TABLE_NAME') })),
    urlStates: () =>
      memo('urlStates', () => overrides.urlStates ?? new DynamoUrlStateStore({ client: dynamo(), tableName: required(config.tableName, 'TABLE_NAME') })),
    savedSearches: () =>
      memo('savedSearches', () => overrides.savedSearches ?? new DynamoSavedSearchStore({ client: dynamo(), tableName: required(config.tableName, 'TABLE_NAME') })),
    clusters: () => memo('clusters', () => new DynamoClusterStore({ client: dynamo(), tableName: required(config.tableName, 'TABLE_NAME') })),
    sourceHealth: () => memo('sourceHealth', () => new DynamoSourceHealthLog({ client: dynamo(), tableName: required(config.tableName, 'TABLE_NAME') })),
    archive: () => memo('archive', () => new S3RawArchive({ client: s3(), bucket: required(config.rawBucket, 'RAW_BUCKET') })),
    fetchQueue: () =>
      memo('fetchQueue', () => overrides.fetchQueue ?? new SqsQueue<FetchMessage>({ client: sqs(), queueUrl: required(config.fetchQueueUrl, 'FETCH_QUEUE_URL') })),
    discoverQueue: () =>
      memo('discoverQueue', () => overrides.discoverQueue ?? (config.discoverQueueUrl ? new SqsQueue<DiscoverMessage>({ client: sqs(), queueUrl: config.discoverQueueUrl }) : null)),
    fetcher: () =>
      memo(
        'fetcher',
        () =>
          overrides.fetcher ??
          new HttpFetcher({
            userAgent: config.userAgent,
            allowLoopback: config.allowLoopback,
            unsafeNoDelay: config.unsafeNoDelay,
            ...(config.perHostDelayMs !== undefined ? { perHostDelayMs: config.perHostDelayMs } : {}),
          }),
      ),
  };
}

let processDeps: Deps | undefined;

/** The deps of this Lambda execution environment, built on first use from process.env. */
export function defaultDeps(): Deps {
  processDeps ??= buildDeps(process.env);
  return processDeps;
}
