/**
 * Source health (issue 14): per source over the last N days, what was stored and fetched, what
 * failed and why, empty bodies, missing dates and articles without entities — silent sources
 * (stored earlier in the window, nothing lately) first.
 */
import { useState } from 'preact/hooks';
import { getOptional, type Schemas } from '../api/client.js';
import { useRequest } from '../state/use-request.js';

type SourceRow = Schemas['SourceHealth']['sources'][number];

const DAY_CHOICES = [7, 14, 30, 90] as const;

const failures = (failed: SourceRow['failed']): string =>
  Object.entries(failed)
    .sort((a, b) => b[1] - a[1])
    .map(([reason, count]) => `${reason}: ${count}`)
    .join(', ') || '—';

/** Silent sources first, then the most failures, then by id. */
function ordered(rows: readonly SourceRow[]): SourceRow[] {
  const failedCount = (row: SourceRow): number => Object.values(row.failed).reduce((sum, n) => sum + n, 0);
  return [...rows].sort((a, b) => Number(b.silent) - Number(a.silent) || failedCount(b) - failedCount(a) || a.sourceId.localeCompare(b.sourceId));
}

function HealthTable({ health }: { health: Schemas['SourceHealth'] }) {
  if (health.sources.length === 0) return <p class="hint">Nothing was fetched since {health.since}.</p>;
  return (
    <div class="table-scroll" role="region" aria-label="Source health table" tabIndex={0}>
      <table class="health">
        <caption>
          Since {health.since}; silent = no article stored in the last {health.quietDays} days
        </caption>
        <thead>
          <tr>
            <th scope="col">Source</th>
            <th scope="col">Stored</th>
            <th scope="col">Fetched</th>
            <th scope="col">Failed (reason)</th>
            <th scope="col">Empty bodies</th>
            <th scope="col">No date</th>
            <th scope="col">No entity</th>
            <th scope="col">Last stored</th>
          </tr>
        </thead>
        <tbody>
          {ordered(health.sources).map((row) => (
            <tr key={row.sourceId} class={row.silent ? 'silent' : undefined}>
              <th scope="row">
                {row.sourceId}
                {row.silent ? <strong class="silent-flag"> silent</strong> : null}
              </th>
              <td>{row.stored}</td>
              <td>{row.fetched}</td>
              <td>{failures(row.failed)}</td>
              <td>{row.emptyBodies}</td>
              <td>{row.missingDates}</td>
              <td>{row.zeroEntities}</td>
              <td>{row.lastStored ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function SourceHealthPanel() {
  const [days, setDays] = useState<number>(14);
  const health = useRequest(`health:${days}`, (signal) => getOptional<Schemas['SourceHealth']>(`/sources/health?days=${days}`, signal));
  return (
    <section class="panel health-panel" aria-labelledby="health-title">
      <h2 id="health-title">Source health</h2>
      <label for="health-days">Last</label>{' '}
      <select id="health-days" value={String(days)} onChange={(event) => setDays(Number(event.currentTarget.value))}>
        {DAY_CHOICES.map((n) => (
          <option key={n} value={String(n)}>
            {n} days
          </option>
        ))}
      </select>
      {health.status === 'loading' ? <p class="status">Loading…</p> : null}
      {health.status === 'error' ? <p class="status error" role="alert">Source health failed: {health.error.message}</p> : null}
      {health.status === 'ready' && health.data === null ? <p class="hint">This API keeps no source health.</p> : null}
      {health.status === 'ready' && health.data !== null ? <HealthTable health={health.data} /> : null}
    </section>
  );
}
