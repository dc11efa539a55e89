/**
 * Settings and mappings of the article index, installed as an index template so every versioned
 * index (v1, v2 … created by reindex) gets them.
 *
 * Folding: `standard` tokenizer + lowercase + asciifolding. Lucene's asciifolding already maps
 * the letters NFKD cannot decompose, the way English transliterations write them: ə→a
 * (Rəhimova ≈ Rahimova), ı→i, ß→ss, æ→ae, ø→o, œ→oe, đ/ð→d, ł→l, þ→th, ħ→h, so no extra
 * char_filter is needed (checked with _analyze on 2.19). Cyrillic is kept as it is, as the SQLite
 * index does.
 */
export const TEMPLATE_VERSION = 2;

export interface TemplateOptions {
  readonly shards: number;
  readonly replicas: number;
}

export function articleIndexSettings(options: TemplateOptions): Record<string, unknown> {
  return {
    number_of_shards: options.shards,
    number_of_replicas: options.replicas,
    analysis: {
      analyzer: {
        folding: { type: 'custom', tokenizer: 'standard', filter: ['lowercase', 'asciifolding'] },
      },
    },
  };
}

const keyword = { type: 'keyword' } as const;
const stored = { type: 'keyword', index: false, doc_values: false } as const;
const folded = { type: 'text', analyzer: 'folding' } as const;

export function articleIndexMappings(): Record<string, unknown> {
  return {
    dynamic: 'strict',
    _meta: { templateVersion: TEMPLATE_VERSION },
    properties: {
      id: keyword,
      url: stored,
      outlet: keyword,
      language: keyword,
      section: keyword,
      contentHash: stored,
      title: folded,
      summary: folded,
      // Offsets in the postings let the highlighter skip re-analysing long article bodies.
      text: { ...folded, index_options: 'offsets' },
      authors: { ...folded, fields: { raw: keyword } },
      publishedAt: { type: 'date', format: 'strict_date_optional_time||epoch_millis' },
      // Flat copies for filters: a document must carry every entity id asked for.
      entityIds: keyword,
      entityTypes: keyword,
      // Names and aliases of the entities, so a search for a name finds its articles.
      entityNames: folded,
      // Nested so a facet bucket per entity id can carry its display name.
      entities: {
        type: 'nested',
        properties: { id: keyword, type: keyword, name: keyword, aliases: stored },
      },
    },
  };
}
