import type { EntityType } from '../../domain/model.js';
import type { ExportRow, TermCounts, TermCountsQuery } from '../../ports/search-index.js';
import type { ArticleSource } from './documents.js';
import { snippetFrom } from './snippet.js';

/** Source fields an export row needs; the body text stays on the node (the highlighter reads it there). */
export const EXPORT_SOURCE_FIELDS = ['id', 'title', 'url', 'outlet', 'language', 'publishedAt', 'summary', 'entities.type', 'entities.name'] as const;

export interface ExportHit {
  readonly _id: string;
  readonly _source?: Partial<Pick<ArticleSource, 'id' | 'title' | 'url' | 'outlet' | 'language' | 'publishedAt' | 'summary'>> & {
    readonly entities?: readonly { readonly type: EntityType; readonly name: string }[];
  };
  readonly sort?: readonly unknown[];
  readonly highlight?: { readonly text?: readonly string[] };
}

export function toExportRow(hit: ExportHit): ExportRow {
  const source = hit._source ?? {};
  return {
    id: source.id ?? hit._id,
    url: source.url ?? '',
    outlet: source.outlet ?? '',
    title: source.title ?? '',
    language: source.language ?? '',
    publishedAt: source.publishedAt ?? null,
    snippet: snippetFrom(hit.highlight?.text?.[0], source.summary ?? ''),
    entities: [...(source.entities ?? [])].map((e) => ({ type: e.type, name: e.name })).sort((a, b) => (a.type + a.name < b.type + b.name ? -1 : 1)),
  };
}

/**
 * Word counts of the best-ranked matching documents (a sampler) against the whole index, by
 * significant_text on the body. The candidates are chosen by chi-square, the built-in heuristic
 * closest to the log-likelihood the domain then ranks them by.
 */
export function termCountsAggregation(query: TermCountsQuery): Record<string, unknown> {
  return {
    sample: {
      sampler: { shard_size: query.sampleSize },
      aggs: {
        words: {
          significant_text: {
            field: 'text',
            size: query.candidates,
            min_doc_count: query.minDocCount,
            shard_min_doc_count: 1,
            chi_square: { include_negatives: false, background_is_superset: true },
          },
        },
      },
    },
  };
}

export interface TermCountsAggregations {
  readonly sample?: {
    readonly doc_count: number;
    readonly words?: { readonly bg_count?: number; readonly buckets: readonly { readonly key: string; readonly doc_count: number; readonly bg_count: number }[] };
  };
}

/** `total` is the number of articles: significant_text's background size also counts nested documents. */
export function readTermCounts(aggs: TermCountsAggregations | undefined, total: number): TermCounts {
  const sample = aggs?.sample;
  return {
    sampled: sample?.doc_count ?? 0,
    total,
    terms: (sample?.words?.buckets ?? []).map((b) => ({ term: String(b.key), docCount: b.doc_count, bgCount: b.bg_count })),
  };
}
