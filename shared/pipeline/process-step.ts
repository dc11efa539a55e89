import { assembleArticle, assembleRecord, rejectionReason } from '../domain/article.js';
import { decodeHtml } from '../domain/decode.js';
import { EXTRACTOR_VERSION, extractEntities } from '../domain/extract/index.js';
import type { ArticleRecord, RawPage, Source } from '../domain/model.js';
import { PARSER_VERSION, parseArticle } from '../domain/parse/index.js';
import type { EntityResolver } from '../domain/resolve/types.js';
import type { ArticleStore } from '../ports/article-store.js';
import { noMetrics, silentLogger, type Logger, type Metrics } from '../ports/telemetry.js';
import type { UrlStateStore } from '../ports/url-state-store.js';
import type { ClusterStore } from '../ports/cluster-store.js';
import type { SourceHealthLog } from '../ports/source-health.js';
import { assignCluster } from './cluster-step.js';
import { noteHealth } from './health-step.js';
import { markUrl } from './url-states.js';

export interface ProcessStepDeps {
  readonly store: ArticleStore;
  readonly urlStates: UrlStateStore;
  readonly resolver: EntityResolver;
  /**
   * Appended to the extractor version stored with each article, e.g. a fingerprint of the entity
   * overrides in force: changing overrides then counts as a new extraction and re-stores.
   */
  readonly resolverTag?: string;
  readonly log?: Logger;
  readonly metrics?: Metrics;
  /** Syndication clusters: each stored article joins one (see cluster-step.ts). */
  readonly clusters?: ClusterStore;
  /** Per-source daily tallies (see health-step.ts). */
  readonly health?: SourceHealthLog;
}

export interface ProcessContext {
  readonly sourceId?: string | null;
  /** Hosts whose canonical URLs this page may claim (the source's own site). */
  readonly trustedHosts?: readonly string[];
  /** The catalogue source that listed the page: it names the article (see domain/source-identity.ts). */
  readonly source?: Source | null;
  /** Known sources, to name an article no source listed (a URL or a file given by hand). */
  readonly catalogue?: readonly Source[];
}

/**
 * What processing needs to know about the source of a page recorded with `sourceId` (null: none):
 * the source itself, its site as trusted canonical host, and the catalogue for naming.
 */
export function processContextFor(sourceId: string | null, catalogue: readonly Source[]): ProcessContext {
  const source = sourceId === null ? null : (catalogue.find((candidate) => candidate.id === sourceId) ?? null);
  return { sourceId, source, trustedHosts: source ? [source.site] : [], catalogue };
}

export interface ProcessResult {
  readonly url: string;
  readonly status: 'stored' | 'unchanged' | 'skipped';
  readonly articleId: string | null;
  readonly reason?: string;
  readonly entities: number;
  /** The record as stored (absent when skipped). */
  readonly record?: ArticleRecord;
}

/** Decode → parse → extract → resolve, without touching any store. */
export function analysePage(
  page: RawPage,
  resolver: EntityResolver,
  context: ProcessContext = {},
  resolverTag = '',
): { record: ArticleRecord } | { skipped: string } {
  const { text: html } = decodeHtml(page.body, page.headers['content-type'] ?? null);
  const parsed = parseArticle(html, { url: page.finalUrl });
  const rejected = rejectionReason(parsed);
  if (rejected) return { skipped: rejected };
  const article = assembleArticle(
    parsed,
    {
      url: page.url,
      finalUrl: page.finalUrl,
      fetchedAt: page.fetchedAt,
      trustedHosts: context.trustedHosts ?? [],
      listedBy: context.source ?? null,
      catalogue: context.catalogue ?? [],
    },
    { parserVersion: PARSER_VERSION, extractorVersion: resolverTag ? `${EXTRACTOR_VERSION}+${resolverTag}` : EXTRACTOR_VERSION },
  );
  const extracted = extractEntities({ title: article.title, text: article.text });
  return { record: assembleRecord(article, extracted, resolver) };
}

/** Turns one archived page into a stored article (or a recorded skip) and updates the URL's state. */
export async function processRawPage(deps: ProcessStepDeps, page: RawPage, context: ProcessContext = {}): Promise<ProcessResult> {
  const log = deps.log ?? silentLogger;
  const metrics = deps.metrics ?? noMetrics;
  const analysed = analysePage(page, deps.resolver, context, deps.resolverTag);
  if ('skipped' in analysed) {
    await markUrl(deps.urlStates, page.url, { status: 'skipped', reason: analysed.skipped, articleId: null });
    metrics.count('Skipped', 1, { Reason: analysed.skipped });
    await noteHealth(deps, context.sourceId, page.fetchedAt, { kind: 'skipped', reason: analysed.skipped });
    log.info('not an article', { url: page.url, reason: analysed.skipped });
    return { url: page.url, status: 'skipped', articleId: null, reason: analysed.skipped, entities: 0 };
  }
  const { record } = analysed;
  // Before the article is stored, so whoever indexes it (the outbox drain, the stream indexer)
  // finds its cluster; a crash after this re-processes the page and keeps the cluster given.
  if (deps.clusters) await assignCluster(deps.clusters, record);
  const outcome = await deps.store.putArticle(record);
  const status = outcome === 'unchanged' ? 'unchanged' : 'stored';
  const sourceId = context.sourceId ?? record.article.sourceId;
  await noteHealth(deps, sourceId, page.fetchedAt, status === 'stored' ? { kind: 'stored', publishedAt: record.article.publishedAt, entities: record.mentions.length } : { kind: 'unchanged' });
  await markUrl(deps.urlStates, page.url, {
    status,
    reason: null,
    articleId: record.article.id,
    contentHash: record.article.contentHash,
    ...(context.sourceId !== undefined ? { sourceId: context.sourceId } : {}),
  });
  metrics.count('ArticlesParsed');
  metrics.count('EntitiesExtracted', record.mentions.length);
  log.info('processed', { url: page.url, articleId: record.article.id, outcome, entities: record.mentions.length });
  return { url: page.url, status, articleId: record.article.id, entities: record.mentions.length, record };
}
