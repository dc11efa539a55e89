/**
 * GET /sources: the catalogue's sources with how many articles each has in the index, plus the
 * outlets the index holds that the catalogue does not name (pages matched to a domain only).
 */
import { collectionName } from '../domain/collections.js';
import type { Source } from '../domain/model.js';
import { foldName } from '../domain/text/fold.js';
import type { SearchIndex } from '../ports/search-index.js';

export interface SourceSummary {
  readonly id: string;
  readonly name: string;
  readonly collections: readonly string[];
  readonly articleCount: number;
}

export interface SourcesResponse {
  readonly sources: readonly SourceSummary[];
  readonly collections: readonly { readonly id: string; readonly name: string }[];
}

/** Outlets counted at most (the catalogue's plus the domains seen without a catalogue entry). */
const MAX_OUTLETS = 1_000;

function byCountThenName(a: SourceSummary, b: SourceSummary): number {
  return b.articleCount - a.articleCount || a.name.localeCompare(b.name) || a.id.localeCompare(b.id);
}

export async function listSources(catalogue: readonly Source[], index: SearchIndex): Promise<SourcesResponse> {
  const { facets } = await index.search({ text: '', filters: {}, limit: 1, cursor: null, facetSize: MAX_OUTLETS });
  const counted = new Map((facets?.outlets ?? []).map((facet) => [facet.value, facet]));
  const named = new Set(catalogue.map((source) => source.id));
  const sources: SourceSummary[] = [
    ...catalogue.map((source) => ({ id: source.id, name: source.name, collections: [...source.collections], articleCount: counted.get(source.id)?.count ?? 0 })),
    ...[...counted.values()].filter((facet) => !named.has(facet.value)).map((facet) => ({ id: facet.value, name: facet.label ?? facet.value, collections: [], articleCount: facet.count })),
  ].sort(byCountThenName);
  const slugs = [...new Set([...catalogue.flatMap((source) => source.collections), ...(facets?.collections ?? []).map((facet) => facet.value)])].sort();
  return { sources, collections: slugs.map((id) => ({ id, name: collectionName(id) })) };
}

/** Sources whose id, or a word of whose name, starts with the typed text (folded); most articles first. */
export function matchingSources(sources: readonly SourceSummary[], typed: string, limit: number): SourceSummary[] {
  const prefix = foldName(typed);
  if (prefix === '') return [];
  const matches = (source: SourceSummary): boolean => {
    const name = foldName(source.name);
    return source.id.startsWith(prefix) || name.startsWith(prefix) || name.includes(` ${prefix}`);
  };
  return sources.filter(matches).slice(0, limit);
}
