/** One line per ingest run for `culture-index status`. */
import type { IngestRun } from '../shared/ports/run-log.js';

export function describeRun(run: IngestRun): string {
  const head = `run #${run.id} (${run.trigger}) started ${run.startedAt}`;
  if (run.finishedAt === null) return `${head}, not finished (killed or still going: the next ingest resumes it)`;
  const counts = run.counts ? `stored ${run.counts.stored} · unchanged ${run.counts.unchanged} · skipped ${run.counts.skipped} · failed ${run.counts.failed}` : '';
  const reasons = run.reasons && Object.keys(run.reasons).length > 0 ? `; ${Object.entries(run.reasons).map(([reason, n]) => `${reason} ×${n}`).join(', ')}` : '';
  return `${head}, finished ${run.finishedAt}: ${counts}${reasons}`;
}
