import { pathToFileURL } from 'node:url';
import type { RawPage, Source } from '../domain/model.js';
import type { EntityResolver } from '../domain/resolve/types.js';
import type { ArticleStore } from '../ports/article-store.js';
import type { Fetcher } from '../ports/fetcher.js';
import type { RawArchive } from '../ports/raw-archive.js';
import type { IndexOutbox } from '../ports/index-outbox.js';
import type { IngestRunLog } from '../ports/run-log.js';
import type { SearchIndex } from '../ports/search-index.js';
import { silentLogger, type Logger } from '../ports/telemetry.js';
import type { UrlStateStore } from '../ports/url-state-store.js';
import { dedupeKey } from '../domain/url.js';
import { discover, type Discovery } from './discover.js';
import { archivePage, fetchToArchive } from './fetch-step.js';
import { drainIndexOutbox } from './drain-index.js';
import { indexRecords } from './index-step.js';
import { processContextFor, processRawPage } from './process-step.js';
import type { ClusterStore } from '../ports/cluster-store.js';
import type { SourceHealthLog } from '../ports/source-health.js';
import { noteHealth } from './health-step.js';
import { markUrl } from './url-states.js';

export interface LocalIngestDeps {
  readonly httpFetcher: Fetcher;
  readonly fileFetcher: Fetcher;
  /** Lists the HTML files of a folder (recursively), or returns [path] for a file. */
  readonly listFiles: (path: string) => Promise<string[]>;
  readonly archive: RawArchive;
  readonly store: ArticleStore;
  readonly urlStates: UrlStateStore;
  readonly index: SearchIndex;
  /** Articles stored but not yet indexed; drained at start and after each stored article. */
  readonly outbox?: IndexOutbox;
  /** Journal of runs, so a killed run is resumed rather than restarted. */
  readonly runs?: IngestRunLog;
  readonly resolver: EntityResolver;
  /** Syndication clusters, assigned as articles are stored (see cluster-step.ts). */
  readonly clusters?: ClusterStore;
  /** Per-source daily tallies (see health-step.ts). */
  readonly health?: SourceHealthLog;
  /** See ProcessStepDeps.resolverTag. */
  readonly resolverTag?: string;
  readonly log?: Logger;
  /** Pages processed at once; the fetcher still serialises requests per host. */
  readonly concurrency?: number;
}

export type FinalStatus = 'stored' | 'unchanged' | 'skipped' | 'failed';

export interface UrlResult {
  readonly url: string;
  readonly status: FinalStatus;
  readonly reason?: string;
  readonly articleId?: string | null;
}

export interface IngestSummary {
  readonly results: UrlResult[];
  readonly counts: Record<FinalStatus, number>;
  /** Problems with feeds/sitemaps/targets themselves (not with article URLs). */
  readonly problems: { readonly target: string; readonly reason: string }[];
  /** Per catalogue source: URLs its feeds and sitemaps listed, and whether every one of them answered. */
  readonly sources: SourceCheck[];
  /** The run in the journal (when the deps keep one); `resumed` when it continued a killed run. */
  readonly run?: { readonly id: number; readonly resumed: boolean; readonly startedAt: string };
}

export interface SourceCheck {
  readonly id: string;
  readonly urlsFound: number;
  /** Every feed and sitemap of the source was fetched and read: its catalogue entry is verified. */
  readonly verified: boolean;
}

export type IngestEvent = { readonly type: 'planned'; readonly total: number } | { readonly type: 'done'; readonly result: UrlResult };

interface WorkItem {
  readonly url: string;
  readonly sourceId: string | null;
  /** Already fetched during discovery (a target that was a page itself). */
  readonly page?: RawPage;
}

const URL_PATTERN = /^https?:\/\//i;

/**
 * The whole local pipeline for a set of targets (URLs of pages, feeds or sitemaps; files;
 * folders) and catalogue sources: discover → fetch → archive → parse/extract → store → index.
 * Every URL it plans ends in a recorded state; the summary lists them all.
 */
export interface IngestRequest {
  readonly targets?: readonly string[];
  /** Catalogue sources to crawl (their feeds and sitemaps). */
  readonly sources?: readonly Source[];
  /** Further known sources, not crawled: they name articles from targets on their sites. */
  readonly catalogue?: readonly Source[];
}

