/**
 * Query-parameter schemas of every route (zod 4). Query strings arrive as strings or repeated
 * strings; these schemas turn them into typed values or a 400 with the reasons.
 */
import { z } from 'zod';
import { ENTITY_TYPES } from '../domain/model.js';
import { SEARCH_SORTS, type SearchSort } from '../domain/search/cursor-binding.js';

export const MAX_QUERY_LENGTH = 500;
export const MAX_LIMIT = 100;
const MAX_VALUES = 20;
const MAX_VALUE_LENGTH = 200;
/** The longest BCP 47 language tag a filter takes (RFC 5646 advises room for 35 characters). */
const MAX_LANGUAGE_TAG = 35;
const MAX_CURSOR_LENGTH = 2_000;

type Raw = string | string[] | undefined;

/** A single-valued parameter given several times: the first one counts. */
function single(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : value;
}

/**
 * Repeatable parameter: `?outlet=a&outlet=b`, or `?outlet=a,b` when commas may split (then give
 * `maxLength`, the longest value). A value longer than that is never split: each value of the
 * query string is one item of the documented array, so a too-long item is refused (400) as the
 * OpenAPI document says, instead of being cut at its commas into short items and accepted.
 * Lengths count code points, as zod and JSON Schema do.
 */
function many(splitCommas: boolean, maxLength = Infinity) {
  const splits = (v: unknown): v is string => splitCommas && typeof v === 'string' && [...v].length <= maxLength;
  return (value: unknown): unknown => {
    if (value === undefined || value === '') return undefined;
    const list = Array.isArray(value) ? value : [value];
    const parts = list.flatMap((v) => (splits(v) ? v.split(',') : [v]));
    const cleaned = parts.map((v) => (typeof v === 'string' ? v.trim() : v)).filter((v) => v !== '');
    return cleaned.length > 0 ? cleaned : undefined;
  };
}

const text = (max: number) => z.preprocess(single, z.string().max(max, `at most ${max} characters`).optional());



const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** True for real calendar days only (2024-02-31 and 2024-13-01 are not). */
function isCalendarDate(value: string): boolean {
  const time = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().startsWith(value);
}
/** True for an ISO date (YYYY-MM-DD, a real calendar day) or an ISO instant with zone. */
export function isIsoDateOrInstant(value: string): boolean {
  return DATE.test(value) ? isCalendarDate(value) : z.iso.datetime({ offset: true }).safeParse(value).success && !Number.isNaN(Date.parse(value));
}
export const ISO_DATE_MESSAGE = 'expected an ISO date (YYYY-MM-DD) or date-time with zone';

/** An ISO date (YYYY-MM-DD, a real calendar day) or an ISO instant with zone. */
const isoDateOrInstant = z.preprocess(
  single,
  z
    .string()
    .refine(isIsoDateOrInstant, ISO_DATE_MESSAGE)
    .optional(),
).meta({ override: { anyOf: [{ type: 'string', format: 'date' }, { type: 'string', format: 'date-time' }] } });

const boolean = z
  .preprocess(
    single,
    z
      .enum(['true', 'false', '1', '0', ''])
      .optional()
      .transform((v) => v === 'true' || v === '1' || v === ''),
  )
  .meta({ default: 'false' });

const integer = (min: number, max: number, fallback: number) =>
  z
    .preprocess(
      single,
      z
        .string()
        .regex(/^\d+$/, 'expected a whole number')
        .transform(Number)
        .pipe(z.number().int().min(min, `at least ${min}`).max(max, `at most ${max}`))
        .optional()
        .transform((v) => v ?? fallback),
    )
    // On the wire a whole number in decimal digits: documented as the integer it is.
    .meta({
      override: ({ jsonSchema }: { jsonSchema: Record<string, unknown> }) => {
        delete jsonSchema['pattern'];
        Object.assign(jsonSchema, { type: 'integer', minimum: min, maximum: max, default: fallback });
      },
    });

const entityType = z.enum(ENTITY_TYPES);

/** Filters shared by /search and the /stats routes. */
const filterShape = {
  q: text(MAX_QUERY_LENGTH).transform((v) => v ?? ''),
  entity: z.preprocess(many(false), z.array(z.string().max(MAX_VALUE_LENGTH)).max(MAX_VALUES).optional()),
  type: z.preprocess(many(true), z.array(entityType).max(MAX_VALUES).optional()),
  outlet: z.preprocess(many(true, MAX_VALUE_LENGTH), z.array(z.string().max(MAX_VALUE_LENGTH)).max(MAX_VALUES).optional()),
  collection: z.preprocess(many(true, MAX_VALUE_LENGTH), z.array(z.string().max(MAX_VALUE_LENGTH)).max(MAX_VALUES).optional()),
  lang: z.preprocess(many(true, MAX_LANGUAGE_TAG), z.array(z.string().max(MAX_LANGUAGE_TAG)).max(MAX_VALUES).optional()),
  from: isoDateOrInstant,
  to: isoDateOrInstant,
};

