/** The bench's query mix (bench.ts and bench/search.ts): four kinds in turn, half of them with exact facets. */
import type { SearchQuery } from '../../shared/ports/search-index.js';

export const QUERY_KINDS = ['"topic"', 'topic festival + one outlet', 'topic + lang=en', 'no text, two years'] as const;

export function makeQueries(topics: readonly string[], count: number): SearchQuery[] {
  const queries: SearchQuery[] = [];
  const filters = [{}, { outlets: ['azernews.az'] }, { languages: ['en'] }, { from: '2023-01-01', to: '2024-12-31' }];
  for (let i = 0; i < count; i += 1) {
    const topic = topics[(i * 7919) % topics.length] as string;
    const text = i % 4 === 0 ? `"${topic}"` : i % 4 === 1 ? `${topic} festival` : i % 4 === 2 ? topic.split(' ')[0] ?? topic : '';
    queries.push({ text, filters: filters[i % filters.length] ?? {}, limit: 20, facetSize: i % 2 === 0 ? 10 : 0 });
  }
  return queries;
}
