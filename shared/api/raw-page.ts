/**
 * GET /articles/{id}/raw: the archived page as it was fetched. It is third-party HTML served
 * from the API's own origin, so it is sandboxed (no scripts, no same-origin access, no forms)
 * and never sniffed into another type.
 */
import { NotFoundError } from '../domain/errors.js';
import { quoteInput } from '../domain/settings.js';
import type { ArticleStore } from '../ports/article-store.js';
import type { RawArchive } from '../ports/raw-archive.js';
import type { ApiResponse } from './http-types.js';

/** A media type with optional parameters; anything else falls back to text/html. */
const MEDIA_TYPE = /^[\w!#$&^.+-]+\/[\w!#$&^.+-]+(\s*;\s*[\w!#$&^.+-]+=("[^"\r\n]*"|[\w!#$&^.+-]+))*$/;

export const RAW_PAGE_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': 'sandbox',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'access-control-allow-origin': '*',
  'cache-control': 'no-cache',
};

function contentTypeOf(headers: Readonly<Record<string, string>>): string {
  const entry = Object.entries(headers).find(([name]) => name.toLowerCase() === 'content-type');
  const value = entry?.[1].trim();
  return value && MEDIA_TYPE.test(value) ? value : 'text/html';
}

export async function rawPageResponse(store: ArticleStore, archive: RawArchive | undefined, id: string): Promise<ApiResponse> {
  if (!archive) throw new NotFoundError('Archived pages are not available from this deployment');
  const record = await store.getArticle(id);
  if (!record) throw new NotFoundError(`No article with id ${quoteInput(id)}`);
  const { url, canonicalUrl } = record.article;
  const page = (await archive.latest(url)) ?? (canonicalUrl !== url ? await archive.latest(canonicalUrl) : null);
  if (!page) throw new NotFoundError(`No archived page for article ${quoteInput(id)}`);
  const fetched = Date.parse(page.fetchedAt);
  const lastModified: Record<string, string> = Number.isNaN(fetched) ? {} : { 'last-modified': new Date(fetched).toUTCString() };
  return { status: 200, headers: { ...RAW_PAGE_HEADERS, 'content-type': contentTypeOf(page.headers), ...lastModified }, body: page.body };
}
