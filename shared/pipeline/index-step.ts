import { toIndexDoc } from '../domain/index-doc.js';
import type { ArticleRecord } from '../domain/model.js';
import type { ClusterStore } from '../ports/cluster-store.js';
import type { BulkIndexResult, SearchIndex } from '../ports/search-index.js';
import type { IndexDoc } from '../domain/model.js';
import { noMetrics, silentLogger, type Logger, type Metrics } from '../ports/telemetry.js';

export interface IndexStepDeps {
  readonly index: SearchIndex;
  /** Where each article's syndication cluster is found; without it documents are indexed unclustered. */
  readonly clusters?: Pick<ClusterStore, 'memberOf'>;
  readonly log?: Logger;
  readonly metrics?: Metrics;
}

/** Applies a batch of store changes to the search index; per-document failures are returned. */
export async function indexRecords(
  deps: IndexStepDeps,
  change: { readonly upserts: readonly ArticleRecord[]; readonly removals: readonly string[] },
): Promise<BulkIndexResult> {
  const log = deps.log ?? silentLogger;
  const metrics = deps.metrics ?? noMetrics;
  const docs = await Promise.all(change.upserts.map((record) => withCluster(deps, toIndexDoc(record))));
  const result = docs.length > 0 ? await deps.index.index(docs) : { indexed: 0, failures: [] };
  if (change.removals.length > 0) await deps.index.remove(change.removals);
  for (const failure of result.failures) metrics.count('Failures', 1, { Reason: 'index-rejected' });
  if (result.failures.length > 0) log.warn('index rejected documents', { failures: result.failures });
  metrics.count('ArticlesIndexed', result.indexed);
  return result;
}

async function withCluster(deps: IndexStepDeps, doc: IndexDoc): Promise<IndexDoc> {
  const member = deps.clusters ? await deps.clusters.memberOf(doc.id) : null;
  return member ? { ...doc, clusterId: member.clusterId } : doc;
}
