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