export async function ingestLocal(
  deps: LocalIngestDeps,
  request: IngestRequest,
  onEvent: (event: IngestEvent) => void = () => {},
  options: { readonly trigger?: string } = {},
): Promise<IngestSummary> {
  const problems: { target: string; reason: string }[] = [];
  const unreachable: UrlResult[] = [];
  const sourceChecks: SourceCheck[] = [];
  // A previous run may have died between storing and indexing: catch the index up first.
  if (deps.outbox) await drainIndexOutbox({ store: deps.store, outbox: deps.outbox, index: deps.index, ...(deps.clusters ? { clusters: deps.clusters } : {}) });
  const begun = deps.runs ? await deps.runs.beginRun(options.trigger ?? 'cli') : null;
  // A killed run is resumed: what it finished since it started is not fetched again.
  const resumeFrom = begun?.resumed ? begun.run.startedAt : null;
  const items = await planWork(deps, request, problems, unreachable, sourceChecks);
  onEvent({ type: 'planned', total: items.length + unreachable.length });
  for (const result of unreachable) {
    await markUrl(deps.urlStates, result.url, { status: result.status, reason: result.reason ?? null, attempts: 1 });
    onEvent({ type: 'done', result });
  }
  for (const item of items) await registerUrl(deps.urlStates, item);
  const catalogue = [...(request.sources ?? []), ...(request.catalogue ?? [])];
  const results = await runPool(items, deps.concurrency ?? 4, async (item) => {
    const result = (resumeFrom !== null ? await finishedSince(deps.urlStates, item.url, resumeFrom) : null) ?? (await ingestOne(deps, item, catalogue));
    onEvent({ type: 'done', result });
    return result;
  });
  const all = [...unreachable, ...results];
  const counts: Record<FinalStatus, number> = { stored: 0, unchanged: 0, skipped: 0, failed: 0 };
  for (const result of all) counts[result.status] += 1;
  if (begun && deps.runs) await deps.runs.finishRun(begun.run.id, { counts, reasons: reasonCounts(all), problems: problems.length });
  return {
    results: all,
    counts,
    problems,
    sources: sourceChecks,
    ...(begun ? { run: { id: begun.run.id, resumed: begun.resumed, startedAt: begun.run.startedAt } } : {}),
  };
}

/**
 * Planning never resets a URL's state: a URL seen for the first time becomes pending, a known
 * one keeps what it has (so `status` stays true whenever the run is killed).
 */
async function registerUrl(urlStates: UrlStateStore, item: WorkItem): Promise<void> {
  const known = await urlStates.getUrlState(item.url);
  if (known === null) await markUrl(urlStates, item.url, { status: 'pending', reason: null, sourceId: item.sourceId });
  else if (item.sourceId !== null && known.sourceId !== item.sourceId) await markUrl(urlStates, item.url, { sourceId: item.sourceId });
}

/** The URL's result when it reached a final state at or after `since`, else null. */
async function finishedSince(urlStates: UrlStateStore, url: string, since: string): Promise<UrlResult | null> {
  const state = await urlStates.getUrlState(url);
  if (state === null || state.status === 'pending' || state.updatedAt < since) return null;
  return state.reason !== null
    ? { url, status: state.status, reason: state.reason, articleId: state.articleId }
    : { url, status: state.status, articleId: state.articleId };
}

/** Skipped and failed URLs per reason, e.g. { "http-404": 3, "robots-disallowed": 1 }. */
export function reasonCounts(results: readonly UrlResult[]): Record<string, number> {
  const reasons: Record<string, number> = {};
  for (const result of results) {
    if (result.status !== 'skipped' && result.status !== 'failed') continue;
    const key = `${result.status}:${result.reason ?? 'unknown'}`;
    reasons[key] = (reasons[key] ?? 0) + 1;
  }
  return reasons;
}

async function planWork(
  deps: LocalIngestDeps,
  request: { readonly targets?: readonly string[]; readonly sources?: readonly Source[] },
  problems: { target: string; reason: string }[],
  unreachable: UrlResult[],
  sourceChecks: SourceCheck[],
): Promise<WorkItem[]> {
  const items = new Map<string, WorkItem>();
  const add = (item: WorkItem): void => {
    const key = dedupeKey(item.url);
    if (!items.has(key)) items.set(key, item);
  };
  for (const target of request.targets ?? []) {
    if (URL_PATTERN.test(target)) {
      // A target given by hand that cannot be fetched is an article URL that failed, not a feed problem.
      const found = await addDiscovered(deps, [target], null, add, problems);
      for (const miss of found.unreachable) unreachable.push({ url: miss.url, status: miss.status, reason: miss.reason });
      continue;
    }
    try {
      for (const file of await deps.listFiles(target)) add({ url: pathToFileURL(file).href, sourceId: null });
    } catch (error) {
      problems.push({ target, reason: error instanceof Error ? error.message : String(error) });
    }
  }
  for (const source of request.sources ?? []) {
    const found = await addDiscovered(deps, [...source.feeds, ...source.sitemaps], source.id, add, problems);
    for (const miss of found.unreachable) problems.push({ target: miss.url, reason: miss.reason });
    const urlsFound = found.urls.length + found.pages.length;
    sourceChecks.push({ id: source.id, urlsFound, verified: found.unreachable.length === 0 && urlsFound > 0 });
  }
  return [...items.values()];
}

