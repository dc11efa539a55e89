/**
 * Routes and fields the workspace uses that are added to the API by other parts of the project
 * (suggestions, the source list, entity names per language and network, archived pages). Typed
 * here until they are in the OpenAPI document; every use degrades when they are absent.
 */
import type { EntitySummary } from './client.js';
import { getOptional, rawFetch } from './client.js';

export interface SourceSummary {
  readonly id: string;
  readonly name: string;
  readonly articleCount: number;
  readonly collections?: readonly string[];
}

export interface Suggestions {
  readonly entities: readonly EntitySummary[];
  readonly sources: readonly SourceSummary[];
}

export interface SourceList {
  readonly sources: readonly SourceSummary[];
  readonly collections: readonly { readonly id: string; readonly name: string }[];
}

export interface EntityName {
  readonly name: string;
  readonly lang: string;
  readonly count: number;
}

export interface NetworkNode {
  readonly id: string;
  readonly name: string;
  readonly type?: string;
  /** Articles this entity shares with the open entity. */
  readonly articleCount?: number;
}

export interface NetworkEdge {
  readonly source: string;
  readonly target: string;
  /** Articles that mention both ends. */
  readonly weight: number;
}

export interface EntityNetwork {
  readonly nodes: readonly NetworkNode[];
  readonly edges: readonly NetworkEdge[];
}

let suggestRoute: 'unknown' | 'present' | 'absent' = 'unknown';

/** Entities and sources whose names start like `text`: /suggest, else /entities?q= (entities only). */
export async function suggest(text: string, limit: number, signal: AbortSignal): Promise<Suggestions> {
  const query = new URLSearchParams({ q: text, limit: String(limit) }).toString();
  if (suggestRoute !== 'absent') {
    const answer = await getOptional<Suggestions>(`/suggest?${query}`, signal);
    if (answer !== null) {
      suggestRoute = 'present';
      return { entities: answer.entities ?? [], sources: answer.sources ?? [] };
    }
    suggestRoute = 'absent';
  }
  const page = await getOptional<{ items: EntitySummary[] }>(`/entities?${query}`, signal);
  return { entities: page?.items ?? [], sources: [] };
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
