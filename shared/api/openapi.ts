/**
 * The OpenAPI 3.1 document of the API, generated (zod-openapi) from the same zod schemas that
 * validate requests (params.ts) and describe responses (schemas.ts), so code and document cannot
 * drift apart. Only prose lives here: summaries, parameter descriptions, examples, security.
 */
import { z } from 'zod';
import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiResponsesObject } from 'zod-openapi';
import { URL_STATUSES } from '../domain/model.js';
import { EXPORT_CAP, MAX_TIMELINE_QUERIES } from './params.js';
import { methodOf, ROUTES, type Route, type RouteName } from './routes.js';
import { savedSearchBodySchema, savedSearchDetailSchema, savedSearchListSchema, savedSearchSchema } from './saved-search-schemas.js';
import {
  articleRecordSchema,
  entityPageSchema,
  entityResponseSchema,
  errorSchema,
  exportRowSchema,
  clusterSchema,
  healthResponseSchema,
  sourceHealthResponseSchema,
  openApiResponseSchema,
  searchResponseSchema,
  sourcesResponseSchema,
  suggestResponseSchema,
  timelineResponseSchema,
  topEntitiesResponseSchema,
  topTermsResponseSchema,
  urlStatesResponseSchema,
} from './schemas.js';

const json = (schema: z.ZodType) => ({ 'application/json': { schema } });
const error = (description: string) => ({ description, content: json(errorSchema) });

const etagHeader = z.string().meta({ description: 'Weak validator of the body: send it back in If-None-Match to get 304 while it is unchanged.', example: 'W/"q1xZ3f0kq9p2"' });
const cacheHeaders = { headers: z.object({ ETag: etagHeader, 'Cache-Control': z.string() }) };

const common: ZodOpenApiResponsesObject = {
  '304': { description: 'Not modified: the If-None-Match tag is still current.' },
  '400': error('Invalid parameters; `issues` says which and why.'),
  '500': error('Unexpected error (details are logged, not returned).'),
  '503': {
    ...error('The backing store or index is unavailable; retry later.'),
    headers: z.object({ 'Retry-After': z.string().meta({ description: 'Seconds to wait.' }) }),
  },
};
const notFound: ZodOpenApiResponsesObject = { '404': error('No such resource.') };
const ok = (description: string, schema: z.ZodType): ZodOpenApiResponsesObject => ({ '200': { description, content: json(schema), ...cacheHeaders } });

const idPath = (description: string, example: string) => z.object({ id: z.string().min(1).meta({ description, example }) });

/** Prose and response schemas per route; the parameters come from the route's zod schema. */
const unauthorized: ZodOpenApiResponsesObject = {
  '401': {
    ...error('Missing or wrong bearer token (local server: the token `culture-index serve` prints).'),
    headers: z.object({ 'WWW-Authenticate': z.string().meta({ example: 'Bearer realm="culture-index", error="invalid_token"' }) }),
  },
};
const savedSearchId = idPath('Saved search id.', '3f9a0c1b2d4e5f60');
/** Writes: no anonymous access anywhere (locally the data folder's token, on AWS IAM or JWT). */
const WRITE_SECURITY: Record<string, string[]>[] = [{ sigv4: [] }, { jwt: [] }, { localToken: [] }];

interface OperationDoc {
  summary: string;
  description?: string;
  path?: z.ZodObject;
  body?: z.ZodType;
  security?: Record<string, string[]>[];
  responses: ZodOpenApiResponsesObject;
  tags: string[];
}

