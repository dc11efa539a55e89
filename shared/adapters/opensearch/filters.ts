import { ValidationError } from '../../domain/errors.js';
import type { SearchFilters } from '../../ports/search-index.js';
import type { MatchPlan } from '../../domain/search/index.js';
import { toOpenSearchQuery } from './query-render.js';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86_400_000;

function instant(value: string, path: 'from' | 'to'): number {
  const time = DATE_ONLY.test(value) ? Date.parse(`${value}T00:00:00.000Z`) : Date.parse(value);
  // Date.parse rolls 2024-02-31 over to March; an impossible day is an error, not a guess.
  const valid = !Number.isNaN(time) && (!DATE_ONLY.test(value) || new Date(time).toISOString().startsWith(value));
  if (!valid) throw new ValidationError(`Invalid ${path} date`, [{ path, message: 'expected an ISO date or instant' }]);
  return time;
}

/**
 * publishedAt range in epoch milliseconds. `to` as a plain date includes that whole UTC day;
 * documents without a date never match a range.
 */
function dateRange(filters: SearchFilters): Record<string, unknown> | null {
  if (filters.from === undefined && filters.to === undefined) return null;
  const range: Record<string, number> = {};
  if (filters.from !== undefined) range['gte'] = instant(filters.from, 'from');
  if (filters.to !== undefined) {
    if (DATE_ONLY.test(filters.to)) range['lt'] = instant(filters.to, 'to') + DAY_MS;
    else range['lte'] = instant(filters.to, 'to');
  }
  return { range: { publishedAt: { ...range, format: 'epoch_millis' } } };
}

/** Filter clauses: every entity id (AND), any of the types, outlets, collections and languages given. */
export function filterClauses(filters: SearchFilters): Record<string, unknown>[] {
  const clauses: Record<string, unknown>[] = [];
  for (const entityId of filters.entities ?? []) clauses.push({ term: { entityIds: entityId } });
  if (filters.entityTypes?.length) clauses.push({ terms: { entityTypes: [...filters.entityTypes] } });
  if (filters.outlets?.length) clauses.push({ terms: { outlet: [...filters.outlets] } });
  if (filters.collections?.length) clauses.push({ terms: { collections: [...filters.collections] } });
  if (filters.languages?.length) clauses.push({ terms: { language: [...filters.languages] } });
  if (filters.ids !== undefined) clauses.push({ ids: { values: [...filters.ids] } });
  const range = dateRange(filters);
  if (range) clauses.push(range);
  return clauses;
}

/** The whole query for a compiled text and filters; no text matches all. */
export function buildQuery(plan: MatchPlan | null, filters: SearchFilters): { query: Record<string, unknown>; hasText: boolean } {
  const must = plan === null ? [] : [toOpenSearchQuery(plan)];
  const filter = filterClauses(filters);
  if (must.length === 0 && filter.length === 0) return { query: { match_all: {} }, hasText: false };
  return { query: { bool: { must, filter } }, hasText: must.length > 0 };
}
