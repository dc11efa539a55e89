import { tallyOf, type HealthEvent, type HealthTally } from '../domain/source-health.js';
import type { SourceHealthLog } from '../ports/source-health.js';
import { noMetrics, silentLogger, type Logger, type Metrics } from '../ports/telemetry.js';

export interface HealthDeps {
  readonly health?: SourceHealthLog;
  readonly metrics?: Metrics;
  readonly log?: Logger;
}

/** Metric names per tally field: one CloudWatch metric set per source (dimension Source). */
const METRICS: readonly [keyof Omit<HealthTally, 'failed'>, string][] = [
  ['fetched', 'SourcePagesFetched'],
  ['stored', 'SourceArticlesStored'],
  ['emptyBodies', 'SourceEmptyBodies'],
  ['missingDates', 'SourceMissingDates'],
  ['zeroEntities', 'SourceZeroEntities'],
];

/**
 * Records what a step saw for a page of `sourceId` (nothing for pages no source listed): a row
 * in the health log, and per-source metrics. A health log that fails is logged, never fails the
 * page: the article itself is what must not be lost.
 */
export async function noteHealth(deps: HealthDeps, sourceId: string | null | undefined, at: string, event: HealthEvent): Promise<void> {
  if (!sourceId) return;
  const tally = tallyOf(event);
  const metrics = deps.metrics ?? noMetrics;
  for (const [field, name] of METRICS) if (tally[field] > 0) metrics.count(name, tally[field], { Source: sourceId });
  const failures = Object.values(tally.failed).reduce((sum, n) => sum + n, 0);
  if (failures > 0) metrics.count('SourceFailures', failures, { Source: sourceId });
  if (!deps.health) return;
  try {
    await deps.health.record(sourceId, at, tally);
  } catch (error) {
    (deps.log ?? silentLogger).warn('source health not recorded', { sourceId, event: event.kind, error: error instanceof Error ? error.message : String(error) });
  }
}
