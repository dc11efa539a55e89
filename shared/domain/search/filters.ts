import type { EntityType } from '../model.js';

/** The filters of a search, as an analyst states them (a saved search keeps exactly these). */
export interface FilterFields {
  /** Entities a document must all mention (ids; a saved search may hold names, resolved at each run). */
  readonly entities?: readonly string[];
  readonly entityTypes?: readonly EntityType[];
  /** Source ids (an article's outlet is its source id). */
  readonly outlets?: readonly string[];
  /** Source collections; a document in any of them matches. */
  readonly collections?: readonly string[];
  readonly languages?: readonly string[];
  /** Inclusive ISO dates or instants on publishedAt. */
  readonly from?: string;
  readonly to?: string;
}
