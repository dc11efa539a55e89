import type { RawPage, RawRef } from '../domain/model.js';

/** Keeps fetched pages byte-for-byte, so they can be re-parsed without re-fetching. */
export interface RawArchive {
  /**
   * Key derives from the URL hash and fetch time; storing the same page twice is harmless. When the
   * URL's newest copy has the same body (same content hash), nothing is written and that copy's
   * ref comes back with `duplicate: true`: re-fetching an unchanged page adds no file or object.
   */
  put(page: RawPage): Promise<RawRef>;
  get(key: string): Promise<RawPage | null>;
  /** The newest page archived for a URL. */
  latest(url: string): Promise<RawPage | null>;
  /** Every archived page (newest per URL is enough for reprocessing), optionally since an instant. */
  list(options?: { since?: string }): AsyncIterable<RawRef>;
}
