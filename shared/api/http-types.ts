/** The API's own request/response shapes: plain data, so Lambda and node:http adapt the same way. */
export interface ApiRequest {
  readonly method: string;
  /** Path without query string, e.g. "/entities/abc". Percent-encoding is decoded by the API. */
  readonly path: string;
  readonly query: Record<string, string | string[] | undefined>;
  /** Request headers, names in lower case (If-None-Match, Accept-Encoding …). */
  readonly headers?: Readonly<Record<string, string | undefined>>;
  /** The request body as text (POST); absent for GET. */
  readonly body?: string;
}

export interface ApiResponse {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: unknown;
  /** A streamed body (exports): written chunk by chunk instead of `body`. */
  readonly stream?: AsyncIterable<string>;
}

export interface ErrorBody {
  readonly error: {
    readonly code: 'bad_request' | 'unauthorized' | 'not_found' | 'method_not_allowed' | 'too_many_requests' | 'too_large' | 'unavailable' | 'internal';
    readonly message: string;
    readonly issues?: readonly { readonly path: string; readonly message: string }[];
    /** For an invalid query (q): the 0-based character offset where it goes wrong, and what to do. */
    readonly position?: number;
    readonly hint?: string;
  };
}
