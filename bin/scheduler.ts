/**
 * Scheduled ingestion inside `serve`: the catalogue is ingested now and then every `everyMs`,
 * never two runs at once — an in-process flag for this server and the lock file beside the
 * database for every other process (a CLI ingest, a second server). Each run is journalled
 * (start, end, counts per state, failures by reason): see /ingest/runs and `status`.
 */
import type { Source } from '../shared/domain/model.js';
import { ingestLocal } from '../shared/pipeline/local-ingest.js';
import type { IngestRun } from '../shared/ports/run-log.js';
import { withIngestLock } from './ingest-lock.js';
import { alertsAfterIngest } from './local-alerts.js';
import type { LocalContext } from './local-context.js';

export interface ScheduleOptions {
  readonly everyMs: number;
  readonly sources: readonly Source[];
  readonly log?: (line: string) => void;
}

export interface RunningSchedule {
  /** Runs journalled so far (newest first) and what the scheduler is doing now. */
  report(): Promise<{ everyMs: number; running: boolean; nextRunAt: string | null; lastSkip: string | null; runs: IngestRun[] }>;
  stop(): void;
}

export function startIngestSchedule(ctx: LocalContext, options: ScheduleOptions): RunningSchedule {
  const log = options.log ?? ((line: string) => console.error(line));
  let running = false;
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;
  let nextRunAt: number | null = null;
  let lastSkip: string | null = null;

  const schedule = (delayMs: number): void => {
    if (stopped) return;
    nextRunAt = Date.now() + delayMs;
    timer = setTimeout(() => void tick(), delayMs);
    timer.unref();
  };

  const tick = async (): Promise<void> => {
    const startedAt = Date.now();
    if (running) return; // cannot happen with one timer, but a second caller must never overlap
    running = true;
    try {
      const summary = await withIngestLock(ctx, () => ingestLocal(ctx, { sources: options.sources }, undefined, { trigger: 'schedule' }), 'culture-index serve --ingest-every');
      lastSkip = null;
      log(`scheduled ingest: stored ${summary.counts.stored} · unchanged ${summary.counts.unchanged} · skipped ${summary.counts.skipped} · failed ${summary.counts.failed}`);
      await alertsAfterIngest(ctx, log);
    } catch (error) {
      lastSkip = `${new Date().toISOString()}: ${error instanceof Error ? error.message : String(error)}`;
      log(`scheduled ingest did not run: ${lastSkip}`);
    } finally {
      running = false;
      schedule(Math.max(0, startedAt + options.everyMs - Date.now()));
    }
  };

  schedule(0);
  return {
    report: async () => ({
      everyMs: options.everyMs,
      running,
      nextRunAt: nextRunAt === null || running ? null : new Date(nextRunAt).toISOString(),
      lastSkip,
      runs: await ctx.db.runs.listRuns(20),
    }),
    stop: () => {
      stopped = true;
      if (timer) clearTimeout(timer);
    },
  };
}
