/** Per-state counts of one ingest run. */
export type RunCounts = Readonly<Record<'stored' | 'unchanged' | 'skipped' | 'failed', number>>;

export interface IngestRun {
  readonly id: number;
  readonly startedAt: string;
  /** Null while the run is going on, or when it died before finishing (it is then resumed). */
  readonly finishedAt: string | null;
  /** What started it: 'cli', 'schedule', … */
  readonly trigger: string;
  readonly counts: RunCounts | null;
  /** Failed and skipped URLs per reason. */
  readonly reasons: Readonly<Record<string, number>> | null;
  readonly problems: number | null;
}

/**
 * The journal of ingest runs. A run with no end is one that was killed: the next run resumes it
 * (keeps its start, so URLs finished since then are not fetched again) instead of starting over.
 */
export interface IngestRunLog {
  /** The unfinished run to resume, or a new one. */
  beginRun(trigger: string, now?: Date): Promise<{ run: IngestRun; resumed: boolean }>;
  finishRun(id: number, report: { counts: RunCounts; reasons: Record<string, number>; problems: number }, now?: Date): Promise<void>;
  /** Newest first. */
  listRuns(limit: number): Promise<IngestRun[]>;
}
