/**
 * Lambda events in the exact shapes AWS delivers them (SQS, S3 notification, DynamoDB Streams,
 * API Gateway HTTP API v2), and a recording Logger/Metrics, for the handler tests.
 */
import { randomUUID } from 'node:crypto';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import type { APIGatewayProxyEventV2, Context, DynamoDBRecord, DynamoDBStreamEvent, S3Event, SQSEvent, SQSRecord } from 'aws-lambda';
import { PARTITION_KEY, SORT_KEY } from '../../../shared/adapters/dynamodb/table-design.js';
import type { Logger, Metrics } from '../../../shared/ports/telemetry.js';

const REGION = 'eu-central-1';
const ACCOUNT = '123456789012';

export function lambdaContext(functionName: string): Context {
  const awsRequestId = randomUUID();
  return {
    callbackWaitsForEmptyEventLoop: true,
    functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:${REGION}:${ACCOUNT}:function:${functionName}`,
    memoryLimitInMB: '512',
    awsRequestId,
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: `2026/03/14/[$LATEST]${awsRequestId.replace(/-/g, '')}`,
    getRemainingTimeInMillis: () => 300_000,
    done: () => {},
    fail: () => {},
    succeed: () => {},
  };
}

export function sqsRecord(body: string, options: { receiveCount?: number; correlationId?: string } = {}): SQSRecord {
  const messageId = randomUUID();
  return {
    messageId,
    receiptHandle: `AQEB${messageId.replace(/-/g, '')}`,
    body,
    attributes: {
      ApproximateReceiveCount: String(options.receiveCount ?? 1),
      SentTimestamp: String(Date.now()),
      SenderId: 'AROAEXAMPLE:discover',
      ApproximateFirstReceiveTimestamp: String(Date.now()),
    },
    messageAttributes: options.correlationId
      ? { correlationId: { stringValue: options.correlationId, dataType: 'String', stringListValues: [], binaryListValues: [] } }
      : {},
    md5OfBody: 'd41d8cd98f00b204e9800998ecf8427e',
    eventSource: 'aws:sqs',
    eventSourceARN: `arn:aws:sqs:${REGION}:${ACCOUNT}:FetchQueue`,
    awsRegion: REGION,
  };
}

export function sqsEvent(records: readonly SQSRecord[]): SQSEvent {
  return { Records: [...records] };
}

/** Keys are URL-encoded in S3 notifications (spaces as '+'), as S3 sends them. */
export function s3Event(bucket: string, objects: readonly { key: string; size: number }[]): S3Event {
  return {
    Records: objects.map((object) => ({
      eventVersion: '2.1',
      eventSource: 'aws:s3',
      awsRegion: REGION,
      eventTime: new Date().toISOString(),
      eventName: 'ObjectCreated:Put',
      userIdentity: { principalId: 'AWS:AROAEXAMPLE:fetch' },
      requestParameters: { sourceIPAddress: '10.0.0.1' },
      responseElements: { 'x-amz-request-id': randomUUID().slice(0, 16), 'x-amz-id-2': randomUUID() },
      s3: {
        s3SchemaVersion: '1.0',
        configurationId: 'ProcessRawPages',
        bucket: { name: bucket, ownerIdentity: { principalId: 'A3EXAMPLE' }, arn: `arn:aws:s3:::${bucket}` },
        object: {
          key: encodeURIComponent(object.key).replace(/%2F/g, '/').replace(/%20/g, '+'),
          size: object.size,
          eTag: randomUUID().replace(/-/g, ''),
          sequencer: Date.now().toString(16).toUpperCase(),
        },
      },
    })),
  };
}

let sequence = 100_000_000_000_000_000_000n;

/**
 * A DynamoDB Streams record for a table item, as Lambda receives it: keys and images in
 * AttributeValue JSON, a growing sequence number, NEW_AND_OLD_IMAGES.
 */
export function streamRecord(eventName: 'INSERT' | 'MODIFY' | 'REMOVE', item: Record<string, unknown>, oldItem?: Record<string, unknown>): DynamoDBRecord {
  sequence += 1n;
  const image = (value: Record<string, unknown>) => marshall(value, { removeUndefinedValues: true, convertClassInstanceToMap: true }) as Record<string, AttributeValue>;
  const keys = image({ [PARTITION_KEY]: item[PARTITION_KEY], [SORT_KEY]: item[SORT_KEY] });
  return {
    eventID: randomUUID().replace(/-/g, ''),
    eventName,
    eventVersion: '1.1',
    eventSource: 'aws:dynamodb',
    awsRegion: REGION,
    dynamodb: {
      ApproximateCreationDateTime: Math.floor(Date.now() / 1000),
      Keys: keys as NonNullable<DynamoDBRecord['dynamodb']>['Keys'],
      ...(eventName !== 'REMOVE' ? { NewImage: image(item) as NonNullable<DynamoDBRecord['dynamodb']>['NewImage'] } : {}),
      ...(oldItem || eventName === 'REMOVE' ? { OldImage: image(oldItem ?? item) as NonNullable<DynamoDBRecord['dynamodb']>['OldImage'] } : {}),
      SequenceNumber: sequence.toString(),
      SizeBytes: JSON.stringify(item).length,
      StreamViewType: 'NEW_AND_OLD_IMAGES',
    },
    eventSourceARN: `arn:aws:dynamodb:${REGION}:${ACCOUNT}:table/CultureIndex/stream/2026-03-14T08:00:00.000`,
  };
}

export function streamEvent(records: readonly DynamoDBRecord[]): DynamoDBStreamEvent {
  return { Records: [...records] };
}

/** An HTTP API (payload format 2.0) request on the $default stage, IAM-authorised. */
export function apiEvent(method: string, path: string, rawQueryString = ''): APIGatewayProxyEventV2 {
  const query: Record<string, string> = {};
  // API Gateway joins repeated parameters with commas in queryStringParameters.
  for (const [key, value] of new URLSearchParams(rawQueryString)) query[key] = query[key] === undefined ? value : `${query[key]},${value}`;
  return {
    version: '2.0',
    routeKey: 'GET /{proxy+}',
    rawPath: path,
    rawQueryString,
    headers: { accept: 'application/json', host: 'abc123.execute-api.eu-central-1.amazonaws.com' },
    ...(rawQueryString ? { queryStringParameters: query } : {}),
    pathParameters: { proxy: path.replace(/^\//, '') },
    requestContext: {
      accountId: ACCOUNT,
      apiId: 'abc123',
      domainName: 'abc123.execute-api.eu-central-1.amazonaws.com',
      domainPrefix: 'abc123',
      http: { method, path, protocol: 'HTTP/1.1', sourceIp: '192.0.2.10', userAgent: 'vitest' },
      requestId: randomUUID(),
      routeKey: 'GET /{proxy+}',
      stage: '$default',
      time: new Date().toUTCString(),
      timeEpoch: Date.now(),
    },
    isBase64Encoded: false,
  };
}

export interface RecordedLine {
  readonly level: 'debug' | 'info' | 'warn' | 'error';
  readonly message: string;
  readonly extra: Record<string, unknown>;
}

/** Keeps every log line and metric so tests can assert on what the handler reported. */
export class Recorder {
  readonly lines: RecordedLine[] = [];
  readonly counts: { name: string; value: number; dimensions: Record<string, string> }[] = [];
  flushes = 0;

  readonly log: Logger = {
    debug: (message, extra) => this.lines.push({ level: 'debug', message, extra: { ...extra } }),
    info: (message, extra) => this.lines.push({ level: 'info', message, extra: { ...extra } }),
    warn: (message, extra) => this.lines.push({ level: 'warn', message, extra: { ...extra } }),
    error: (message, extra) => this.lines.push({ level: 'error', message, extra: { ...extra } }),
  };

  readonly metrics: Metrics = {
    count: (name, value = 1, dimensions = {}) => this.counts.push({ name, value, dimensions }),
    flush: () => {
      this.flushes += 1;
    },
  };

  total(name: string, dimensions?: Record<string, string>): number {
    return this.counts
      .filter((count) => count.name === name && Object.entries(dimensions ?? {}).every(([key, value]) => count.dimensions[key] === value))
      .reduce((sum, count) => sum + count.value, 0);
  }
}
