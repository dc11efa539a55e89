/**
 * fetch: SQS batch of FetchMessages → fetch politely → raw page into S3 → URL state.
 * Only retryable failures go back to the queue (batchItemFailures), so SQS redelivers them and,
 * after maxReceiveCount, parks them in the fetch DLQ. Skips and permanent failures are already
 * recorded in the URL state by the pipeline and are not retried.
 */
import type { Context, SQSBatchItemFailure, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { fetchToArchive } from '../../shared/pipeline/fetch-step.js';
import type { FetchMessage } from '../../shared/ports/queue.js';
import { defaultDeps, type Deps } from '../config.js';

/**
 * Time one more URL may take in the worst case: robots.txt and page (15 s timeout each) behind a
 * Crawl-delay of up to 60 s. With less left, the rest of the batch goes back to the queue
 * untouched instead of being cut off by the Lambda timeout.
 */
export const TIME_NEEDED_PER_MESSAGE_MS = 90_000;

export type ParsedMessage = { readonly ok: true; readonly message: FetchMessage } | { readonly ok: false; readonly reason: string };

/** The message body is the JSON FetchMessage; a correlation id may also come as an attribute. */
export function parseFetchMessage(record: SQSRecord): ParsedMessage {
  let body: unknown;
  try {
    body = JSON.parse(record.body);
  } catch {
    return { ok: false, reason: 'body is not JSON' };
  }
  if (typeof body !== 'object' || body === null) return { ok: false, reason: 'body is not an object' };
  const fields = body as Record<string, unknown>;
  if (typeof fields['url'] !== 'string' || fields['url'] === '') return { ok: false, reason: 'body has no url' };
  const attribute = record.messageAttributes?.['correlationId']?.stringValue;
  const correlationId = typeof fields['correlationId'] === 'string' && fields['correlationId'] ? fields['correlationId'] : attribute || record.messageId;
  const sourceId = typeof fields['sourceId'] === 'string' ? fields['sourceId'] : null;
  return { ok: true, message: { url: fields['url'], sourceId, correlationId } };
}

export function createFetchHandler(deps: Deps) {
  return async (event: SQSEvent, context?: Context): Promise<SQSBatchResponse> => {
    deps.log.startInvocation(context);
    const batchItemFailures: SQSBatchItemFailure[] = [];
    try {
      // One at a time: the fetcher is polite per host anyway, and logs stay in order.
      for (const [position, record] of event.Records.entries()) {
        if (context && context.getRemainingTimeInMillis() < TIME_NEEDED_PER_MESSAGE_MS) {
          const untouched = event.Records.slice(position);
          deps.log.warn('deadline near: returning the rest of the batch to the queue', { returned: untouched.length });
          batchItemFailures.push(...untouched.map((rest) => ({ itemIdentifier: rest.messageId })));
          break;
        }
        if (await handleRecord(deps, record)) batchItemFailures.push({ itemIdentifier: record.messageId });
      }
    } finally {
      deps.metrics.flush();
    }
    return { batchItemFailures };
  };
}

/** True when the record should go back to the queue. */
async function handleRecord(deps: Deps, record: SQSRecord): Promise<boolean> {
  const parsed = parseFetchMessage(record);
  if (!parsed.ok) {
    // No URL means no state to record it in: let redelivery carry it to the DLQ, where it is seen.
    deps.log.error('malformed fetch message', { messageId: record.messageId, reason: parsed.reason });
    deps.metrics.count('Failures', 1, { Reason: 'malformed-message' });
    return true;
  }
  const log = deps.log.withCorrelation(parsed.message.correlationId);
  try {
    const result = await fetchToArchive(
      { fetcher: deps.fetcher(), archive: deps.archive(), urlStates: deps.urlStates(), log, metrics: deps.metrics, health: deps.sourceHealth() },
      parsed.message,
    );
    if (result.outcome === 'failed' && result.retryable) {
      log.warn('will retry', { url: result.url, reason: result.reason, receiveCount: record.attributes.ApproximateReceiveCount });
      return true;
    }
    return false;
  } catch (error) {
    // Archive or state store unavailable: nothing is lost by trying again later.
    log.error('fetch step failed', { url: parsed.message.url, error: describe(error) });
    deps.metrics.count('Failures', 1, { Reason: 'infrastructure' });
    return true;
  }
}

export function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

let lambdaHandler: ReturnType<typeof createFetchHandler> | undefined;

export const handler = (event: SQSEvent, context?: Context): Promise<SQSBatchResponse> => {
  lambdaHandler ??= createFetchHandler(defaultDeps());
  return lambdaHandler(event, context);
};
