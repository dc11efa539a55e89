/**
 * Workspace calls beyond the plain search: suggestions, the source list and archived pages. Their
 * types come from the generated client (every route is in the OpenAPI document); the calls still
 * degrade where a deployment answers 404 (e.g. no raw archive).
 */
import { client, getOptional, rawFetch, type Schemas } from './client.js';

export type SourceSummary = Schemas['SourceSummary'];
export type Suggestions = Schemas['SuggestResponse'];
export type SourceList = Schemas['SourcesResponse'];

/** Entities and sources whose names start like `text` (GET /suggest). */
export async function suggest(text: string, limit: number, signal: AbortSignal): Promise<Suggestions> {
  const { data } = await client.GET('/suggest', { params: { query: { q: text, limit } }, signal });
  return { entities: data?.entities ?? [], sources: data?.sources ?? [] };
}

/** Every source and collection, or null where the API has no /sources. */
export function listSources(signal?: AbortSignal): Promise<SourceList | null> {
  return getOptional<SourceList>('/sources', signal);
}

/** Whether the archived page of an article can be fetched (the route may be absent). */
export async function hasArchivedPage(articleId: string): Promise<boolean> {
  try {
    const response = await rawFetch(`/articles/${encodeURIComponent(articleId)}/raw`, { method: 'HEAD' });
    return response.ok;
  } catch {
    return false;
  }
}
