/**
 * The OpenAPI 3.1 description of the search API, written by hand for readers and client
 * generators. tests/unit/api/openapi.test.ts checks it against the route table and the zod
 * parameter schemas, so a route or parameter added in code without being documented fails a test.
 */
import { ENTITY_TYPES, URL_STATUSES } from '../domain/model.js';
import { MAX_LIMIT, MAX_QUERY_LENGTH } from './params.js';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const param = (name: string) => ({ $ref: `#/components/parameters/${name}` });
const json = (schema: unknown) => ({ content: { 'application/json': { schema } } });
const ok = (description: string, schema: unknown) => ({ description, ...json(schema) });
const errors = {
  '400': { $ref: '#/components/responses/BadRequest' },
  '503': { $ref: '#/components/responses/Unavailable' },
  '500': { $ref: '#/components/responses/Internal' },
};
const notFound = { '404': { $ref: '#/components/responses/NotFound' } };
const filterParams = ['q', 'entity', 'type', 'outlet', 'collection', 'lang', 'from', 'to'].map(param);
const nullableString = { type: ['string', 'null'] };
const stringList = { type: 'array', items: { type: 'string' } };

export const openApiDocument: Record<string, unknown> = {
  openapi: '3.1.0',
  info: {
    title: 'culture-index search API',
    version: '1.0.0',
    description:
      'Full-text search, filters, facets and timelines over cultural news articles and the entities ' +
      '(people, organisations, projects, events, works, places) they mention. All routes are GET, ' +
      'answer JSON and allow any origin (CORS).',
  },
  paths: {
    '/search': {
      get: {
        operationId: 'search',
        summary: 'Search articles',
        description: 'Words are ANDed; "quoted phrases" and prefix* work; case and diacritics are ignored. Empty q lists newest first.',
        parameters: [...filterParams, param('limit'), param('cursor'), { name: 'sort', in: 'query', description: 'relevance (default with q), newest (default without q) or oldest; undated articles last.', schema: { type: 'string', enum: ['relevance', 'newest', 'oldest'] } }, { name: 'facets', in: 'query', description: 'Include facets (top entities per type, outlets, languages).', schema: { type: 'boolean', default: false } }],
        responses: { '200': ok('Matching articles', ref('SearchResponse')), ...errors },
      },
    },
    '/articles/{id}': {
      get: {
        operationId: 'getArticle',
        summary: 'One article with its entity mentions',
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        responses: { '200': ok('The article', ref('ArticleRecord')), ...notFound, ...errors },
      },
    },
    '/entities': {
      get: {
        operationId: 'listEntities',
        summary: 'Entities, most mentioned first',
        parameters: [
          { name: 'type', in: 'query', schema: ref('EntityType') },
          { name: 'q', in: 'query', description: 'Part of a name or alias; case and diacritics ignored.', schema: { type: 'string', maxLength: 200 } },
          param('limit'),
          param('cursor'),
        ],
        responses: { '200': ok('A page of entities', ref('EntityPage')), ...errors },
      },
    },
    '/entities/{id}': {
      get: {
        operationId: 'getEntity',
        summary: 'One entity: aliases, roles over time, co-mentioned entities, recent articles',
        parameters: [
          { name: 'id', in: 'path', required: true, description: 'Entity id, or a name or alias of the entity.', schema: { type: 'string' } },
          { name: 'related', in: 'query', description: 'How many co-mentioned entities to return.', schema: { type: 'integer', minimum: 0, maximum: 50, default: 10 } },
        ],
        responses: { '200': ok('The entity', ref('EntityResponse')), ...notFound, ...errors },
      },
    },
    '/stats/timeline': {
      get: {
        operationId: 'timeline',
        summary: 'Article counts over time (by publication date, UTC)',
        parameters: [...filterParams, { name: 'interval', in: 'query', schema: { type: 'string', enum: ['day', 'week', 'month', 'year'], default: 'month' }, description: 'Weeks start on Monday.' }],
        responses: {
          '200': ok('Buckets in ascending order, empty ones included between the first and the last', {
            type: 'object',
            required: ['interval', 'buckets'],
            properties: { interval: { type: 'string' }, buckets: { type: 'array', items: ref('TimelineBucket') } },
          }),
          ...errors,
        },
      },
    },
    '/stats/top-entities': {
      get: {
        operationId: 'topEntities',
        summary: 'Entities most often mentioned by matching articles',
        parameters: [
          ...['q', 'entity', 'outlet', 'collection', 'lang', 'from', 'to'].map(param),
          { name: 'type', in: 'query', description: 'Only entities of this type.', schema: ref('EntityType') },
          { name: 'size', in: 'query', schema: { type: 'integer', minimum: 1, maximum: MAX_LIMIT, default: 20 } },
        ],
        responses: {
          '200': ok('Entities with article counts', { type: 'object', required: ['entities'], properties: { entities: { type: 'array', items: ref('FacetCount') } } }),
          ...errors,
        },
      },
    },
    '/stats/url-states': {
      get: {
        operationId: 'urlStates',
        summary: 'How many discovered URLs are in each state',
        responses: {
          '200': ok('Counts per status', {
            type: 'object',
            required: ['counts'],
            properties: { counts: { type: 'object', properties: Object.fromEntries(URL_STATUSES.map((s) => [s, { type: 'integer' }])) } },
          }),
          ...notFound,
          ...errors,
        },
      },
    },
    '/openapi.json': {
      get: { operationId: 'openapi', summary: 'This document', responses: { '200': ok('OpenAPI 3.1 document', { type: 'object' }) } },
    },
    '/health': {
      get: {
        operationId: 'health',
        summary: 'Liveness check',
        responses: { '200': ok('Alive', { type: 'object', required: ['status'], properties: { status: { const: 'ok' } } }) },
      },
    },
  },
  components: {
    parameters: {
      q: { name: 'q', in: 'query', description: 'Query language (README "Query language"): words (AND), OR, NOT/-, "phrases", prefix*, (groups), NEAR/n, "…"~n, title: entity: outlet: source: lang: type:. Invalid syntax → 400 with position and hint.', schema: { type: 'string', maxLength: MAX_QUERY_LENGTH } },
      entity: {
        name: 'entity',
        in: 'query',
        description: 'Entity id or name; repeat for several (articles must mention all).',
        schema: { type: 'array', items: { type: 'string', maxLength: 200 }, maxItems: 20 },
        style: 'form',
        explode: true,
      },
      type: { name: 'type', in: 'query', description: 'Articles mentioning an entity of any of these types; repeat or comma-separate.', schema: { type: 'array', items: ref('EntityType') }, style: 'form', explode: true },
      outlet: { name: 'outlet', in: 'query', description: 'Source ids (an article\'s outlet is its source id); repeat or comma-separate.', schema: stringList, style: 'form', explode: true },
      collection: { name: 'collection', in: 'query', description: 'Source collections (e.g. agencies, ministries, az-language); any of them; repeat or comma-separate.', schema: stringList, style: 'form', explode: true },
      lang: { name: 'lang', in: 'query', description: 'Language tags such as en, az, ru; repeat or comma-separate.', schema: stringList, style: 'form', explode: true },
      from: { name: 'from', in: 'query', description: 'Published on or after: YYYY-MM-DD or ISO date-time with zone.', schema: { type: 'string' } },
      to: { name: 'to', in: 'query', description: 'Published on or before (a date includes the whole day).', schema: { type: 'string' } },
      limit: { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: MAX_LIMIT, default: 20 } },
      cursor: { name: 'cursor', in: 'query', description: 'nextCursor of the previous page.', schema: { type: 'string' } },
    },
    responses: {
      BadRequest: { description: 'Invalid parameters', ...json(ref('Error')) },
      NotFound: { description: 'No such route or resource', ...json(ref('Error')) },
      Unavailable: { description: 'Backing store unavailable; retry later', ...json(ref('Error')) },
      Internal: { description: 'Unexpected error (details are logged, not returned)', ...json(ref('Error')) },
    },
    schemas: {
      EntityType: { type: 'string', enum: [...ENTITY_TYPES] },
      Error: {
        type: 'object',
        required: ['error'],
        properties: {
          error: {
            type: 'object',
            required: ['code', 'message'],
            properties: {
              code: { type: 'string', enum: ['bad_request', 'not_found', 'method_not_allowed', 'unavailable', 'internal'] },
              message: { type: 'string' },
              issues: { type: 'array', items: { type: 'object', properties: { path: { type: 'string' }, message: { type: 'string' } } } },
              position: { type: 'integer', minimum: 0, description: 'Invalid query: 0-based character offset in q.' },
              hint: { type: 'string', description: 'Invalid query: how to write it.' },
            },
          },
        },
      },
      SearchHit: {
        type: 'object',
        required: ['id', 'title', 'url', 'outlet', 'sourceId', 'sourceName', 'collections', 'language', 'publishedAt', 'snippet', 'score'],
        properties: {
          id: { type: 'string' },
          title: { type: 'string' },
          url: { type: 'string' },
          outlet: { type: 'string', description: 'The source id (same as sourceId).' },
          sourceId: { type: 'string' },
          sourceName: { type: 'string' },
          collections: stringList,
          language: { type: 'string' },
          publishedAt: nullableString,
          snippet: { type: 'string', description: 'HTML: matches in <mark>, everything else escaped.' },
          score: { type: 'number' },
        },
      },
      FacetCount: { type: 'object', required: ['value', 'count'], properties: { value: { type: 'string' }, count: { type: 'integer' }, label: { type: 'string' } } },
      Facets: {
        type: ['object', 'null'],
        properties: {
          entities: { type: 'object', properties: Object.fromEntries(ENTITY_TYPES.map((t) => [t, { type: 'array', items: ref('FacetCount') }])) },
          outlets: { type: 'array', items: ref('FacetCount'), description: 'Source ids, labelled with the source name.' },
          collections: { type: 'array', items: ref('FacetCount') },
          languages: { type: 'array', items: ref('FacetCount') },
        },
      },
      SearchResponse: {
        type: 'object',
        required: ['total', 'hits', 'nextCursor', 'facets', 'entities'],
        properties: {
          total: { type: 'integer' },
          hits: { type: 'array', items: ref('SearchHit') },
          nextCursor: nullableString,
          facets: ref('Facets'),
          entities: {
            type: 'array',
            description: 'How each entity parameter was resolved.',
            items: { type: 'object', properties: { input: { type: 'string' }, id: { type: 'string' }, name: nullableString } },
          },
        },
      },
      TimelineBucket: { type: 'object', required: ['key', 'count'], properties: { key: { type: 'string', format: 'date' }, count: { type: 'integer' } } },
      EntitySummary: {
        type: 'object',
        required: ['id', 'type', 'name', 'aliases', 'articleCount'],
        properties: { id: { type: 'string' }, type: ref('EntityType'), name: { type: 'string' }, aliases: stringList, articleCount: { type: 'integer' } },
      },
      EntityPage: { type: 'object', required: ['items', 'nextCursor', 'total'], properties: { items: { type: 'array', items: ref('EntitySummary') }, nextCursor: nullableString, total: { type: 'integer', minimum: 0 } } },
      EntityResponse: {
        allOf: [
          ref('EntitySummary'),
          {
            type: 'object',
            properties: {
              roles: {
                type: 'array',
                description: 'Oldest first.',
                items: { type: 'object', properties: { role: nullableString, affiliation: nullableString, articleId: { type: 'string' }, publishedAt: nullableString } },
              },
              articles: {
                type: 'array',
                description: 'Most recent first.',
                items: { type: 'object', properties: { id: { type: 'string' }, title: { type: 'string' }, publishedAt: nullableString, outlet: { type: 'string' } } },
              },
              coMentioned: { type: 'array', items: ref('FacetCount') },
            },
          },
        ],
      },
      ArticleRecord: {
        type: 'object',
        required: ['article', 'mentions'],
        properties: {
          article: {
            type: 'object',
            properties: {
              id: { type: 'string' }, url: { type: 'string' }, canonicalUrl: { type: 'string' }, outlet: { type: 'string' },
              sourceId: { type: 'string' }, sourceName: { type: 'string' }, collections: stringList, title: { type: 'string' },
              authors: stringList, publishedAt: nullableString, modifiedAt: nullableString, language: { type: 'string' }, section: nullableString,
              paragraphs: stringList, text: { type: 'string' }, summary: { type: 'string' }, image: nullableString, contentHash: { type: 'string' },
              fetchedAt: { type: 'string' }, parserVersion: { type: 'string' }, extractorVersion: { type: 'string' },
            },
          },
          mentions: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                entityId: { type: 'string' }, articleId: { type: 'string' }, type: ref('EntityType'), name: { type: 'string' }, aliases: stringList,
                count: { type: 'integer' }, role: nullableString, affiliation: nullableString, context: { type: 'string' },
              },
            },
          },
        },
      },
    },
  },
};
