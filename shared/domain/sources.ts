/**
 * The sources catalogue (sources/catalogue.json): which outlets to discover news from.
 * Validated with zod; every bad entry is listed in one ValidationError so the file can be fixed in one go.
 */
import { z } from 'zod';
import { ValidationError } from './errors.js';
import type { Source } from './model.js';
import { isHttpUrl } from './url.js';

const httpUrl = z.string().refine(isHttpUrl, { message: 'must be an absolute http(s) URL without credentials' });

export const sourceSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'must be a lower-case slug (a-z, 0-9, -)'),
  name: z.string().trim().min(1, 'must not be empty'),
  site: httpUrl,
  language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a BCP 47 tag such as "en" or "az"'),
  feeds: z.array(httpUrl).default([]),
  sitemaps: z.array(httpUrl).default([]),
  collections: z.array(z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'must be a lower-case slug (a-z, 0-9, -)')).default([]),
  verified: z.boolean(),
  notes: z.string().optional(),
});

const catalogueSchema = z.union([
  z.array(z.unknown()),
  z.object({ sources: z.array(z.unknown()) }).passthrough(),
]);

export function parseSourcesCatalogue(json: unknown): Source[] {
  const shape = catalogueSchema.safeParse(json);
  if (!shape.success) {
    throw new ValidationError('Sources catalogue must be an array of sources or an object with a "sources" array', [
      { path: '', message: 'expected an array or { sources: [...] }' },
    ]);
  }
  const entries = Array.isArray(shape.data) ? shape.data : shape.data.sources;
  const issues: { path: string; message: string }[] = [];
  const sources: Source[] = [];
  const ids = new Set<string>();
  entries.forEach((entry, index) => {
    const parsed = sourceSchema.safeParse(entry);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        issues.push({ path: [`sources[${index}]`, ...issue.path.map(String)].join('.'), message: issue.message });
      }
      return;
    }
    if (ids.has(parsed.data.id)) {
      issues.push({ path: `sources[${index}].id`, message: `duplicate id "${parsed.data.id}"` });
      return;
    }
    ids.add(parsed.data.id);
    const { notes, ...rest } = parsed.data;
    sources.push({ ...rest, ...(notes !== undefined ? { notes } : {}) });
  });
  if (issues.length > 0) {
    const summary = issues.slice(0, 10).map((i) => `${i.path}: ${i.message}`).join('; ');
    throw new ValidationError(`Sources catalogue has ${issues.length} problem(s): ${summary}`, issues);
  }
  return sources;
}

/**
 * The catalogue document with `verified: true` on the given sources, everything else as it was
 * (other fields, order, the array or `{ sources }` shape), ready to be written back.
 */
export function markSourcesVerified(json: unknown, verifiedIds: ReadonlySet<string>): unknown {
  const mark = (entry: unknown): unknown =>
    entry !== null && typeof entry === 'object' && verifiedIds.has(String((entry as { id?: unknown }).id)) ? { ...entry, verified: true } : entry;
  if (Array.isArray(json)) return json.map(mark);
  if (json !== null && typeof json === 'object' && Array.isArray((json as { sources?: unknown }).sources)) {
    return { ...json, sources: (json as { sources: unknown[] }).sources.map(mark) };
  }
  return json;
}
