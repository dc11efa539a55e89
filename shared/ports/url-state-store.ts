import type { UrlState, UrlStatus } from '../domain/model.js';
import type { Page } from './article-store.js';

/** Remembers what happened to every discovered URL, and its conditional-GET validators. */
export interface UrlStateStore {
  putUrlState(state: UrlState): Promise<void>;
  getUrlState(url: string): Promise<UrlState | null>;
  listUrlStates(query: { status?: UrlStatus; limit: number; cursor?: string | null }): Promise<Page<UrlState>>;
  /** Count per status, for `culture-index status` and dashboards. */
  countUrlStates(): Promise<Record<UrlStatus, number>>;
}
