import type { RawPage, RawRef } from '../domain/model.js';
import type { Fetcher } from '../ports/fetcher.js';
import type { FetchMessage } from '../ports/queue.js';
import type { RawArchive } from '../ports/raw-archive.js';
import { noMetrics, silentLogger, type Logger, type Metrics } from '../ports/telemetry.js';
import type { UrlStateStore } from '../ports/url-state-store.js';
import type { SourceHealthLog } from '../ports/source-health.js';
import { noteHealth } from './health-step.js';
import { markUrl } from './url-states.js';

export interface FetchStepDeps {
  readonly fetcher: Fetcher;
  readonly archive: RawArchive;
  readonly urlStates: UrlStateStore;
  readonly log?: Logger;
  readonly metrics?: Metrics;
  /** Per-source daily tallies (see health-step.ts). */
  readonly health?: SourceHealthLog;
}

export interface FetchStepResult {
  readonly url: string;
  readonly outcome: 'archived' | 'unchanged' | 'skipped' | 'failed';
  readonly reason?: string;
  readonly retryable: boolean;
  readonly ref?: RawRef;
}

/**
 * Fetches one URL (conditionally, with the validators remembered from last time), archives the
 * raw response and records the URL's state. Per-URL problems are results, not exceptions; only
 * infrastructure failures (archive or state store down) throw, so the queue retries them.
 */
export async function fetchToArchive(deps: FetchStepDeps, message: FetchMessage): Promise<FetchStepResult> {
  const log = deps.log ?? silentLogger;
  const metrics = deps.metrics ?? noMetrics;
  const previous = await deps.urlStates.getUrlState(message.url);
  const attempts = (previous?.attempts ?? 0) + 1;
  // Validators only for a URL whose article is in the store: one left pending (a run killed
  // after archiving it) must be read again, or a 304 would mark "unchanged" an article never stored.
  const finished = previous?.status === 'stored' || previous?.status === 'unchanged';
  const outcome = await deps.fetcher.fetch({
    url: message.url,
    etag: finished ? (previous?.etag ?? null) : null,
    lastModified: finished ? (previous?.lastModified ?? null) : null,
  });
  const base = { attempts, sourceId: message.sourceId ?? previous?.sourceId ?? null, nextAttemptAt: null };
  const now = new Date().toISOString();
  await noteHealth(deps, base.sourceId, now, outcome.kind === 'failed' ? { kind: 'failed', reason: outcome.reason } : outcome.kind === 'skipped' ? { kind: 'skipped', reason: outcome.reason } : { kind: 'fetched' });
  switch (outcome.kind) {
    case 'ok': {
      const ref = await archivePage(deps, outcome.page, { ...base, finished });
      if (ref.duplicate && finished) {
        log.info('same content as archived', { url: message.url, key: ref.key, correlationId: message.correlationId });
        return { url: message.url, outcome: 'unchanged', reason: 'same-content', retryable: false, ref };
      }
      metrics.count('ArticlesFetched');
      log.info('fetched', { url: message.url, key: ref.key, correlationId: message.correlationId });
      return { url: message.url, outcome: 'archived', retryable: false, ref };
    }
    case 'not-modified':
      await markUrl(deps.urlStates, message.url, { ...base, status: 'unchanged', reason: 'not-modified' });
      log.info('not modified', { url: message.url, correlationId: message.correlationId });
      return { url: message.url, outcome: 'unchanged', reason: 'not-modified', retryable: false };
    case 'skipped':
      await markUrl(deps.urlStates, message.url, { ...base, status: 'skipped', reason: outcome.reason });
      metrics.count('Skipped', 1, { Reason: outcome.reason });
      log.info('skipped', { url: message.url, reason: outcome.reason, correlationId: message.correlationId });
      return { url: message.url, outcome: 'skipped', reason: outcome.reason, retryable: false };
    case 'failed':
      await markUrl(deps.urlStates, message.url, {
        ...base,
        // Retries within the run count as attempts too.
        attempts: attempts - 1 + Math.max(1, outcome.attempts ?? 1),
        status: 'failed',
        reason: outcome.reason,
        lastError: outcome.reason,
        nextAttemptAt: outcome.retryable ? (outcome.nextAttemptAt ?? null) : null,
      });
      metrics.count('Failures', 1, { Reason: outcome.reason });
      log.warn('fetch failed', { url: message.url, reason: outcome.reason, retryable: outcome.retryable, correlationId: message.correlationId });
      return { url: message.url, outcome: 'failed', reason: outcome.reason, retryable: outcome.retryable };
  }
}

/**
 * Archives a fetched page and records its URL as pending processing, with the validators for the
 * next conditional GET. A URL already `finished` (its article stored) whose bytes are the same as
 * its newest archived copy is unchanged: nothing is written and nothing needs processing.
 */
export async function archivePage(
  deps: Pick<FetchStepDeps, 'archive' | 'urlStates'>,
  page: RawPage,
  extra: { attempts?: number; sourceId?: string | null; nextAttemptAt?: null; finished?: boolean } = {},
): Promise<RawRef> {
  const { finished = false, ...patch } = extra;
  const ref = await deps.archive.put(page);
  const same = ref.duplicate === true && finished;
  await markUrl(deps.urlStates, page.url, {
    ...patch,
    status: same ? 'unchanged' : 'pending',
    reason: same ? 'same-content' : null,
    etag: page.headers['etag'] ?? null,
    lastModified: page.headers['last-modified'] ?? null,
  });
  return ref;
}
