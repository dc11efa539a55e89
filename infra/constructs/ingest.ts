import { Duration } from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { SqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import { DynamoEventSource, S3EventSourceV2, SqsDlq, SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import type * as logs from 'aws-cdk-lib/aws-logs';
import type * as opensearch from 'aws-cdk-lib/aws-opensearchservice';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as scheduler from 'aws-cdk-lib/aws-scheduler';
import { LambdaInvoke } from 'aws-cdk-lib/aws-scheduler-targets';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { ARTICLE_SK, SORT_KEY } from '../../shared/adapters/dynamodb/table-design.js';
import { PARSE_NODE_FLAG } from '../../shared/pipeline/parse-runtime.js';
import { CultureIndexFunction } from '../lambda-function.js';
import { acknowledge, arnWildcardFinding } from '../nag.js';
import { encryptedQueue } from './queues.js';
import { grantClusterPointerReads } from './cluster-access.js';
import { searchClientEnvironment } from './search-access.js';

export interface IngestProps {
  readonly table: dynamodb.ITable;
  readonly rawBucket: s3.IBucket;
  readonly searchDomain: opensearch.IDomain;
  readonly searchEndpointUrl: string;
  readonly indexPrefix: string;
  /** Replica copies for new indices: 0 with one data node, else the cluster stays yellow. */
  readonly searchReplicas: number;
  /** EventBridge Scheduler expression, e.g. "rate(1 hour)". */
  readonly scheduleRate: string;
  readonly userAgent: string;
  /** Upper bound of concurrent fetch Lambdas (event-source MaximumConcurrency, at least 2): politeness towards the news sites. */
  readonly fetchConcurrency: number;
  /** Sources discovered at the same time (event-source MaximumConcurrency, at least 2). */
  readonly discoverConcurrency: number;
  /** Receives before a fetch message goes to the fetch DLQ. */
  readonly fetchMaxReceiveCount: number;
  readonly logRetention: logs.RetentionDays;
}

export interface DeadLetterQueue {
  readonly name: string;
  readonly queue: sqs.IQueue;
}

/**
 * The ingest path: schedule → discover → fetch queue → fetch → raw bucket → process → table →
 * stream → index. Every hop that can fail ends in a dead-letter queue, never in silent loss.
 */
export class Ingest extends Construct {
  readonly discover: CultureIndexFunction;
  readonly discoverSource: CultureIndexFunction;
  readonly discoverQueue: sqs.Queue;
  readonly fetch: CultureIndexFunction;
  readonly process: CultureIndexFunction;
  readonly index: CultureIndexFunction;
  readonly fetchQueue: sqs.Queue;
  readonly deadLetterQueues: readonly DeadLetterQueue[];
  readonly schedule: scheduler.Schedule;

  constructor(scope: Construct, id: string, props: IngestProps) {
    super(scope, id);

    // A batch of 5 URLs of one slow, polite host (15 s timeouts, Crawl-delay up to 60 s) fits;
    // the handler hands back what it cannot start in time (see functions/fetch/handler.ts).
    const fetchTimeout = Duration.minutes(5);
    const fetchDlq = encryptedQueue(this, 'FetchDlq');
    this.fetchQueue = encryptedQueue(this, 'FetchQueue', {
      // AWS guidance: at least six times the function timeout, so retries by Lambda's poller fit.
      visibilityTimeout: Duration.seconds(fetchTimeout.toSeconds() * 6),
      deadLetterQueue: { queue: fetchDlq, maxReceiveCount: props.fetchMaxReceiveCount },
    });
    const discoverDlq = encryptedQueue(this, 'DiscoverDlq');
    // One message per source; a source that fails twice is parked for a look, not retried all day.
    const discoverSourceTimeout = Duration.minutes(5);
    const discoverSourceDlq = encryptedQueue(this, 'DiscoverSourceDlq');
    this.discoverQueue = encryptedQueue(this, 'DiscoverQueue', {
      visibilityTimeout: Duration.seconds(discoverSourceTimeout.toSeconds() * 6),
      deadLetterQueue: { queue: discoverSourceDlq, maxReceiveCount: 2 },
    });
    const processDlq = encryptedQueue(this, 'ProcessDlq');
    const indexDlq = encryptedQueue(this, 'IndexDlq');
    for (const dlq of [discoverDlq, discoverSourceDlq, processDlq, indexDlq]) {
      acknowledge(dlq, 'AwsSolutions-SQS3', 'This queue is itself a dead-letter destination (Lambda on-failure destination or event-source DLQ), so it has no DLQ of its own.');
    }
    this.deadLetterQueues = [
      { name: 'discover', queue: discoverDlq },
      { name: 'discover-source', queue: discoverSourceDlq },
      { name: 'fetch', queue: fetchDlq },
      { name: 'process', queue: processDlq },
      { name: 'index', queue: indexDlq },
    ];

    this.discover = this.discoverFunction(props, discoverDlq);
    this.schedule = this.discoverySchedule(props, discoverDlq);
    this.discoverSource = this.discoverSourceFunction(props, discoverSourceTimeout);
    this.fetch = this.fetchFunction(props, fetchTimeout);
    this.process = this.processFunction(props, processDlq);
    this.index = this.indexFunction(props, indexDlq);
  }

  /** Started by the schedule: one message per source of the catalogue on the discover queue. */
  private discoverFunction(props: IngestProps, dlq: sqs.IQueue): CultureIndexFunction {
    const discover = new CultureIndexFunction(this, 'Discover', {
      name: 'discover',
      description: 'Fans a discovery run out: one message per source of the catalogue',
      environment: { DISCOVER_QUEUE_URL: this.discoverQueue.queueUrl },
      timeout: Duration.minutes(1),
      logRetention: props.logRetention,
    });
    this.discoverQueue.grantSendMessages(discover.role);
    discover.function.configureAsyncInvoke({ onFailure: new SqsDestination(dlq), retryAttempts: 1, maxEventAge: Duration.hours(1) });
    return discover;
  }

  /** Reads one source's feeds and sitemaps per message and queues what is new. */
  private discoverSourceFunction(props: IngestProps, timeout: Duration): CultureIndexFunction {
    const worker = new CultureIndexFunction(this, 'DiscoverSource', {
      name: 'discover-source',
      description: 'Reads the feeds and sitemaps of one source and queues new URLs for fetching',
      environment: {
        TABLE_NAME: props.table.tableName,
        FETCH_QUEUE_URL: this.fetchQueue.queueUrl,
        USER_AGENT: props.userAgent,
      },
      timeout,
      logRetention: props.logRetention,
    });
    grantTableReadWrite(props.table, worker.role);
    this.fetchQueue.grantSendMessages(worker.role);
    worker.function.addEventSource(
      new SqsEventSource(this.discoverQueue, {
        // One source per invocation: its whole timeout is its own.
        batchSize: 1,
        reportBatchItemFailures: true,
        maxConcurrency: props.discoverConcurrency,
      }),
    );
    return worker;
  }

  private discoverySchedule(props: IngestProps, dlq: sqs.IQueue): scheduler.Schedule {
    const role = new iam.Role(this, 'SchedulerRole', {
      assumedBy: new iam.ServicePrincipal('scheduler.amazonaws.com'),
      description: 'Lets EventBridge Scheduler start the discover function',
    });
    acknowledge(role, arnWildcardFinding(this.discover.function, ':*'), 'Invoke permission on versions and aliases of the one discover function (added by the scheduler target); nothing else.');
    return new scheduler.Schedule(this, 'DiscoverSchedule', {
      description: 'Starts a discovery run over the sources catalogue',
      schedule: scheduler.ScheduleExpression.expression(props.scheduleRate),
      target: new LambdaInvoke(this.discover.function, {
        role,
        input: scheduler.ScheduleTargetInput.fromObject({ trigger: 'schedule' }),
        deadLetterQueue: dlq,
        retryAttempts: 2,
        maxEventAge: Duration.hours(1),
      }),
    });
  }

  /** Drains the fetch queue with bounded concurrency, so news sites see a polite crawler. */
  private fetchFunction(props: IngestProps, timeout: Duration): CultureIndexFunction {
    const fetch = new CultureIndexFunction(this, 'Fetch', {
      name: 'fetch',
      description: 'Fetches queued URLs politely and archives the raw pages',
      environment: {
        TABLE_NAME: props.table.tableName,
        RAW_BUCKET: props.rawBucket.bucketName,
        USER_AGENT: props.userAgent,
      },
      timeout,
      // No reserved concurrency: a reservation may not push the account's unreserved pool below
      // its minimum (10 on new accounts), which fails a first deploy. The event source's
      // MaximumConcurrency below caps fetch just as well, without reserving anything.
      logRetention: props.logRetention,
    });
    grantTableReadWrite(props.table, fetch.role);
    // PutObject only: the archive writes a body and its sidecar, and never reads, lists or deletes.
    fetch.role.addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['s3:PutObject'], resources: [props.rawBucket.arnForObjects('raw/*')] }));
    acknowledge(fetch.role, arnWildcardFinding(props.rawBucket, '/raw/*'), 'Raw-page keys are derived per URL hash and fetch time, so they cannot be listed in advance; the grant is PutObject only, under the raw/ prefix of this bucket.');
    fetch.function.addEventSource(
      new SqsEventSource(this.fetchQueue, {
        batchSize: 5,
        maxBatchingWindow: Duration.seconds(5),
        reportBatchItemFailures: true,
        maxConcurrency: props.fetchConcurrency,
      }),
    );
    return fetch;
  }

  /** Parses each archived body as it lands in the bucket. */
  private processFunction(props: IngestProps, dlq: sqs.IQueue): CultureIndexFunction {
    const process = new CultureIndexFunction(this, 'Process', {
      name: 'process',
      description: 'Parses archived raw pages, extracts entities and stores articles',
      environment: {
        TABLE_NAME: props.table.tableName,
        RAW_BUCKET: props.rawBucket.bucketName,
      },
      timeout: Duration.minutes(2),
      memorySize: 1024,
      // Parsing runs here: V8's young generation sized for it (see parse-runtime.ts).
      nodeFlags: [PARSE_NODE_FLAG],
      logRetention: props.logRetention,
    });
    grantTableReadWrite(props.table, process.role);
    // GetObject only: process reads the body and sidecar named by the S3 event. ListBucket (on
    // raw/ only) makes S3 answer a missing object with 404 NoSuchKey, which the archive handles,
    // instead of 403 AccessDenied, which it must treat as an outage.
    process.role.addToPrincipalPolicy(new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: [props.rawBucket.arnForObjects('raw/*')] }));
    process.role.addToPrincipalPolicy(
      new iam.PolicyStatement({ actions: ['s3:ListBucket'], resources: [props.rawBucket.bucketArn], conditions: { StringLike: { 's3:prefix': ['raw/*'] } } }),
    );
    acknowledge(process.role, arnWildcardFinding(props.rawBucket, '/raw/*'), 'The keys to read arrive in S3 events and are unknown in advance; the grant is GetObject only, under the raw/ prefix of this bucket.');
    process.function.configureAsyncInvoke({ onFailure: new SqsDestination(dlq), retryAttempts: 2, maxEventAge: Duration.hours(6) });
    process.function.addEventSource(
      // Bodies only: the archive writes the .json sidecar first and the .html body last, so the
      // body's event always finds its sidecar.
      new S3EventSourceV2(props.rawBucket, { events: [s3.EventType.OBJECT_CREATED], filters: [{ prefix: 'raw/', suffix: '.html' }] }),
    );
    return process;
  }

  /** Mirrors article items from the table stream into OpenSearch. */
  private indexFunction(props: IngestProps, dlq: sqs.IQueue): CultureIndexFunction {
    const timeout = Duration.minutes(1);
    const index = new CultureIndexFunction(this, 'Index', {
      name: 'index',
      description: 'Mirrors stored articles from the table stream into OpenSearch',
      environment: {
        TABLE_NAME: props.table.tableName,
        OPENSEARCH_ENDPOINT: props.searchEndpointUrl,
        OPENSEARCH_INDEX_PREFIX: props.indexPrefix,
        OPENSEARCH_REPLICAS: String(props.searchReplicas),
        ...searchClientEnvironment(timeout.toSeconds(), 2),
      },
      timeout,
      logRetention: props.logRetention,
    });
    props.searchDomain.grantReadWrite(index.role);
    // Documents carry their syndication cluster: the indexer reads cluster pointers, nothing else.
    grantClusterPointerReads(props.table, index.role);
    acknowledge(index.role, arnWildcardFinding(props.searchDomain, '/*'), 'OpenSearch paths under this one domain: the indexer creates its index and writes documents, whose paths are index names and ids.');
    index.function.addEventSource(
      new DynamoEventSource(props.table, {
        startingPosition: lambda.StartingPosition.TRIM_HORIZON,
        batchSize: 50,
        maxBatchingWindow: Duration.seconds(2),
        bisectBatchOnError: true,
        reportBatchItemFailures: true,
        retryAttempts: 5,
        maxRecordAge: Duration.days(1),
        onFailure: new SqsDlq(dlq),
        // Only article items change what the index holds; mention, entity and URL-state writes
        // would just wake the function for nothing.
        filters: [lambda.FilterCriteria.filter({ dynamodb: { Keys: { [SORT_KEY]: { S: lambda.FilterRule.isEqual(ARTICLE_SK) } } } })],
      }),
    );
    return index;
  }
}

/** Items and the table's own GSIs (see table-design.ts); nothing else in the account. */
export function grantTableReadWrite(table: dynamodb.ITable, role: iam.IRole): void {
  table.grantReadWriteData(role);
  acknowledge(role, arnWildcardFinding(table, '/index/*'), "Queries on this table's own global secondary indexes (entity-articles, outlet-articles, listing); no other table.");
}
