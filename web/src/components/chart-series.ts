/** What the attention chart and the compare controls share: its props, series colours and labels. */
import type { Filters, Interval, Measure } from '../state/view.js';

/** Distinct hues, each with at least 4.5:1 contrast on white. */
export const SERIES_COLOURS = ['#1d5fb4', '#b3400a', '#12703a', '#7a2bb8', '#a3152b'] as const;

export interface AttentionChartProps {
  readonly title: string;
  /** One series per query; '' is every article matching the filters. */
  readonly queries: readonly string[];
  readonly filters: Filters;
  readonly interval: Interval;
  readonly measure: Measure;
  /** The legend's name of the series of an empty query (default: "all matching articles"). */
  readonly allLabel?: string;
  /** Called with a date range (YYYY-MM-DD) when the analyst drags across the chart. */
  readonly onBrush?: (range: { from: string; to: string }) => void;
  /** Holds the timeline request back (the search view: until its hits are drawn). */
  readonly held?: boolean;
}

export const seriesLabel = (query: string, allLabel = 'all matching articles'): string => (query === '' ? allLabel : query);
