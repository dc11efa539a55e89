import type { EntityType } from '../../domain/model.js';
import type { ExportRow, TermCounts, TermCountsQuery } from '../../ports/search-index.js';
import type { ArticleSource } from './documents.js';
import { BODY_TERMS_FIELD } from './template.js';

/** Source fields an export row needs (the text for its snippet, cut by the domain as every engine's is). */
export const EXPORT_SOURCE_FIELDS = ['id', 'title', 'url', 'outlet', 'sourceName', 'language', 'publishedAt', 'summary', 'text', 'entities.type', 'entities.name'] as const;

export interface ExportHit {
  readonly _id: string;
  readonly _source?: Partial<Pick<ArticleSource, 'id' | 'title' | 'url' | 'outlet' | 'sourceName' | 'language' | 'publishedAt' | 'summary' | 'text'>> & {
    readonly entities?: readonly { readonly type: EntityType; readonly name: string }[];
  };
  readonly sort?: readonly unknown[];
}

export function toExportRow(hit: ExportHit, snippetOf: (text: string, language: string) => string): ExportRow {
  const source = hit._source ?? {};
  return {
    id: source.id ?? hit._id,
    url: source.url ?? '',
    outlet: source.outlet ?? '',
    sourceName: source.sourceName ?? source.outlet ?? '',
    title: source.title ?? '',
    language: source.language ?? '',
    publishedAt: source.publishedAt ?? null,
    snippet: snippetOf(source.text || source.summary || '', source.language ?? ''),
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
            field: BODY_TERMS_FIELD,
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
