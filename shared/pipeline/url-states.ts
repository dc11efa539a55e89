import type { UrlState } from '../domain/model.js';
import type { UrlStateStore } from '../ports/url-state-store.js';

export type UrlStatePatch = Partial<Omit<UrlState, 'url' | 'updatedAt'>>;

/** Read-merge-write of one URL's state, so each step only states what it learned. */
export async function markUrl(urlStates: UrlStateStore, url: string, patch: UrlStatePatch, now: Date = new Date()): Promise<UrlState> {
  const previous = await urlStates.getUrlState(url);
  const next: UrlState = {
    url,
    status: patch.status ?? previous?.status ?? 'pending',
    reason: patch.reason !== undefined ? patch.reason : (previous?.reason ?? null),
    articleId: patch.articleId !== undefined ? patch.articleId : (previous?.articleId ?? null),
    etag: patch.etag !== undefined ? patch.etag : (previous?.etag ?? null),
    lastModified: patch.lastModified !== undefined ? patch.lastModified : (previous?.lastModified ?? null),
    contentHash: patch.contentHash !== undefined ? patch.contentHash : (previous?.contentHash ?? null),
    attempts: patch.attempts ?? previous?.attempts ?? 0,
    updatedAt: now.toISOString(),
    sourceId: patch.sourceId !== undefined ? patch.sourceId : (previous?.sourceId ?? null),
    lastError: patch.lastError !== undefined ? patch.lastError : (previous?.lastError ?? null),
    nextAttemptAt: patch.nextAttemptAt !== undefined ? patch.nextAttemptAt : (previous?.nextAttemptAt ?? null),
  };
  await urlStates.putUrlState(next);
  return next;
}
