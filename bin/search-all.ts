/** `culture-index search --all`: every matching article, following the API's nextCursor page by page. */
import type { ApiRequest, ApiResponse } from '../shared/api/http-types.js';
import { printApiResult, printSearchPage } from './output.js';

type Query = Record<string, string | string[] | undefined>;

interface Api {
  handle(request: ApiRequest): Promise<ApiResponse>;
}

/**
 * Prints every page: human output page by page as it arrives; --json one body with every hit
 * (and the first page's facets). Returns the HTTP status of the last page (200, or the error).
 */
export async function searchAll(api: Api, query: Query, json: boolean): Promise<number> {
  const hits: unknown[] = [];
  let first: Record<string, unknown> | null = null;
  for await (const page of searchPages(api, query)) {
    if (page.status !== 200) {
      printApiResult('/search', page, json);
      return page.status;
    }
    const body = page.body as Record<string, unknown>;
    if (json) hits.push(...((body['hits'] as unknown[] | undefined) ?? []));
    else printSearchPage(body, { header: first === null, next: false });
    first ??= body;
  }
  if (json) console.log(JSON.stringify({ ...first, hits, nextCursor: null }, null, 2));
  return 200;
}

/** Pages of /search from the given cursor on; stops after the last page, an error, or a repeated cursor. */
async function* searchPages(api: Api, query: Query): AsyncGenerator<ApiResponse> {
  const seen = new Set<string>();
  let cursor = query['cursor'];
  for (let page = 0; ; page += 1) {
    // Facets describe the whole result: the first page carries them, the others need not.
    const response = await api.handle({ method: 'GET', path: '/search', query: { ...query, cursor, facets: page === 0 ? query['facets'] : 'false' } });
    yield response;
    const next = response.status === 200 ? (response.body as { nextCursor?: unknown }).nextCursor : null;
    if (typeof next !== 'string' || seen.has(next)) return;
    seen.add(next);
    cursor = next;
  }
}
