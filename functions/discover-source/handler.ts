/**
 * discover-source: SQS (one DiscoverMessage per source, sent by the scheduled discover run) →
 * read that source's feeds and sitemaps → queue FetchMessages. A source whose discovery throws
 * (the fetch queue or the table unreachable) goes back to the queue and, after its receives, to
 * the discover-source DLQ, as does a malformed message; unreachable feeds are problems in the log,
 * not failures. A message naming no known source (removed from the catalogue since it was sent)
 * is logged and dropped: redelivering it cannot help.
 */
import type { Context, SQSBatchItemFailure, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { discoverSources } from '../../shared/pipeline/discover-step.js';
import type { DiscoverMessage } from '../../shared/ports/queue.js';
import { defaultDeps, type Deps } from '../config.js';
import { sourcesOf } from '../sources.js';

export function parseDiscoverMessage(record: SQSRecord): DiscoverMessage | null {
  try {
    const body: unknown = JSON.parse(record.body);
    if (typeof body !== 'object' || body === null) return null;
    const { sourceId, correlationId } = body as Record<string, unknown>;
    if (typeof sourceId !== 'string' || sourceId === '') return null;
    return { sourceId, correlationId: typeof correlationId === 'string' && correlationId ? correlationId : record.messageId };
  } catch {
    return null;
  }
}

export function createDiscoverSourceHandler(deps: Deps) {
  return async (event: SQSEvent, context?: Context): Promise<SQSBatchResponse> => {
    deps.log.startInvocation(context);
    const batchItemFailures: SQSBatchItemFailure[] = [];
    try {
      for (const record of event.Records) {
        if (!(await discoverOne(deps, record))) batchItemFailures.push({ itemIdentifier: record.messageId });
      }
    } finally {
      deps.metrics.flush();
    }
    return { batchItemFailures };
  };
}

/** False when the message should come back (a failure worth retrying). */
async function discoverOne(deps: Deps, record: SQSRecord): Promise<boolean> {
  const message = parseDiscoverMessage(record);
  if (!message) {
    // Redelivery carries it to the DLQ, where someone sees what sent it.
    deps.log.error('malformed discover message', { messageId: record.messageId });
    deps.metrics.count('Failures', 1, { Reason: 'malformed-discover-message' });
    return false;
  }
  const log = deps.log.withCorrelation(message.correlationId);
  const source = sourcesOf(deps).find((candidate) => candidate.id === message.sourceId);
  if (!source) {
    log.warn('unknown source dropped', { sourceId: message.sourceId });
    deps.metrics.count('Failures', 1, { Reason: 'unknown-source' });
    return true;
  }
  try {
    const report = await discoverSources({ fetcher: deps.fetcher(), urlStates: deps.urlStates(), queue: deps.fetchQueue(), log, metrics: deps.metrics }, [source]);
    for (const problem of report.problems) log.warn('discovery problem', problem);
    if (report.problems.length > 0) deps.metrics.count('DiscoveryProblems', report.problems.length);
    log.info('source discovered', { sourceId: source.id, urlsFound: report.urlsFound, enqueued: report.enqueued, problems: report.problems.length });
    return true;
  } catch (error) {
    log.error('source discovery failed; the message returns to the queue', { sourceId: source.id, error: error instanceof Error ? error.message : String(error) });
    deps.metrics.count('Failures', 1, { Reason: 'discover-source' });
    return false;
  }
}

let lambdaHandler: ReturnType<typeof createDiscoverSourceHandler> | undefined;

export const handler = (event: SQSEvent, context?: Context): Promise<SQSBatchResponse> => {
  lambdaHandler ??= createDiscoverSourceHandler(defaultDeps());
  return lambdaHandler(event, context);
};
