/**
 * Response bodies of the API as zod schemas. They are the single description of what the API
 * answers: the OpenAPI document is generated from them (openapi.ts), and the integration tests
 * validate real responses against that document.
 */
import { z } from 'zod';
import { ENTITY_TYPES, URL_STATUSES } from '../domain/model.js';

const nullableString = z.string().nullable();
const count = z.number().int().min(0);

export const entityTypeSchema = z.enum(ENTITY_TYPES).meta({ id: 'EntityType', description: 'Kind of entity.' });

export const errorSchema = z
  .object({
    error: z.object({
      code: z.enum(['bad_request', 'unauthorized', 'not_found', 'method_not_allowed', 'too_many_requests', 'too_large', 'unavailable', 'internal']),
      message: z.string(),
      issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
      position: z.number().int().min(0).optional().meta({ description: 'Invalid query syntax: where in q (0-based character offset).' }),
      hint: z.string().optional().meta({ description: 'Invalid query syntax: how to write it instead.' }),
    }),
  })
  .meta({ id: 'Error', example: { error: { code: 'bad_request', message: 'Invalid request parameters', issues: [{ path: 'limit', message: 'at most 100' }] } } });

export const searchHitSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    url: z.string(),
    outlet: z.string().meta({ description: 'The source id (same as sourceId).' }),
    sourceId: z.string(),
    sourceName: z.string(),
    collections: z.array(z.string()),
    language: z.string(),
    publishedAt: nullableString,
    snippet: z.string().meta({ description: 'HTML: matches in <mark>, everything else escaped.' }),
    score: z.number(),
    clusterId: z.string().meta({ description: 'Syndication cluster of the article (its own id when it has no copies).' }),
    cluster: z.lazy(() => clusterSchema).optional().meta({ description: 'The cluster with its first publisher and the other outlets that carried the story.' }),
  })
  .meta({ id: 'SearchHit' });

export const publicationSchema = z
  .object({ articleId: z.string(), outlet: z.string(), sourceName: z.string(), url: z.string(), title: z.string(), language: z.string(), publishedAt: nullableString })
  .meta({ id: 'Publication' });

export const clusterSchema = z
  .object({
    id: z.string(),
    size: count.meta({ description: 'Articles in the cluster, the first publisher included.' }),
    firstPublisher: publicationSchema.meta({ description: 'The earliest dated copy (undated copies count last).' }),
    alsoPublishedBy: z.array(publicationSchema).meta({ description: 'The other copies, earliest first.' }),
  })
  .meta({ id: 'Cluster' });

const healthTallyShape = {
  fetched: count,
  stored: count,
  unchanged: count,
  emptyBodies: count,
  missingDates: count,
  zeroEntities: count,
  failed: z.record(z.string(), count).meta({ description: 'Failed fetches and skipped pages by reason ("skipped:<reason>" for skips).' }),
};

export const sourceHealthResponseSchema = z
  .object({
    since: z.string().meta({ description: 'First day of the window (UTC, YYYY-MM-DD).' }),
    quietDays: count,
    sources: z.array(
      z.object({
        sourceId: z.string(),
        ...healthTallyShape,
        lastStored: nullableString.meta({ description: 'Last day with a stored article in the window.' }),
        silent: z.boolean().meta({ description: 'Stored articles earlier in the window, none in the last quietDays days.' }),
        days: z.array(z.object({ sourceId: z.string(), day: z.string(), ...healthTallyShape })),
      }),
    ),
  })
  .meta({ id: 'SourceHealth' });

export const facetCountSchema = z
  .object({ value: z.string(), count, label: z.string().optional().meta({ description: "For entities: the entity's display name (value is its id)." }) })
  .meta({ id: 'FacetCount', example: { value: '7b6cde11d42627e3', count: 12, label: 'Azerbaijan Film Agency' } });

const facetList = z.array(facetCountSchema);

export const facetsSchema = z
  .object({
    entities: z.object(Object.fromEntries(ENTITY_TYPES.map((type) => [type, facetList])) as Record<(typeof ENTITY_TYPES)[number], typeof facetList>),
    outlets: facetList.meta({ description: 'Source ids, labelled with the source name.' }),
    collections: facetList,
    languages: facetList,
  })
  .meta({ id: 'Facets' });

export const resolvedEntitySchema = z
  .object({ input: z.string(), id: z.string(), name: nullableString.meta({ description: 'Null when no entity has that name; the input was used as an id.' }) })
  .meta({ id: 'ResolvedEntity' });

