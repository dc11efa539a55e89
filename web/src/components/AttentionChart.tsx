/**
 * Attention over time: the frame of the chart — its caption, the timeline request and the loading,
 * empty and error states, in a box as tall as the drawn chart so nothing below it moves when the
 * chart arrives. The drawing itself (uPlot, AttentionPlot.tsx) is loaded with import() while the
 * timeline is requested. Used by the search view (the main query and the compared ones) and by
 * entity pages (the entity's coverage).
 */
import { client, unwrap, type TimelineResponse } from '../api/client.js';
import { filterQuery } from '../api/queries.js';
import { lazyModule, useLazyModule } from '../state/lazy-module.js';
import { useRequest } from '../state/use-request.js';
import type { AttentionChartProps } from './chart-series.js';

const plotModule = lazyModule(() => import('./AttentionPlot.js'));

function loadTimeline(props: AttentionChartProps, signal: AbortSignal): Promise<TimelineResponse> {
  return client
    .GET('/stats/timeline', { params: { query: { ...filterQuery(props.filters), q: [...props.queries], interval: props.interval } }, signal })
    .then(unwrap);
}

/** The drawn chart, or why it is not (yet) drawn. */
function ChartArea({ props, timeline }: { props: AttentionChartProps; timeline: TimelineResponse | null }) {
  // Downloaded while the timeline is requested, not before the first results.
  const plot = useLazyModule(plotModule, !props.held || timeline !== null);
  if (plot.status === 'error') return <p class="status error">The chart could not be loaded: {plot.error.message}</p>;
  if (timeline === null || plot.status === 'loading') return <p class="status">Loading the chart…</p>;
  if ((timeline.series[0]?.buckets.length ?? 0) === 0) return <p class="status">No dated articles match.</p>;
  return <plot.module.ChartBody props={props} timeline={timeline} />;
}

export function AttentionChart(props: AttentionChartProps) {
  const key = JSON.stringify([props.queries, props.filters, props.interval]);
  const timeline = useRequest(key, (signal) => loadTimeline(props, signal), { enabled: !props.held });
  // While the next timeline loads, the last one stays drawn (marked busy) instead of collapsing.
  const shown = timeline.status === 'ready' ? timeline.data : timeline.status === 'loading' ? (timeline.previous ?? null) : null;
  return (
    <figure class="attention" aria-busy={timeline.status === 'loading'}>
      <figcaption>
        {props.title}: {props.measure === 'share' ? 'share of coverage' : 'articles'} per {props.interval}
        {props.onBrush ? <span class="hint"> — drag across the chart to set the dates</span> : null}
      </figcaption>
      <div class="chart-area">
        {timeline.status === 'error' ? <p class="status error">The chart could not be loaded: {timeline.error.message}</p> : <ChartArea props={props} timeline={shown} />}
      </div>
    </figure>
  );
}