const OPERATIONS: Readonly<Record<RouteName, OperationDoc>> = {
  search: {
    summary: 'Search articles',
    description: 'q is the query language (implicit AND, OR, NOT, -word, "phrases", prefix*, parentheses, NEAR/n, fields); invalid syntax is a 400 with the position. Empty q lists newest first.',
    responses: { ...ok('Matching articles, best first.', searchResponseSchema), ...common },
    tags: ['search'],
  },
  export: {
    summary: 'Export every matching article as CSV or JSONL',
    description:
      `Streams one row per article, newest first (undated last), up to limit (at most ${EXPORT_CAP}). ` +
      'CSV follows RFC 4180 (UTF-8, CRLF, a header row; entity names joined by "; "); bom=true adds a byte-order mark and ' +
      'neutralises formula-like cells for spreadsheets. JSONL has one ExportRow object per line. X-Total-Count says how ' +
      'many articles matched; X-Export-Truncated is set when that is more than the rows sent.',
    responses: {
      '200': {
        description: 'The rows. Each JSONL line is an ExportRow.',
        headers: z.object({
          'Content-Disposition': z.string().meta({ example: 'attachment; filename="culture-index-export.csv"' }),
          'X-Total-Count': z.string().meta({ description: 'Articles matching the query.' }),
          'X-Export-Rows': z.string().meta({ description: 'Rows in this export.' }),
          'X-Export-Truncated': z.string().optional().meta({ description: 'Present ("true") when not every matching article fits under limit.' }),
        }),
        content: {
          'text/csv': { schema: z.string().meta({ example: 'id,url,outlet,source,title,published,language,snippet,person,organisation,project,event,work,place\r\n' }) },
          'application/jsonl': {
            schema: z.string().meta({ description: 'One ExportRow (JSON) per line.' }),
            // OpenAPI 3.1 cannot say "a sequence of these"; this extension points to the row schema.
            'x-line-schema': { $ref: '#/components/schemas/ExportRow' },
          },
        },
      },
      '400': common['400']!,
      '429': {
        ...error('Too many exports are running; retry after the given time.'),
        headers: z.object({ 'Retry-After': z.string().meta({ description: 'Seconds to wait.', example: '10' }) }),
      },
      '500': common['500']!,
      '503': common['503']!,
    },
    tags: ['search'],
  },
  getArticle: {
    summary: 'One article with its entity mentions',
    path: idPath('Article id.', '6f4cc011d56fc2e0'),
    responses: { ...ok('The article.', articleRecordSchema), ...notFound, ...common },
    tags: ['articles'],
  },
  listEntities: {
    summary: 'Entities, most mentioned first',
    description:
      'Paging is a point in time: the first page records the order of every matching entity, and its nextCursor pages through that record, ' +
      'so no entity is repeated or skipped while an ingest changes counts. articleCount and total are as of the first page; entities added later ' +
      'appear when paging starts again. A cursor is valid for an hour with the same type and q; otherwise the answer is 400.',
    responses: { ...ok('A page of entities.', entityPageSchema), ...common },
    tags: ['entities'],
  },
  getEntity: {
    summary: 'One entity: names per language, roles over time, co-mentioned entities and their network, recent articles',
    path: idPath('Entity id, or a name or alias of the entity.', 'Leyla Rəhimova'),
    responses: { ...ok('The entity.', entityResponseSchema), ...notFound, ...common },
    tags: ['entities'],
  },
  timeline: {
    summary: 'Attention over time: counts and shares per bucket, for one or several queries',
    description:
      `Each q (up to ${MAX_TIMELINE_QUERIES}) is one series, all over the same buckets (by publication date, UTC; weeks start on Monday). ` +
      'share = count / total, where total counts every article of the same outlets, languages and dates: the query and entity filters are left out of it.',
    responses: { ...ok('One series per query; buckets between the first and the last, empty ones included.', timelineResponseSchema), ...common },
    tags: ['stats'],
  },
  topEntities: {
    summary: 'Entities most often mentioned by matching articles',
    responses: { ...ok('Entities with article counts.', topEntitiesResponseSchema), ...common },
    tags: ['stats'],
  },
  topTerms: {
    summary: 'Significant words of the matching articles, next to their top entities',
    description:
      "Words over-represented in the best-ranked matching articles (at most 200) compared with the whole index, ranked by Dunning's log-likelihood (G²). " +
      'Both engines count documents the same way, so SQLite and OpenSearch give comparable lists.',
    responses: { ...ok('Significant words and top entities.', topTermsResponseSchema), ...common },
    tags: ['stats'],
  },
  urlStates: {
    summary: 'How many discovered URLs are in each state',
    description: `States: ${URL_STATUSES.join(', ')}. 404 where the deployment does not expose URL states.`,
    responses: { ...ok('Counts per status.', urlStatesResponseSchema), ...notFound, ...common },
    tags: ['stats'],
  },
  openapi: {
    summary: 'This document',
    responses: { ...ok('OpenAPI 3.1 document.', openApiResponseSchema), '304': common['304']!, '400': common['400']! },
    tags: ['meta'],
  },
  health: {
    summary: 'Liveness check',
    responses: { ...ok('Alive.', healthResponseSchema), '304': common['304']!, '400': common['400']! },
    tags: ['meta'],
  },
  suggest: {
    summary: 'Entities and sources whose names start with what was typed',
    description: 'For search boxes: answered from the folded-name indexes, so it stays fast on large indexes. Entities need at least two letters after folding.',
    responses: { ...ok('Suggestions.', suggestResponseSchema), ...common },
    tags: ['search'],
  },
  listSources: {
    summary: 'Sources with their collections and article counts',
    responses: { ...ok('Sources and collections.', sourcesResponseSchema), ...common },
    tags: ['search'],
  },
  getRawArticle: {
    summary: 'The archived page an article was parsed from',
    description:
      'The bytes as fetched, in their original content type (text/html when unknown), served with Content-Security-Policy: sandbox and ' +
      'X-Content-Type-Options: nosniff: scripts do not run and the page cannot reach this origin. 404 (JSON) when the page is not archived.',
    path: idPath('Article id.', '6f4cc011d56fc2e0'),
    responses: {
      '200': {
        description: 'The archived page.',
        headers: z.object({ 'Content-Security-Policy': z.string().meta({ example: 'sandbox' }), ETag: etagHeader }),
        content: { 'text/html': { schema: z.string() } },
      },
      ...notFound,
      ...common,
    },
    tags: ['articles'],
  },
  listSavedSearches: {
    summary: 'Saved searches, oldest first',
    responses: { ...ok('Every saved search (webhook secrets are never returned).', savedSearchListSchema), ...common },
    tags: ['alerts'],
  },
  createSavedSearch: {
    summary: 'Save a search to follow',
    description:
      'New articles matching it are delivered once each (a ledger keyed by search and article) to its Atom feed, to its webhook ' +
      '(JSON POST signed with HMAC-SHA256, see the README) and on AWS to the SNS topic. Articles stored before it was saved are not news.',
    body: savedSearchBodySchema,
    security: WRITE_SECURITY,
    responses: {
      '201': { description: 'Saved.', content: json(savedSearchSchema), headers: z.object({ Location: z.string().meta({ description: 'Path of the new saved search.' }) }) },
      '400': error('Invalid body; invalid query syntax comes with its position and a hint; a refused webhook URL says why.'),
      ...unauthorized,
      '413': error('Body larger than 64 KB.'),
      '500': common['500']!,
      '503': common['503']!,
    },
    tags: ['alerts'],
  },
  getSavedSearch: {
    summary: 'One saved search with its newest deliveries',
    path: savedSearchId,
    responses: { ...ok('The saved search.', savedSearchDetailSchema), ...notFound, ...common },
    tags: ['alerts'],
  },
  deleteSavedSearch: {
    summary: 'Delete a saved search and its delivery ledger',
    path: savedSearchId,
    security: WRITE_SECURITY,
    responses: { '204': { description: 'Deleted.' }, '400': common['400']!, ...unauthorized, ...notFound, '500': common['500']!, '503': common['503']! },
    tags: ['alerts'],
  },
  savedSearchFeed: {
    summary: 'Atom feed of a saved search',
    description: 'Its newest 50 deliveries, one entry per article (entry id: a tag: URI of search and article); any feed reader can follow it.',
    path: savedSearchId,
    responses: {
      '200': { description: 'An Atom 1.0 feed (RFC 4287).', content: { 'application/atom+xml': { schema: z.string().meta({ example: '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">…</feed>' }) } } },
      ...notFound,
      '400': common['400']!,
      '500': common['500']!,
      '503': common['503']!,
    },
    tags: ['alerts'],
  },
  getCluster: {
    summary: 'One syndication cluster: the first publisher and every outlet that carried the story',
    description: 'Copies are grouped by MinHash/LSH over word shingles within a language, and across languages by shared entities within 48 hours.',
    path: idPath('Cluster id (clusterId of a search hit).', '6f4cc011d56fc2e0'),
    responses: { ...ok('The cluster.', clusterSchema), ...notFound, ...common },
    tags: ['search'],
  },
  sourceHealth: {
    summary: 'Per source and day: pages fetched, articles stored, failures by reason, empty bodies, missing dates, zero-entity articles',
    responses: { ...ok('Sources with their daily figures and whether they went silent.', sourceHealthResponseSchema), ...notFound, ...common },
    tags: ['stats'],
  },
};

