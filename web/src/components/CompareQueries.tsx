/** Chart settings: queries compared with the main one (up to five series), counts or share, bucket size. */
import { useState } from 'preact/hooks';
import type { Navigate } from '../state/use-view.js';
import { chartQueries, INTERVALS, MAX_SERIES, type View } from '../state/view.js';
import { SERIES_COLOURS, seriesLabel } from './chart-series.js';

export function CompareQueries({ view, navigate }: { view: View; navigate: Navigate }) {
  const [text, setText] = useState('');
  const queries = chartQueries(view);
  const full = view.compare.length >= MAX_SERIES - 1;
  return (
    <div class="compare">
      <ul class="series" aria-label="Compared queries">
        {queries.map((query, i) => (
          <li key={`${i}:${query}`}>
            <span class="swatch" style={{ background: SERIES_COLOURS[i] }} aria-hidden="true" />
            {seriesLabel(query)}
            {view.compare.includes(query) && (i > 0 || view.q === '') ? (
              <button type="button" class="remove" aria-label={`Stop comparing “${query}”`} onClick={() => navigate({ compare: view.compare.filter((other) => other !== query) })}>
                ×
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      <form
        class="add-series"
        onSubmit={(event) => {
          event.preventDefault();
          const query = text.trim();
          if (query === '' || full) return;
          navigate({ compare: [...view.compare, query] });
          setText('');
        }}
      >
        <label for="compare-q">Compare with</label>
        <input id="compare-q" type="search" value={text} disabled={full} placeholder={full ? `at most ${MAX_SERIES} series` : 'another query'} onInput={(event) => setText(event.currentTarget.value)} />
        <button type="submit" disabled={full}>
          Add
        </button>
      </form>
      <label class="field inline">
        <span>Show</span>
        <select id="measure" value={view.measure} onChange={(event) => navigate({ measure: event.currentTarget.value as View['measure'] })}>
          <option value="count">article counts</option>
          <option value="share">share of coverage</option>
        </select>
      </label>
      <label class="field inline">
        <span>per</span>
        <select id="interval" value={view.interval} onChange={(event) => navigate({ interval: event.currentTarget.value as View['interval'] })}>
          {INTERVALS.map((interval) => (
            <option key={interval} value={interval}>{interval}</option>
          ))}
        </select>
      </label>
    </div>
  );
}
