/**
 * Settings and mappings of the article index, installed as an index template so every versioned
 * index (v1, v2 … created by reindex) gets them.
 *
 * Search runs on keys computed by the domain (shared/domain/search: spellings, stems, keywords),
 * split on spaces by the whitespace analyzer exactly as SQLite's ascii tokenizer splits them, so
 * both engines match the same documents. Each field holds one value per spelling; the default
 * position gap of 100 keeps phrases and NEAR (at most 50) inside one spelling.
 *
 * Version 2 changed the searched fields: an index of version 1 must be filled again from the
 * store (a _reindex copy keeps the old fields).
 */
/**
 * 2: searched keys computed by the domain; 3: named sources (sourceId, sourceName, collections) and
 * body_terms; 4: generations that roll over (-v<n>-000001); 5: clusterId (syndication clusters, for
 * collapse), also put on existing indices by ensureIndex. Existing indices get the rest by being filled again.
 */
export const TEMPLATE_VERSION = 5;

export interface TemplateOptions {
  readonly shards: number;
  readonly replicas: number;
}

export function articleIndexSettings(options: TemplateOptions): Record<string, unknown> {
  return {
    number_of_shards: options.shards,
    number_of_replicas: options.replicas,
  };
}

const keyword = { type: 'keyword' } as const;
const stored = { type: 'keyword', index: false, doc_values: false } as const;
const storedText = { type: 'text', index: false } as const;
/**
 * The boolean similarity scores a match by its boost alone (title 3, entity names 1.5, body 1),
 * without collection statistics: a score depends on the document and the query only, so it does
 * not move while other documents are indexed, and search_after pages never repeat or skip a hit.
 * (BM25's idf shifts with every refresh; a scripted BM25 without it needs painless, which a
 * minimal node lacks.) Equal scores are ordered newest first.
 */
const keys = { type: 'text', analyzer: 'whitespace', similarity: 'boolean', position_increment_gap: 100 } as const;

/** The key fields: one per text field and stream, as named by keyField(). */
/**
 * The body's words in the first spelling convention only (lower case, diacritics folded, Cyrillic
 * kept): what significant words are counted on, the same keys SQLite counts in body_exact_0.
 */
export const BODY_TERMS_FIELD = 'body_terms';

export const KEY_FIELDS = ['title_exact', 'title_stem', 'body_exact', 'body_stem', 'entities_exact', 'entities_stem'] as const;

export function articleIndexMappings(): Record<string, unknown> {
  return {
    dynamic: 'strict',
    _meta: { templateVersion: TEMPLATE_VERSION },
    properties: {
      id: keyword,
      url: stored,
      // The source id, under the name filters and facets have always used, and again as sourceId.
      outlet: keyword,
      sourceId: keyword,
      sourceName: keyword,
      collections: keyword,
      language: keyword,
      section: keyword,
      contentHash: stored,
      // The syndication cluster: collapse=cluster groups on it.
      clusterId: keyword,
      title: storedText,
      summary: storedText,
      text: storedText,
      authors: storedText,
      publishedAt: { type: 'date', format: 'strict_date_optional_time||epoch_millis' },
      // Flat copies for filters: a document must carry every entity id asked for.
      entityIds: keyword,
      entityTypes: keyword,
      entityNames: storedText,
      // Nested so a facet bucket per entity id can carry its display name.
      entities: {
        type: 'nested',
        properties: { id: keyword, type: keyword, name: keyword, aliases: stored },
      },
      ...Object.fromEntries(KEY_FIELDS.map((f) => [f, keys])),
      [BODY_TERMS_FIELD]: { type: 'text', analyzer: 'whitespace' },
      keys: keyword,
    },
  };
}