async function addDiscovered(
  deps: LocalIngestDeps,
  startUrls: readonly string[],
  sourceId: string | null,
  add: (item: WorkItem) => void,
  problems: { target: string; reason: string }[],
): Promise<Discovery> {
  const found = await discover(deps.httpFetcher, startUrls);
  for (const problem of found.problems) problems.push({ target: problem.url, reason: problem.reason });
  for (const page of found.pages) add({ url: page.url, sourceId, page });
  for (const entry of found.urls) add({ url: entry.url, sourceId });
  return found;
}

async function ingestOne(deps: LocalIngestDeps, item: WorkItem, catalogue: readonly Source[]): Promise<UrlResult> {
  try {
    const page = item.page ? await archiveAndReturn(deps, item.sourceId, item.page) : await fetchItem(deps, item);
    if (!('body' in page)) return page;
    const optional = { ...(deps.clusters ? { clusters: deps.clusters } : {}), ...(deps.health ? { health: deps.health } : {}) };
    const processed = await processRawPage(
      { store: deps.store, urlStates: deps.urlStates, resolver: deps.resolver, resolverTag: deps.resolverTag ?? '', log: deps.log ?? silentLogger, ...optional },
      page,
      processContextFor(item.sourceId, catalogue),
    );
    if (processed.status === 'stored' && processed.record) {
      const clusters = deps.clusters ? { clusters: deps.clusters } : {};
      const indexed = deps.outbox
        ? await drainIndexOutbox({ store: deps.store, outbox: deps.outbox, index: deps.index, ...clusters }, new Set([processed.record.article.id]))
        : await indexRecords({ index: deps.index, ...clusters }, { upserts: [processed.record], removals: [] });
      if (indexed.failures.length > 0) {
        const reason = `index-rejected: ${indexed.failures[0]?.reason ?? ''}`;
        await markUrl(deps.urlStates, item.url, { status: 'failed', reason });
        return { url: item.url, status: 'failed', reason };
      }
    }
    return processed.reason !== undefined
      ? { url: item.url, status: processed.status, reason: processed.reason, articleId: processed.articleId }
      : { url: item.url, status: processed.status, articleId: processed.articleId };
  } catch (error) {
    // Infrastructure errors for one URL are recorded so the URL never ends without a state.
    const reason = `error: ${error instanceof Error ? error.message : String(error)}`.slice(0, 500);
    await markUrl(deps.urlStates, item.url, { status: 'failed', reason }).catch(() => {});
    return { url: item.url, status: 'failed', reason };
  }
}

async function fetchItem(deps: LocalIngestDeps, item: WorkItem): Promise<RawPage | UrlResult> {
  const fetcher = URL_PATTERN.test(item.url) ? deps.httpFetcher : deps.fileFetcher;
  const fetched = await fetchToArchive(
    { fetcher, archive: deps.archive, urlStates: deps.urlStates, log: deps.log ?? silentLogger, ...(deps.health ? { health: deps.health } : {}) },
    { url: item.url, sourceId: item.sourceId, correlationId: item.url },
  );
  if (fetched.outcome === 'unchanged') return { url: item.url, status: 'unchanged', reason: fetched.reason ?? 'not-modified' };
  if (fetched.outcome !== 'archived' || !fetched.ref) {
    return { url: item.url, status: fetched.outcome === 'skipped' ? 'skipped' : 'failed', reason: fetched.reason ?? 'unknown' };
  }
  const page = await deps.archive.get(fetched.ref.key);
  if (!page) return { url: item.url, status: 'failed', reason: 'archive-lost-page' };
  return page;
}

/** A page fetched during discovery (a target that was an article itself): archived and counted as fetched. */
async function archiveAndReturn(deps: LocalIngestDeps, sourceId: string | null, page: RawPage): Promise<RawPage> {
  await archivePage(deps, page);
  await noteHealth(deps, sourceId, page.fetchedAt, { kind: 'fetched' });
  return page;
}

/** Runs `work` over items with at most `size` in flight, keeping input order in the output. */
async function runPool<T, R>(items: readonly T[], size: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(size, items.length)) }, worker));
  return results;
}
