/**
 * Every view of the workspace is a URL (web/src/state/view.ts): a view survives the trip through
 * the address bar, malformed addresses fall back to defaults, and the API requests a view makes
 * carry its query and filters.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  apiRequestFor,
  chartQueries,
  dateRangeOf,
  EMPTY_VIEW,
  ENTITY_TYPES,
  INTERVALS,
  MAX_SERIES,
  MEASURES,
  parseView,
  serializeView,
  SORTS,
  timelineParams,
  type View,
} from '../../../web/src/state/view.js';

const word = fc.string({ minLength: 1, maxLength: 12 }).map((text) => text.trim()).filter((text) => text !== '');
const uniqueWords = (max: number) => fc.uniqueArray(word, { maxLength: max });
const day = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10));

const viewArbitrary: fc.Arbitrary<View> = fc.record({
  q: fc.string({ maxLength: 30 }),
  types: fc.uniqueArray(fc.constantFrom(...ENTITY_TYPES)),
  outlets: uniqueWords(3),
  collections: uniqueWords(3),
  langs: uniqueWords(3),
  entities: uniqueWords(3),
  from: fc.option(day, { nil: '' }),
  to: fc.option(day, { nil: '' }),
  sort: fc.constantFrom('' as const, ...SORTS),
  compare: uniqueWords(MAX_SERIES - 1),
  interval: fc.constantFrom(...INTERVALS),
  measure: fc.constantFrom(...MEASURES),
  collapse: fc.boolean(),
  page: fc.oneof(
    fc.constant({ kind: 'search' as const }),
    fc.record({ kind: fc.constantFrom('entity' as const, 'article' as const), id: word }),
  ),
});

describe('views as URLs', () => {
  it('reads back every view it writes', () => {
    fc.assert(
      fc.property(viewArbitrary, (view) => {
        expect(parseView(serializeView(view))).toEqual(view);
      }),
    );
  });

  it('writes nothing for the empty view and leaves defaults out', () => {
    expect(serializeView(EMPTY_VIEW)).toBe('');
    expect(serializeView({ ...EMPTY_VIEW, q: 'film' })).toBe('?q=film');
  });

  it('falls back to defaults for values it does not know', () => {
    const view = parseView('?type=person&type=planet&sort=loudest&interval=hour&measure=mood&from=2024-13&to=yesterday&page=entity&compare=a&compare=b&compare=c&compare=d&compare=e');
    expect(view.types).toEqual(['person']);
    expect(view.sort).toBe('');
    expect(view.interval).toBe('month');
    expect(view.measure).toBe('count');
    expect([view.from, view.to]).toEqual(['', '']);
    // An entity page without an id is the search.
    expect(view.page).toEqual({ kind: 'search' });
    expect(view.compare).toHaveLength(MAX_SERIES - 1);
  });

  it('asks the API for what the view shows, as a dashboard would', () => {
    const view = parseView('?q=dubbing&lang=en&lang=az&collection=agencies&from=2024-01-01&sort=newest&compare=museum');
    const search = new URL(apiRequestFor(view, 20), 'http://x');
    expect(search.pathname).toBe('/search');
    expect(search.searchParams.getAll('lang')).toEqual(['en', 'az']);
    expect(Object.fromEntries([...search.searchParams].filter(([key]) => key !== 'lang'))).toEqual({ q: 'dubbing', collection: 'agencies', from: '2024-01-01', sort: 'newest', limit: '20' });
    expect(timelineParams(view).getAll('q')).toEqual(['dubbing', 'museum']);
    expect(apiRequestFor({ ...view, page: { kind: 'entity', id: 'Leyla Rəhimova' } }, 20)).toBe('/entities/Leyla%20R%C9%99himova');
  });

  it('charts every article alone, but only the compared queries next to an empty main query', () => {
    expect(chartQueries(EMPTY_VIEW)).toEqual(['']);
    expect(chartQueries({ ...EMPTY_VIEW, compare: ['museum', 'film'] })).toEqual(['museum', 'film']);
    expect(chartQueries({ ...EMPTY_VIEW, q: 'dubbing', compare: ['museum'] })).toEqual(['dubbing', 'museum']);
  });

  it('turns a brush selection into an inclusive range of UTC days, whichever way it was dragged', () => {
    const may1 = Date.parse('2024-05-01T00:00:00Z') / 1000;
    const jun15 = Date.parse('2024-06-15T18:00:00Z') / 1000;
    expect(dateRangeOf(may1, jun15)).toEqual({ from: '2024-05-01', to: '2024-06-15' });
    expect(dateRangeOf(jun15, may1)).toEqual({ from: '2024-05-01', to: '2024-06-15' });
  });
});
