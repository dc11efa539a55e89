/**
 * The search view: filters, results (paged by cursor), the attention chart with compared queries
 * and a brush, export and "copy as API request". A failed search clears the results, facets and
 * chart it replaces and says why.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { client, unwrap, type SearchHit, type SearchResponse } from '../api/client.js';
import { listSources } from '../api/extensions.js';
import { filterQuery } from '../api/queries.js';
import { setPageState } from '../state/page-state.js';
import { useRequest } from '../state/use-request.js';
import type { Navigate } from '../state/use-view.js';
import { apiRequestFor, chartQueries, timelineParams, type View } from '../state/view.js';
import { ActiveFilters } from './ActiveFilters.js';
import { AttentionChart } from './AttentionChart.js';
import { CompareQueries } from './CompareQueries.js';
import { Filters } from './Filters.js';
import { Results } from './Results.js';
import { CopyApiRequest, ExportLinks } from './ViewTools.js';

export const PAGE_SIZE = 20;

/** Display names of entity and source ids seen so far, for the filter chips. */
const labels = new Map<string, string>();

function remember(result: SearchResponse): void {
  for (const entity of result.entities) if (entity.name) labels.set(entity.id, entity.name);
  const facets = result.facets;
  if (!facets) return;
  for (const list of [...Object.values(facets.entities), facets.outlets]) for (const item of list) if (item.label) labels.set(item.value, item.label);
}

function searchRequest(view: View, cursor: string | undefined, signal: AbortSignal): Promise<SearchResponse> {
  const query = { ...filterQuery(view), q: view.q || undefined, sort: view.sort || undefined, limit: PAGE_SIZE, facets: cursor ? undefined : ('true' as const), cursor, collapse: view.collapse ? ('cluster' as const) : undefined };
  return client.GET('/search', { params: { query }, signal }).then(unwrap);
}

function statusText(total: number, shown: number): string {
  if (total === 0) return 'No articles match.';
  return `${total} article${total === 1 ? '' : 's'}${shown < total ? ` — showing ${shown}` : ''}`;
}

/** The next pages of a search, appended below the first. */
function useMorePages(key: string) {
  const [pages, setPages] = useState<{ hits: SearchHit[]; cursor: string | null; loading: boolean; error: string | null }>({ hits: [], cursor: null, loading: false, error: null });
  useEffect(() => setPages({ hits: [], cursor: null, loading: false, error: null }), [key]);
  return [pages, setPages] as const;
}

export function SearchView({ view, navigate }: { view: View; navigate: Navigate }) {
  const key = JSON.stringify([view.q, view.sort, view.collapse, filterQuery(view)]);
  const search = useRequest(key, (signal) => searchRequest(view, undefined, signal).then((result) => (remember(result), result)));
  const sources = useRequest('sources', (signal) => listSources(signal).catch(() => null));
  const [more, setMore] = useMorePages(key);
  const currentKey = useRef(key);
  currentKey.current = key;
  const wide = typeof matchMedia === 'function' && matchMedia('(min-width: 50rem)').matches;

  useLayoutEffect(() => {
    if (search.status === 'ready') setPageState('ready');
    else setPageState(search.status);
  }, [search]);

  // While the next search runs, the last results stay on screen (marked busy) rather than
  // collapsing and being drawn again; a failed search clears them.
  const first = search.status === 'ready' ? search.data : search.status === 'loading' ? (search.previous ?? null) : null;
  const hits = first ? [...first.hits, ...more.hits] : [];
  const cursor = more.hits.length > 0 || more.cursor !== null ? more.cursor : (first?.nextCursor ?? null);
  const loadMore = (): void => {
    if (!cursor) return;
    setMore((current) => ({ ...current, loading: true, error: null }));
    const requested = key;
    // A page that arrives after the search changed belongs to the old one: dropped.
    const stillCurrent = (): boolean => currentKey.current === requested;
    searchRequest(view, cursor, new AbortController().signal).then(
      (page) => stillCurrent() && setMore((current) => ({ hits: [...current.hits, ...page.hits], cursor: page.nextCursor, loading: false, error: null })),
      (error: Error) => stillCurrent() && setMore((current) => ({ ...current, loading: false, error: error.message })),
    );
  };

  return (
    <div class="workspace">
      <Filters view={view} facets={first?.facets ?? null} sources={sources.status === 'ready' ? sources.data : null} navigate={navigate} startOpen={wide} />
      {/* Until the first hits arrive the section holds a screen's height, so what is below it does not jump. */}
      <section class={first ? 'results' : 'results pending'} aria-labelledby="results-title" aria-busy={search.status === 'loading'}>
        <h2 id="results-title" tabIndex={-1}>
          Results
        </h2>
        <ActiveFilters view={view} labels={labels} navigate={navigate} />
        {search.status === 'loading' && !first ? <p id="status" class="status" role="status">Searching…</p> : null}
        {search.status === 'error' ? (
          <div id="status" class="status error" role="alert">
            <p>Search failed: {search.error.message}</p>
            {'hint' in search.error && search.error.hint ? <p>{String(search.error.hint)}</p> : null}
          </div>
        ) : null}
        {first ? (
          <>
            <p id="status" class="status" role="status">
              {search.status === 'loading' ? 'Searching…' : statusText(first.total, hits.length)}
            </p>
            <Results hits={hits} view={view} navigate={navigate} />
            {cursor && search.status === 'ready' ? (
              <button type="button" id="more" class="more" disabled={more.loading} onClick={loadMore}>
                {more.loading ? 'Loading…' : 'More results'}
              </button>
            ) : null}
            {more.error ? <p class="status error" role="alert">More results failed: {more.error}</p> : null}
            <ExportLinks view={view} />
          </>
        ) : null}
        {/* Shown with the answer: above the first hits it would be pushed down when they arrive. */}
        {first || search.status === 'error' ? <CopyApiRequest request={apiRequestFor(view, PAGE_SIZE)} /> : null}
      </section>
      <section class="chart" aria-labelledby="chart-title">
        <h2 id="chart-title">Attention over time</h2>
        <CompareQueries view={view} navigate={navigate} />
        {search.status !== 'error' ? (
          <AttentionChart
            title={chartQueries(view).length > 1 ? 'Compared queries' : 'Matching articles'}
            queries={chartQueries(view)}
            filters={view}
            interval={view.interval}
            measure={view.measure}
            onBrush={(range) => navigate(range)}
            held={search.status === 'loading'}
          />
        ) : null}
        <CopyApiRequest id="chart-api-request" label="Copy chart as API request" request={`/stats/timeline?${timelineParams(view, chartQueries(view)).toString()}`} />
      </section>
    </div>
  );
}