/** Where an inclusive `to` ends: a date means the end of that day. */
function endOf(value: string): number {
  return DATE.test(value) ? Date.parse(`${value}T23:59:59.999Z`) : Date.parse(value);
}

function fromNotAfterTo(value: { from?: string | undefined; to?: string | undefined }): boolean {
  if (value.from === undefined || value.to === undefined) return true;
  const from = DATE.test(value.from) ? Date.parse(`${value.from}T00:00:00Z`) : Date.parse(value.from);
  return from <= endOf(value.to);
}
const fromToMessage = { message: '`from` must not be after `to`', path: ['from'] };

export const searchParams = z
  .strictObject({
    ...filterShape,
    limit: integer(1, MAX_LIMIT, 20),
    cursor: text(MAX_CURSOR_LENGTH),
    facets: boolean,
    /** relevance (default with q), newest (default without q) or oldest; undated articles last. */
    sort: z.preprocess(single, z.enum(SEARCH_SORTS as [SearchSort, ...SearchSort[]]).optional()),
    /** cluster: one hit per syndication cluster. */
    collapse: z.preprocess(single, z.enum(['cluster']).optional()),
  })
  .refine(fromNotAfterTo, fromToMessage);

/** Queries compared in one timeline request. */
export const MAX_TIMELINE_QUERIES = 10;

export const timelineParams = z
  .strictObject({
    ...filterShape,
    // Several q give several series over the same buckets, for comparison.
    q: z.preprocess(many(false), z.array(z.string().max(MAX_QUERY_LENGTH, `at most ${MAX_QUERY_LENGTH} characters`)).max(MAX_TIMELINE_QUERIES).optional()),
    interval: z.preprocess(single, z.enum(['day', 'week', 'month', 'year']).default('month')),
  })
  .refine(fromNotAfterTo, fromToMessage);

export const topTermsParams = z
  .strictObject({ ...filterShape, size: integer(1, MAX_LIMIT, 20) })
  .refine(fromNotAfterTo, fromToMessage);

/** The most rows one export returns; documented in the README and the OpenAPI document. */
export const EXPORT_CAP = 100_000;

export const exportParams = z
  .strictObject({
    ...filterShape,
    format: z.preprocess(single, z.enum(['csv', 'jsonl']).default('csv')),
    bom: boolean,
    limit: integer(1, EXPORT_CAP, EXPORT_CAP),
  })
  .refine(fromNotAfterTo, fromToMessage);

export const topEntitiesParams = z
  .strictObject({ ...filterShape, type: z.preprocess(single, entityType.optional()), size: integer(1, MAX_LIMIT, 20) })
  .refine(fromNotAfterTo, fromToMessage);

export const entitiesParams = z.strictObject({
  type: z.preprocess(single, entityType.optional()),
  q: text(MAX_VALUE_LENGTH),
  limit: integer(1, MAX_LIMIT, 20),
  // Names a snapshot of the order and an offset in it (shared/domain/entity-cursor.ts).
  cursor: text(MAX_CURSOR_LENGTH),
});

/** Nodes of an entity's co-mention network at most (the entity itself included). */
export const MAX_NETWORK_NODES = 50;

export const entityParams = z.strictObject({ related: integer(0, 50, 10), nodes: integer(0, MAX_NETWORK_NODES, 25) });

export const noParams = z.strictObject({});

/** Suggestions per kind (entities, sources) at most. */
export const MAX_SUGGESTIONS = 20;

export const suggestParams = z.strictObject({
  q: z.preprocess(single, z.string().min(1, 'type at least one character').max(MAX_VALUE_LENGTH, `at most ${MAX_VALUE_LENGTH} characters`)),
  limit: integer(1, MAX_SUGGESTIONS, 8),
});

export type RawQuery = Record<string, Raw>;

/** Days of source health a request may ask for (today included). */
export const MAX_HEALTH_DAYS = 90;

export const sourceHealthParams = z.strictObject({
  days: integer(1, MAX_HEALTH_DAYS, 14),
  /** A source that stored articles earlier in the window but none in this many days is flagged silent. */
  quiet: integer(1, MAX_HEALTH_DAYS, 3),
});