/** Descriptions and examples of query parameters, by name (the same name means the same thing everywhere). */
const PARAMETER_DOCS: Readonly<Record<string, { description: string; example?: unknown }>> = {
  q: { description: 'The query language (README, "Query language"): words (all required), OR, NOT/-word, "a phrase", prefix*, (groups), NEAR/n, fields such as title: or entity:. Case and diacritics are ignored.', example: 'dubbing OR "voice acting"' },
  entity: { description: 'Entity id or name; repeat for several (articles must mention all).', example: ['Leyla Rəhimova'] },
  type: { description: 'Entity types; repeat or comma-separate. On /stats/top-entities: only entities of this type.', example: ['person'] },
  outlet: { description: 'Source ids; repeat or comma-separate.', example: ['azernews'] },
  collection: { description: 'Source collections (catalogue slugs such as agencies, ministries, az-language); an article in any of them matches.', example: ['agencies'] },
  sort: { description: 'relevance (the default with q), newest (the default without q) or oldest; undated articles last.', example: 'newest' },
  lang: { description: 'Language tags such as en, az, ru; repeat or comma-separate.', example: ['en'] },
  from: { description: 'Published on or after: YYYY-MM-DD or an ISO date-time with zone.', example: '2024-01-01' },
  to: { description: 'Published on or before (a date includes the whole day); not before `from`.', example: '2024-12-31' },
  limit: { description: 'How many results (on /export: rows) to return at most.' },
  cursor: { description: 'nextCursor of the previous page.' },
  facets: { description: 'Include facets (top entities per type, outlets, languages).' },
  interval: { description: 'Bucket size of the timeline.' },
  size: { description: 'How many entities (and words) to return.' },
  related: { description: 'How many co-mentioned entities to return.' },
  nodes: { description: 'Nodes of the co-mention network at most, the entity included (0: no network).' },
  format: { description: 'csv (RFC 4180, UTF-8) or jsonl (one JSON object per line).' },
  bom: { description: 'For spreadsheets: start the CSV with a UTF-8 byte-order mark and neutralise cells that look like formulas.' },
  collapse: { description: 'cluster: one hit per syndication cluster (the best copy in the sort order); total, pages and facets then count clusters.', example: 'cluster' },
  days: { description: 'Days of source health to return, today (UTC) included.', example: 14 },
  quiet: { description: 'A source that stored articles earlier in the window but none in this many days is flagged silent.', example: 3 },
};