export const searchResponseSchema = z
  .object({
    total: count,
    hits: z.array(searchHitSchema),
    nextCursor: nullableString,
    facets: facetsSchema.nullable(),
    entities: z.array(resolvedEntitySchema).meta({ description: 'How each entity parameter was resolved.' }),
  })
  .meta({
    id: 'SearchResponse',
    example: {
      total: 1,
      hits: [
        {
          id: '6f4cc011d56fc2e0',
          title: 'Film agency talks dubbing',
          url: 'https://example.org/news/dubbing',
          outlet: 'azernews',
          sourceId: 'azernews',
          sourceName: 'Azernews',
          collections: ['en-language'],
          language: 'en',
          publishedAt: '2024-02-10T09:00:00.000Z',
          snippet: 'spoke about <mark>dubbing</mark> foreign films',
          score: 4.2,
          clusterId: '6f4cc011d56fc2e0',
        },
      ],
      nextCursor: null,
      facets: null,
      entities: [],
    },
  });

const articleSchema = z.object({
  id: z.string(),
  url: z.string(),
  canonicalUrl: z.string(),
  outlet: z.string(),
  sourceId: z.string(),
  sourceName: z.string(),
  collections: z.array(z.string()),
  title: z.string(),
  authors: z.array(z.string()),
  publishedAt: nullableString,
  modifiedAt: nullableString,
  language: z.string(),
  section: nullableString,
  paragraphs: z.array(z.string()),
  text: z.string(),
  summary: z.string(),
  image: nullableString,
  contentHash: z.string(),
  fetchedAt: z.string(),
  parserVersion: z.string(),
  extractorVersion: z.string(),
});

const mentionSchema = z.object({
  entityId: z.string(),
  articleId: z.string(),
  type: entityTypeSchema,
  name: z.string(),
  aliases: z.array(z.string()),
  count,
  role: nullableString,
  affiliation: nullableString,
  context: z.string(),
});

export const articleRecordSchema = z.object({ article: articleSchema, mentions: z.array(mentionSchema) }).meta({ id: 'ArticleRecord' });

const entitySummaryShape = {
  id: z.string(),
  type: entityTypeSchema,
  name: z.string(),
  aliases: z.array(z.string()),
  articleCount: count,
};

export const entitySummarySchema = z.object(entitySummaryShape).meta({ id: 'EntitySummary' });

export const entityPageSchema = z
  .object({ items: z.array(entitySummarySchema), nextCursor: nullableString, total: count.meta({ description: 'Entities matching type and q.' }) })
  .meta({ id: 'EntityPage', example: { items: [{ id: '804f7b62a38fe8bd', type: 'person', name: 'Leyla Rəhimova', aliases: ['L. Rəhimova'], articleCount: 3 }], nextCursor: null, total: 1 } });

export const entityNameSchema = z
  .object({
    name: z.string(),
    lang: z.string().meta({ description: 'Language of the articles using this form ("und" when unknown); "en" for the English name of an Azerbaijani or Russian entity.' }),
    count: count.meta({ description: 'Articles using this form.' }),
  })
  .meta({ id: 'EntityName' });

export const networkNodeSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    type: entityTypeSchema,
    articleCount: count.meta({ description: "The entity's own node: all its articles; every other node: the articles it shares with the entity." }),
  })
  .meta({ id: 'NetworkNode' });

export const networkEdgeSchema = z
  .object({ source: z.string(), target: z.string(), weight: count.meta({ description: "Articles of the entity mentioning both." }) })
  .meta({ id: 'NetworkEdge' });

export const entityNetworkSchema = z
  .object({ nodes: z.array(networkNodeSchema).meta({ description: 'The entity first, then the most co-mentioned entities.' }), edges: z.array(networkEdgeSchema) })
  .meta({ id: 'EntityNetwork' });

export const entityResponseSchema = z
  .object({
    ...entitySummaryShape,
    names: z.array(entityNameSchema).meta({ description: 'Every form the entity appears under, per language, most used first (at most 50).' }),
    network: entityNetworkSchema,
    roles: z
      .array(z.object({ role: nullableString, affiliation: nullableString, articleId: z.string(), publishedAt: nullableString }))
      .meta({ description: 'Oldest first.' }),
    articles: z.array(z.object({ id: z.string(), title: z.string(), publishedAt: nullableString, outlet: z.string() })).meta({ description: 'Most recent first.' }),
    coMentioned: z.array(facetCountSchema).meta({ description: 'Entities most often mentioned in the same articles.' }),
  })
  .meta({ id: 'EntityResponse' });

export const timelineBucketSchema = z
  .object({
    key: z.iso.date().meta({ description: 'First day of the bucket (UTC; weeks start on Monday).' }),
    count: count.meta({ description: 'Articles matching the query in this bucket.' }),
    total: count.meta({ description: 'All articles in this bucket from the same outlets, languages and dates (the query and entity filters left out).' }),
    share: z.number().min(0).max(1).meta({ description: 'count / total (0 when total is 0): the attention the query got, normalised.' }),
  })
  .meta({ id: 'TimelineBucket' });

export const timelineSeriesSchema = z
  .object({ q: z.string(), total: count.meta({ description: 'Articles matching this query over the whole range.' }), buckets: z.array(timelineBucketSchema) })
  .meta({ id: 'TimelineSeries' });

