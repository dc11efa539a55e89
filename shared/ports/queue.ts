/** A work queue (SQS on AWS, in-memory locally). */
export interface Queue<T> {
  send(messages: readonly T[]): Promise<void>;
}

/** Message asking for one URL to be fetched. */
export interface FetchMessage {
  readonly url: string;
  readonly sourceId: string | null;
  /** Correlation id carried through every log line of the URL's journey. */
  readonly correlationId: string;
}

/** Message asking for one source of the catalogue to be discovered (the scheduled run fans out). */
export interface DiscoverMessage {
  readonly sourceId: string;
  readonly correlationId: string;
}
