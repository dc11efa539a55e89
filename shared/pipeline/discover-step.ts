import { randomUUID } from 'node:crypto';
import type { Source } from '../domain/model.js';
import type { Fetcher } from '../ports/fetcher.js';
import type { FetchMessage, Queue } from '../ports/queue.js';
import { noMetrics, silentLogger, type Logger, type Metrics } from '../ports/telemetry.js';
import type { UrlStateStore } from '../ports/url-state-store.js';
import { discover, type DiscoveredUrl } from './discover.js';
import { markUrl } from './url-states.js';

export interface DiscoverStepDeps {
  readonly fetcher: Fetcher;
  readonly urlStates: UrlStateStore;
  readonly queue: Queue<FetchMessage>;
  readonly log?: Logger;
  readonly metrics?: Metrics;
}

export interface DiscoverReport {
  readonly sources: number;
  readonly urlsFound: number;
  readonly enqueued: number;
  readonly problems: { readonly source: string; readonly reason: string }[];
}

/**
 * Reads every source's feeds and sitemaps and queues the URLs worth fetching: new ones, ones that
 * failed retryably before, and ones whose lastmod is newer than our last visit. Each queued URL
 * is recorded as pending first, so it can never vanish between discovery and fetch.
 */
export async function discoverSources(deps: DiscoverStepDeps, sources: readonly Source[]): Promise<DiscoverReport> {
  const log = deps.log ?? silentLogger;
  const metrics = deps.metrics ?? noMetrics;
  let urlsFound = 0;
  let enqueued = 0;
  const problems: { source: string; reason: string }[] = [];
  for (const source of sources) {
    const found = await discover(deps.fetcher, [...source.feeds, ...source.sitemaps]);
    for (const problem of [...found.problems, ...found.unreachable]) problems.push({ source: source.id, reason: `${problem.url}: ${problem.reason}` });
    const candidates = [...found.urls, ...found.pages.map((page) => ({ url: page.url }))];
    urlsFound += candidates.length;
    const messages: FetchMessage[] = [];
    for (const candidate of candidates) {
      if (!(await worthFetching(deps.urlStates, candidate))) continue;
      await markUrl(deps.urlStates, candidate.url, { status: 'pending', reason: null, sourceId: source.id });
      messages.push({ url: candidate.url, sourceId: source.id, correlationId: randomUUID() });
    }
    await deps.queue.send(messages);
    enqueued += messages.length;
    log.info('discovered', { source: source.id, found: candidates.length, enqueued: messages.length });
  }
  metrics.count('UrlsDiscovered', urlsFound);
  metrics.count('UrlsEnqueued', enqueued);
  return { sources: sources.length, urlsFound, enqueued, problems };
}

async function worthFetching(urlStates: UrlStateStore, candidate: DiscoveredUrl): Promise<boolean> {
  const state = await urlStates.getUrlState(candidate.url);
  if (!state) return true;
  if (state.status === 'pending') return true;
  // A page that answered 4xx (other than 429) will answer the same; everything else may recover.
  if (state.status === 'failed') return !/^http-4(?!29)\d\d$/.test(state.reason ?? '');
  if (state.status === 'skipped') return false;
  return candidate.lastModified !== undefined && candidate.lastModified > state.updatedAt;
}
