import type { RawPage } from '../domain/model.js';

export interface FetchRequest {
  readonly url: string;
  /** Validators from the previous fetch, for a conditional GET. */
  readonly etag?: string | null;
  readonly lastModified?: string | null;
  /** What content is wanted: article pages ('html', the default), feeds/sitemaps ('xml'), or either. */
  readonly accept?: 'html' | 'xml' | 'any';
}

export type FetchOutcome =
  | { readonly kind: 'ok'; readonly page: RawPage }
  | { readonly kind: 'not-modified'; readonly url: string }
  | { readonly kind: 'skipped'; readonly url: string; readonly reason: string }
  | {
      readonly kind: 'failed';
      readonly url: string;
      readonly reason: string;
      readonly retryable: boolean;
      /** What the server's Retry-After asked for (already capped), when it sent one. */
      readonly retryAfterMs?: number;
      /** Requests made for this outcome (retries within the run included), when more than one. */
      readonly attempts?: number;
      /** When a later run should try again (ISO), for retryable failures. */
      readonly nextAttemptAt?: string;
    };

/** Polite HTTP (or file) retrieval: robots.txt, per-host delay, timeouts, size cap, SSRF guard. */
export interface Fetcher {
  /** Never throws for a per-URL problem: the outcome says what happened. */
  fetch(request: FetchRequest): Promise<FetchOutcome>;
}