const TIMELINE_Q_DOC = { description: `Free text; repeat to compare up to ${MAX_TIMELINE_QUERIES} queries, one series each.`, example: ['dubbing', 'museum'] };

/** Routes whose q is not the search query language. */
const OWN_Q_DOCS: Readonly<Record<string, { description: string; example?: unknown }>> = {
  '/stats/timeline': TIMELINE_Q_DOC,
  '/suggest': { description: 'What was typed so far: the start of a name (case and diacritics are ignored).', example: 'rəhim' },
};

function operationFor(route: Route): ZodOpenApiOperationObject {
  const doc = OPERATIONS[route.name];
  return {
    operationId: route.name,
    summary: doc.summary,
    ...(doc.description ? { description: doc.description } : {}),
    tags: doc.tags,
    requestParams: { query: route.params as unknown as z.ZodObject, ...(doc.path ? { path: doc.path } : {}) },
    ...(doc.body ? { requestBody: { required: true, content: json(doc.body) } } : {}),
    ...(doc.security ? { security: doc.security } : {}),
    responses: doc.responses,
  };
}

/** Path items: every route's operation under its path, keyed by lower-case method. */
function pathItems(): Record<string, Record<string, ZodOpenApiOperationObject>> {
  const paths: Record<string, Record<string, ZodOpenApiOperationObject>> = {};
  for (const route of ROUTES) (paths[route.path] ??= {})[methodOf(route).toLowerCase()] = operationFor(route);
  return paths;
}

