import type { HealthTally, SourceHealthDay } from '../domain/source-health.js';

export type { HealthTally, SourceHealthDay };

/** Per-source daily tallies of the pipeline (see shared/domain/source-health.ts). */
export interface SourceHealthLog {
  /** Adds `tally` to the source's row of the UTC day of `at` (an ISO instant). */
  record(sourceId: string, at: string, tally: HealthTally): Promise<void>;
  /** Every row from day `since` (YYYY-MM-DD) on, by source then day. */
  daily(since: string): Promise<SourceHealthDay[]>;
}
