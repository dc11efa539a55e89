/**
 * discover: EventBridge Scheduler (or a manual invoke) → one DiscoverMessage per source on the
 * discover queue (on AWS), where the discover-source worker reads that source's feeds and
 * sitemaps with a timeout and a DLQ of its own; one slow source no longer holds up the others.
 * Without a discover queue (tests, other runtimes) it reads every source itself and queues
 * FetchMessages. A failure to queue throws, so Lambda's async retry and then the discover DLQ
 * catch it; unreachable feeds are problems in the report, not failures.
 */
import { randomUUID } from 'node:crypto';
import type { Context } from 'aws-lambda';
import type { Source } from '../../shared/domain/model.js';
import { discoverSources, type DiscoverReport } from '../../shared/pipeline/discover-step.js';
import { defaultDeps, type Deps } from '../config.js';
import { sourcesOf } from '../sources.js';

/** What the schedule sends; `sourceIds` narrows a manual run to some sources. */
export interface DiscoverEvent {
  readonly trigger?: string;
  readonly sourceIds?: readonly string[];
}

export function selectSources(all: readonly Source[], event: DiscoverEvent | null | undefined): { sources: Source[]; unknown: string[] } {
  const wanted = Array.isArray(event?.sourceIds) ? event.sourceIds.filter((id): id is string => typeof id === 'string') : [];
  if (wanted.length === 0) return { sources: [...all], unknown: [] };
  const known = new Set(all.map((source) => source.id));
  return { sources: all.filter((source) => wanted.includes(source.id)), unknown: wanted.filter((id) => !known.has(id)) };
}

/** What a fanned-out run did: one message per source, queued for the discover-source worker. */
export interface FanOutReport {
  readonly fannedOut: number;
}

export function createDiscoverHandler(deps: Deps) {
  return async (event: DiscoverEvent | null | undefined, context?: Context): Promise<DiscoverReport | FanOutReport> => {
    deps.log.startInvocation(context);
    const correlationId = context?.awsRequestId ?? `discover-${Date.now()}`;
    const log = deps.log.withCorrelation(correlationId);
    try {
      const { sources, unknown } = selectSources(sourcesOf(deps), event);
      if (unknown.length > 0) log.warn('unknown source ids ignored', { unknown });
      const discoverQueue = deps.discoverQueue();
      if (discoverQueue) {
        // Each source gets its own correlation id, derived from this run's for tracing.
        await discoverQueue.send(sources.map((source) => ({ sourceId: source.id, correlationId: `${correlationId}/${source.id}/${randomUUID().slice(0, 8)}` })));
        deps.metrics.count('SourcesFannedOut', sources.length);
        log.info('discovery fanned out', { sources: sources.length });
        return { fannedOut: sources.length };
      }
      const report = await discoverSources({ fetcher: deps.fetcher(), urlStates: deps.urlStates(), queue: deps.fetchQueue(), log, metrics: deps.metrics }, sources);
      for (const problem of report.problems) log.warn('discovery problem', problem);
      if (report.problems.length > 0) deps.metrics.count('DiscoveryProblems', report.problems.length);
      log.info('discovery done', { sources: report.sources, urlsFound: report.urlsFound, enqueued: report.enqueued, problems: report.problems.length });
      return report;
    } finally {
      deps.metrics.flush();
    }
  };
}

let lambdaHandler: ReturnType<typeof createDiscoverHandler> | undefined;

export const handler = (event: DiscoverEvent | null | undefined, context?: Context): Promise<DiscoverReport | FanOutReport> => {
  lambdaHandler ??= createDiscoverHandler(defaultDeps());
  return lambdaHandler(event, context);
};