interface ParameterObject {
  name: string;
  in: string;
  description?: string;
  example?: unknown;
  schema?: { type?: unknown };
}

/** A list example for a single-valued parameter of the same name (type on /entities) is its first item. */
function exampleFor(parameter: ParameterObject, example: unknown): unknown {
  return Array.isArray(example) && parameter.schema?.type !== 'array' ? example[0] : example;
}

/** Adds the prose of PARAMETER_DOCS to the generated query parameters. */
function describeParameters(document: { paths?: Record<string, Record<string, { parameters?: ParameterObject[] }>> }): void {
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    for (const parameter of item['get']?.parameters ?? []) {
      if (parameter.in !== 'query') continue;
      const doc = parameter.name === 'q' ? (OWN_Q_DOCS[path] ?? PARAMETER_DOCS['q']) : PARAMETER_DOCS[parameter.name];
      if (!doc) continue;
      parameter.description ??= doc.description;
      if (doc.example !== undefined) parameter.example ??= exampleFor(parameter, doc.example);
    }
  }
}

function generate(): Record<string, unknown> {
  const document = createDocument({
    openapi: '3.1.0',
    info: {
      title: 'culture-index search API',
      version: '1.1.0',
      description:
        'Full-text search, exports, facets, timelines and significant words over cultural news articles and the entities ' +
        '(people, organisations, projects, events, works, places) they mention. Routes are GET (and HEAD), answer JSON ' +
        '(exports: CSV or JSONL), allow any origin (CORS), carry ETags (If-None-Match gives 304) and are gzip- or ' +
        'brotli-compressed when the client accepts it.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: 'http://127.0.0.1:8080', description: 'Local: `npm start` (loopback only, no authentication).' }],
    tags: [
      { name: 'search', description: 'Articles matching a query.' },
      { name: 'articles', description: 'Single articles.' },
      { name: 'entities', description: 'People, organisations and the rest.' },
      { name: 'stats', description: 'Aggregates for dashboards.' },
      { name: 'meta', description: 'The API itself.' },
      { name: 'alerts', description: 'Saved searches, their feeds and webhooks.' },
    ],
    // Either scheme as deployed on AWS (the stack picks one), or none on a local loopback server.
    security: [{ sigv4: [] }, { jwt: [] }, {}],
    components: {
      securitySchemes: {
        sigv4: {
          type: 'apiKey',
          in: 'header',
          name: 'Authorization',
          description: 'AWS deployment with IAM auth: requests signed with AWS Signature Version 4 (service "execute-api").',
          'x-amazon-apigateway-authtype': 'awsSigv4',
        },
        jwt: {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'JWT',
          description: "AWS deployment with JWT auth: a token from the stack's issuer, for its audience.",
        },
        localToken: {
          type: 'http',
          scheme: 'bearer',
          description: 'Local server: writes need the token in <data>/api-token (created with 0600 permissions on first start, printed by `culture-index serve`).',
        },
      },
      schemas: { ExportRow: exportRowSchema },
    },
    paths: pathItems(),
  }) as unknown as Record<string, unknown>;
  describeParameters(document as Parameters<typeof describeParameters>[0]);
  return document;
}

export const openApiDocument: Record<string, unknown> = generate();
