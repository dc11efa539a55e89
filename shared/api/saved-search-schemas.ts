/**
 * Request and response bodies of /saved-searches (zod 4): they validate the POST body and
 * generate the OpenAPI document's schemas, as params.ts and schemas.ts do for the read routes.
 */
import { z } from 'zod';
import { DIGESTS, MAX_NAME_LENGTH, MAX_QUERY_LENGTH } from '../domain/alerts/saved-search.js';
import { ENTITY_TYPES } from '../domain/model.js';
import { isIsoDateOrInstant, ISO_DATE_MESSAGE } from './params.js';

const MAX_VALUES = 20;
/** As the `from`/`to` query parameters, but a JSON string only (no list to take the first of). */
const isoDateOrInstant = z
  .string()
  .refine(isIsoDateOrInstant, ISO_DATE_MESSAGE)
  .optional()
  .meta({ override: { anyOf: [{ type: 'string', format: 'date' }, { type: 'string', format: 'date-time' }] } });
const value = z.string().min(1).max(200);
const list = <T extends z.ZodType>(item: T) => z.array(item).max(MAX_VALUES).optional();
/** Something other than spaces: a name must show in a list. */
const visible = (max: number) => z.string().min(1).max(max).regex(/\S/, 'must not be blank');

export const savedSearchFiltersSchema = z
  .strictObject({
    entity: list(value).meta({ description: 'Entity ids or names (all must be mentioned); names are looked up at each run.' }),
    type: list(z.enum(ENTITY_TYPES)),
    outlet: list(value),
    collection: list(value),
    lang: list(z.string().min(1).max(35)),
    from: isoDateOrInstant,
    to: isoDateOrInstant,
  })
  .meta({ id: 'SavedSearchFilters', description: 'The filters of GET /search, as a JSON object.' });

export const savedSearchBodySchema = z
  .strictObject({
    name: visible(MAX_NAME_LENGTH),
    owner: z.string().max(200).default('').meta({ description: 'Who follows it: a free label such as an e-mail address or a team.' }),
    query: z.string().max(MAX_QUERY_LENGTH).default('').meta({ description: 'The query language of GET /search; invalid syntax is a 400 with the position.' }),
    filters: savedSearchFiltersSchema.default({}),
    webhook: z
      .strictObject({
        url: z.string().max(2_000).regex(/^https?:\/\//, 'must be an https URL').meta({ description: 'https only; no private, loopback, link-local or metadata address (checked on save, at connect time and on every redirect).' }),
        secret: z.string().min(16).max(200).meta({ description: 'Key of the HMAC-SHA256 signature header; never returned.' }),
      })
      .optional(),
    digest: z.enum(DIGESTS).default('none').meta({ description: 'none: one webhook call per new article; daily/weekly: one call per ended UTC day / ISO week.' }),
  })
  .meta({
    id: 'SavedSearchInput',
    example: { name: 'Dubbing news', owner: 'film-desk', query: 'dubbing OR "voice acting"', filters: { lang: ['en'] }, webhook: { url: 'https://hooks.example.org/culture-index', secret: 'a-long-random-secret' }, digest: 'none' },
  });

export type SavedSearchBody = z.infer<typeof savedSearchBodySchema>;

const webhookStateSchema = z.object({
  status: z.enum(['pending', 'sent', 'dead']),
  attempts: z.number().int().min(0),
  nextAttemptAt: z.string().nullable(),
  lastError: z.string().nullable(),
  sentAt: z.string().nullable(),
});

export const deliverySchema = z
  .object({
    articleId: z.string(),
    title: z.string(),
    url: z.string(),
    sourceName: z.string(),
    publishedAt: z.string().nullable(),
    matchedAt: z.string(),
    webhook: webhookStateSchema.nullable().meta({ description: 'Null without a webhook; status dead is the dead letter, with the last error.' }),
  })
  .meta({ id: 'AlertDelivery' });

export const savedSearchSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    owner: z.string(),
    query: z.string(),
    filters: savedSearchFiltersSchema,
    digest: z.enum(DIGESTS),
    webhook: z.object({ url: z.string() }).nullable(),
    createdAt: z.string(),
    watermark: z.string().meta({ description: 'Articles stored at or after this instant are the next run\'s candidates.' }),
    feed: z.string().meta({ description: 'Path of the Atom feed.' }),
  })
  .meta({ id: 'SavedSearch' });

export const savedSearchDetailSchema = savedSearchSchema
  .extend({ recentDeliveries: z.array(deliverySchema).meta({ description: 'The newest ledger rows (at most 20).' }) })
  .meta({ id: 'SavedSearchDetail' });

export const savedSearchListSchema = z.object({ items: z.array(savedSearchSchema) }).meta({ id: 'SavedSearchList' });
