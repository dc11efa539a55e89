/** `search --format csv|jsonl`: the API's export written to stdout as it streams, one batch at a time. */
import { once } from 'node:events';
import type { Api } from '../shared/api/api.js';
import type { ApiResponse } from '../shared/api/http-types.js';

async function write(chunk: string): Promise<boolean> {
  if (process.stdout.write(chunk)) return true;
  // Wait for the pipe to take the chunk; a reader that went away (head, a closed pager) ends the export.
  const outcome = await Promise.race([once(process.stdout, 'drain').then(() => true), once(process.stdout, 'error').then(() => false)]);
  return outcome;
}

/** Writes the export; returns the response (for its status) so the caller can map errors to exit codes. */
export async function exportToStdout(api: Api, query: Record<string, string | string[] | undefined>): Promise<ApiResponse> {
  const response = await api.handle({ method: 'GET', path: '/export', query });
  if (response.stream === undefined) return response;
  const iterator = response.stream[Symbol.asyncIterator]();
  try {
    for (;;) {
      const next = await iterator.next();
      if (next.done || !(await write(next.value))) break;
    }
  } finally {
    await iterator.return?.();
  }
  if (response.headers['x-export-truncated'] === 'true') {
    console.error(`note: exported ${response.headers['x-export-rows']} of ${response.headers['x-total-count']} matching articles (the limit); narrow the query for the rest`);
  }
  return response;
}