export const timelineResponseSchema = z
  .object({
    interval: z.enum(['day', 'week', 'month', 'year']),
    buckets: z.array(timelineBucketSchema).meta({ description: 'The first series, for clients that ask one query.' }),
    series: z.array(timelineSeriesSchema).meta({ description: 'One per q parameter, in order, all over the same buckets.' }),
  })
  .meta({
    id: 'TimelineResponse',
    example: {
      interval: 'month',
      buckets: [{ key: '2024-02-01', count: 2, total: 40, share: 0.05 }],
      series: [
        { q: 'dubbing', total: 2, buckets: [{ key: '2024-02-01', count: 2, total: 40, share: 0.05 }] },
        { q: 'museum', total: 6, buckets: [{ key: '2024-02-01', count: 6, total: 40, share: 0.15 }] },
      ],
    },
  });

export const topEntitiesResponseSchema = z.object({ entities: z.array(facetCountSchema) }).meta({ id: 'TopEntitiesResponse' });

export const significantTermSchema = z
  .object({
    term: z.string().meta({ description: 'The word as indexed (lower case, diacritics folded).' }),
    score: z.number().meta({ description: "Dunning's log-likelihood (G²) of the word in the matching articles against the rest of the index." }),
    docCount: count.meta({ description: 'Matching articles (of the sample) that contain the word.' }),
    bgCount: count.meta({ description: 'Articles of the whole index that contain the word.' }),
  })
  .meta({ id: 'SignificantTerm' });

export const topTermsResponseSchema = z
  .object({
    sampled: count.meta({ description: 'Matching articles the words were counted in (the best-ranked ones, at most 200).' }),
    total: count.meta({ description: 'Articles in the whole index (the background).' }),
    terms: z.array(significantTermSchema),
    entities: z.array(facetCountSchema).meta({ description: 'Entities most often mentioned by the matching articles.' }),
  })
  .meta({
    id: 'TopTermsResponse',
    example: { sampled: 12, total: 4000, terms: [{ term: 'dubbing', score: 81.5, docCount: 11, bgCount: 14 }], entities: [{ value: '7b6cde11d42627e3', count: 7, label: 'Azerbaijan Film Agency' }] },
  });

export const urlStatesResponseSchema = z
  .object({ counts: z.object(Object.fromEntries(URL_STATUSES.map((s) => [s, count])) as Record<(typeof URL_STATUSES)[number], typeof count>) })
  .meta({ id: 'UrlStateCounts', example: { counts: { pending: 0, stored: 120, unchanged: 30, skipped: 4, failed: 1 } } });

export const sourceSummarySchema = z
  .object({ id: z.string(), name: z.string(), collections: z.array(z.string()), articleCount: count })
  .meta({ id: 'SourceSummary' });

export const suggestResponseSchema = z
  .object({
    entities: z.array(entitySummarySchema).meta({ description: 'Entities a name or alias of which starts with q (folded: case, diacritics and ə/a ignored; at least two letters), most mentioned first.' }),
    sources: z.array(sourceSummarySchema).meta({ description: 'Sources whose id or a word of whose name starts with q, most articles first.' }),
  })
  .meta({ id: 'SuggestResponse', example: { entities: [{ id: '804f7b62a38fe8bd', type: 'person', name: 'Leyla Rəhimova', aliases: ['L. Rəhimova'], articleCount: 3 }], sources: [] } });

export const sourcesResponseSchema = z
  .object({
    sources: z.array(sourceSummarySchema).meta({ description: 'Catalogue sources and outlets seen in the index, most articles first.' }),
    collections: z.array(z.object({ id: z.string(), name: z.string() })).meta({ description: 'Collections of the catalogue and the index, by id.' }),
  })
  .meta({ id: 'SourcesResponse', example: { sources: [{ id: 'azernews', name: 'Azernews', collections: ['en-language'], articleCount: 120 }], collections: [{ id: 'en-language', name: 'English-language' }] } });

export const healthResponseSchema = z.object({ status: z.literal('ok') }).meta({ id: 'Health' });

export const openApiResponseSchema = z.object({ openapi: z.string() }).catchall(z.unknown()).meta({ id: 'OpenApiDocument', description: 'This document.' });

/** One exported article (a JSONL line; CSV has the same columns with entity names joined by "; "). */
export const exportRowSchema = z
  .object({
    id: z.string(),
    url: z.string(),
    outlet: z.string(),
    source: z.string().meta({ description: 'Name of the source (catalogue name, else the registrable domain).' }),
    title: z.string(),
    published: nullableString,
    language: z.string(),
    snippet: z.string().meta({ description: 'Plain-text excerpt around the matched words.' }),
    entities: z.object(Object.fromEntries(ENTITY_TYPES.map((type) => [type, z.array(z.string())])) as Record<(typeof ENTITY_TYPES)[number], z.ZodArray<z.ZodString>>),
  })
  .meta({ id: 'ExportRow' });
