/**
 * The attention chart's drawing (uPlot): one series per query, counts or share of coverage, axes
 * with labels, a legend, a drag-select brush that sets the date filter, redrawn on resize; and
 * the numbers as a table. Loaded with import() once the first results are on screen (see
 * AttentionChart.tsx, which requests the timeline), so uPlot is not parsed before them. Its
 * stylesheet stays in the main one (main.tsx): small, and a lazily loaded chunk's CSS would not load.
 */
import { useLayoutEffect, useRef } from 'preact/hooks';
import uPlot from 'uplot';
import type { TimelineResponse } from '../api/client.js';
import { dateRangeOf, type Interval, type Measure } from '../state/view.js';
import { SERIES_COLOURS, seriesLabel, type AttentionChartProps } from './chart-series.js';
import { Fold } from './Fold.js';

const HEIGHT = 220;

function valueOf(measure: Measure, bucket: { count: number; share: number }): number {
  return measure === 'share' ? bucket.share * 100 : bucket.count;
}

function format(measure: Measure, value: number | null | undefined): string {
  if (value === null || value === undefined) return '–';
  return measure === 'share' ? `${value.toFixed(value < 10 ? 1 : 0)} %` : String(Math.round(value));
}

function chartData(timeline: TimelineResponse, measure: Measure): uPlot.AlignedData {
  const first = timeline.series[0]?.buckets ?? [];
  const xs = first.map((bucket) => Date.parse(`${bucket.key}T00:00:00Z`) / 1000);
  return [xs, ...timeline.series.map((series) => series.buckets.map((bucket) => valueOf(measure, bucket)))];
}

type OnBrush = (range: { from: string; to: string }) => void;

/** The label of a bucket's first day, as precise as the interval needs. */
function bucketLabel(seconds: number, interval: Interval): string {
  const day = new Date(seconds * 1000).toISOString().slice(0, 10);
  return interval === 'year' ? day.slice(0, 4) : interval === 'month' ? day.slice(0, 7) : day;
}

/** Ticks on bucket starts only (at most one per `space` pixels), so labels name whole buckets. */
function bucketSplits(u: uPlot, space: number): number[] {
  const xs = (u.data[0] ?? []) as number[];
  const room = Math.max(1, Math.floor(u.bbox.width / devicePixelRatio / space));
  const step = Math.max(1, Math.ceil(xs.length / room));
  return xs.filter((_, i) => i % step === 0);
}

/** Whole numbers of articles on the count axis. */
const COUNT_STEPS = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1_000, 2_000, 5_000, 10_000, 20_000, 50_000, 100_000];

function chartOptions(props: AttentionChartProps, labels: readonly string[], width: number, pointCount: number, onBrush: OnBrush | null): uPlot.Options {
  const { measure } = props;
  return {
    width,
    height: HEIGHT,
    tzDate: (seconds) => uPlot.tzDate(new Date(seconds * 1000), 'Etc/UTC'),
    scales: { x: { time: true }, y: { range: (_u, _min, max) => [0, max > 0 ? max * 1.1 : 1] } },
    series: [
      { label: 'Date', value: (_u, seconds: number) => (seconds ? new Date(seconds * 1000).toISOString().slice(0, 10) : '–') },
      ...labels.map((query, i) => ({
        label: query,
        stroke: SERIES_COLOURS[i % SERIES_COLOURS.length],
        width: 2,
        points: { show: pointCount < 40 },
        value: (_u: uPlot, value: number | null) => format(measure, value),
      })),
    ],
    axes: [
      {
        label: 'Publication date (UTC)',
        labelSize: 20,
        stroke: '#333',
        space: 70,
        splits: (u) => bucketSplits(u, 70),
        values: (_u, ticks) => ticks.map((tick) => bucketLabel(tick, props.interval)),
      },
      {
        label: measure === 'share' ? 'Share of coverage' : 'Articles',
        labelSize: 20,
        size: 56,
        stroke: '#333',
        ...(measure === 'count' ? { incrs: COUNT_STEPS } : {}),
        values: (_u, ticks) => ticks.map((tick) => format(measure, tick)),
      },
    ],
    cursor: { drag: { x: true, y: false, setScale: false } },
    legend: { show: true },
    hooks: onBrush ? { setSelect: [(u) => brushed(u, onBrush)] } : {},
  };
}

function brushed(u: uPlot, onBrush: OnBrush): void {
  if (u.select.width < 4) return;
  const from = u.posToVal(u.select.left, 'x');
  const to = u.posToVal(u.select.left + u.select.width, 'x');
  u.setSelect({ left: 0, top: 0, width: 0, height: 0 }, false);
  onBrush(dateRangeOf(from, to));
}

function Plot({ props, timeline }: { props: AttentionChartProps; timeline: TimelineResponse }) {
  const holder = useRef<HTMLDivElement>(null);
  // The latest callback, without redrawing the chart whenever the parent re-renders.
  const brush = useRef(props.onBrush);
  brush.current = props.onBrush;
  const brushable = props.onBrush !== undefined;
  // A layout effect: the new chart replaces the old one in the same frame, never a frame later.
  useLayoutEffect(() => {
    const element = holder.current;
    if (!element) return undefined;
    const data = chartData(timeline, props.measure);
    const widthNow = (): number => Math.max(element.clientWidth, 240);
    let width = widthNow();
    const plot = new uPlot(chartOptions(props, timeline.series.map((series) => seriesLabel(series.q, props.allLabel)), width, data[0].length, brushable ? (range) => brush.current?.(range) : null), data, element);
    // The observer also reports the size it starts with, while uPlot may still be drawing: only a change redraws.
    const resize = new ResizeObserver(() => {
      if (widthNow() === width) return;
      width = widthNow();
      plot.setSize({ width, height: HEIGHT });
    });
    resize.observe(element);
    return () => {
      resize.disconnect();
      plot.destroy();
    };
  }, [timeline, props.measure, brushable]);
  return <div class="plot" ref={holder} />;
}

/** The numbers behind the chart, for screen readers and for copying. */
function DataTable({ timeline, measure, allLabel }: { timeline: TimelineResponse; measure: Measure; allLabel: string | undefined }) {
  const keys = timeline.series[0]?.buckets.map((bucket) => bucket.key) ?? [];
  return (
    <Fold className="chart-table" summary="Chart data as a table" body={() => (
      <table>
        <thead>
          <tr>
            <th scope="col">{timeline.interval} from</th>
            {timeline.series.map((series) => (
              <th scope="col" key={series.q}>{seriesLabel(series.q, allLabel)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {keys.map((key, row) => (
            <tr key={key}>
              <th scope="row">{key}</th>
              {timeline.series.map((series) => (
                <td key={series.q}>{format(measure, series.buckets[row] ? valueOf(measure, series.buckets[row]) : null)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    )} />
  );
}

/** The drawn chart and its table: what AttentionChart shows once the timeline has arrived. */
export function ChartBody({ props, timeline }: { props: AttentionChartProps; timeline: TimelineResponse }) {
  return (
    <>
      <Plot props={props} timeline={timeline} />
      <DataTable timeline={timeline} measure={props.measure} allLabel={props.allLabel} />
    </>
  );
}
