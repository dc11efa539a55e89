/**
 * index: DynamoDB stream batch → article upserts/removals → OpenSearch.
 * Documents OpenSearch rejects are reported as batchItemFailures (their records' sequence
 * numbers), so Lambda retries from the first of them; a failure of the whole call throws, so the
 * event source bisects the batch (bisectBatchOnFunctionError) until the bad record is alone, and
 * after the retry budget the batch's description lands in the index DLQ.
 */
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { Context, DynamoDBBatchItemFailure, DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { decodeArticleStreamRecords } from '../../shared/adapters/dynamodb/stream-records.js';
import { articleIdFromKeys } from '../../shared/adapters/dynamodb/table-design.js';
import { indexRecords } from '../../shared/pipeline/index-step.js';
import { defaultDeps, type Deps } from '../config.js';
import { writableSearchIndexOf } from '../search-index.js';

/** The article id a stream record is about, or null for mention/entity/URL-state items. */
export function articleIdOfRecord(record: DynamoDBRecord): string | null {
  const keys = record.dynamodb?.Keys;
  if (!keys) return null;
  return articleIdFromKeys(unmarshall(keys as unknown as Record<string, AttributeValue>));
}

/** Sequence numbers of every record that touched one of the failed articles. */
export function failedItems(records: readonly DynamoDBRecord[], failedArticleIds: ReadonlySet<string>): DynamoDBBatchItemFailure[] {
  const failures: DynamoDBBatchItemFailure[] = [];
  for (const record of records) {
    const id = articleIdOfRecord(record);
    const sequence = record.dynamodb?.SequenceNumber;
    if (id !== null && sequence && failedArticleIds.has(id)) failures.push({ itemIdentifier: sequence });
  }
  return failures;
}

export function createIndexHandler(deps: Deps) {
  return async (event: DynamoDBStreamEvent, context?: Context): Promise<DynamoDBBatchResponse> => {
    deps.log.startInvocation(context);
    const log = deps.log.withCorrelation(event.Records[0]?.eventID ?? context?.awsRequestId ?? 'stream');
    try {
      const changes = decodeArticleStreamRecords(event.Records);
      if (changes.upserts.length === 0 && changes.removals.length === 0) return { batchItemFailures: [] };
      // Each document carries its syndication cluster (process writes the member before the
      // article, so the pointer exists by the time the article's stream record arrives).
      const result = await indexRecords({ index: await writableSearchIndexOf(deps), clusters: deps.clusters(), log, metrics: deps.metrics }, changes);
      log.info('indexed', { records: event.Records.length, upserts: changes.upserts.length, removals: changes.removals.length, failures: result.failures.length });
      if (result.failures.length === 0) return { batchItemFailures: [] };
      return { batchItemFailures: failedItems(event.Records, new Set(result.failures.map((failure) => failure.id))) };
    } catch (error) {
      log.error('indexing failed', { records: event.Records.length, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
      deps.metrics.count('Failures', 1, { Reason: 'index-unavailable' });
      throw error;
    } finally {
      deps.metrics.flush();
    }
  };
}

let lambdaHandler: ReturnType<typeof createIndexHandler> | undefined;

export const handler = (event: DynamoDBStreamEvent, context?: Context): Promise<DynamoDBBatchResponse> => {
  lambdaHandler ??= createIndexHandler(defaultDeps());
  return lambdaHandler(event, context);
};
