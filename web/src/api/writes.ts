/**
 * Writes (saved searches). The local server wants `Authorization: Bearer <token>`: the token of
 * its data folder, printed by `npm start`/`serve` and kept in <data>/api-token. The page asks for
 * it once and keeps it in this browser's localStorage. On AWS the sign-in (web/auth.js) carries the
 * analyst's token instead, so no write token is asked for there.
 */
import { apiErrorOf, authRequired, rawFetch } from './client.js';

const TOKEN_KEY = 'culture-index-write-token';

export function storedWriteToken(): string {
  try {
    return localStorage.getItem(TOKEN_KEY) ?? '';
  } catch {
    return ''; // storage blocked: the token is asked for again
  }
}

export function storeWriteToken(token: string): void {
  try {
    if (token) localStorage.setItem(TOKEN_KEY, token);
    else localStorage.removeItem(TOKEN_KEY);
  } catch {
    // Storage blocked (private mode): the token lives as long as the page.
  }
}

/** Whether this page must hold a write token (the local server) rather than rely on the sign-in. */
export const needsWriteToken = (): boolean => !authRequired();

/** A POST/DELETE with the write token; non-2xx answers become ApiError (401 included). */
export async function write(method: 'POST' | 'DELETE', path: string, token: string, body?: unknown): Promise<unknown> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (needsWriteToken() && token) headers['authorization'] = `Bearer ${token}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const response = await rawFetch(path, { method, headers, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
  const answer: unknown = response.status === 204 ? null : await response.json().catch(() => null);
  if (!response.ok) throw apiErrorOf(response.status, answer);
  return answer;
}
