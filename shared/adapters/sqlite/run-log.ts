import type Database from 'better-sqlite3';
import type { IngestRun, IngestRunLog, RunCounts } from '../../ports/run-log.js';
import { guarded } from './errors.js';

interface RunRow {
  id: number;
  started_at: string;
  finished_at: string | null;
  trigger: string;
  counts: string | null;
  reasons: string | null;
  problems: number | null;
}

function runFromRow(row: RunRow): IngestRun {
  return {
    id: row.id,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
    trigger: row.trigger,
    counts: row.counts === null ? null : (JSON.parse(row.counts) as RunCounts),
    reasons: row.reasons === null ? null : (JSON.parse(row.reasons) as Record<string, number>),
    problems: row.problems,
  };
}

export class SqliteRunLog implements IngestRunLog {
  constructor(private readonly db: Database.Database) {}

  async beginRun(trigger: string, now: Date = new Date()): Promise<{ run: IngestRun; resumed: boolean }> {
    return guarded('begin an ingest run', () =>
      this.db
        .transaction(() => {
          const open = this.db.prepare<[], RunRow>('SELECT * FROM ingest_runs WHERE finished_at IS NULL ORDER BY id DESC LIMIT 1').get();
          if (open) return { run: runFromRow(open), resumed: true };
          const id = Number(this.db.prepare('INSERT INTO ingest_runs (started_at, trigger) VALUES (?, ?)').run(now.toISOString(), trigger).lastInsertRowid);
          return { run: { id, startedAt: now.toISOString(), finishedAt: null, trigger, counts: null, reasons: null, problems: null }, resumed: false };
        })
        .immediate(),
    );
  }

  async finishRun(id: number, report: { counts: RunCounts; reasons: Record<string, number>; problems: number }, now: Date = new Date()): Promise<void> {
    guarded('finish an ingest run', () =>
      this.db
        .prepare('UPDATE ingest_runs SET finished_at = ?, counts = ?, reasons = ?, problems = ? WHERE id = ?')
        .run(now.toISOString(), JSON.stringify(report.counts), JSON.stringify(report.reasons), report.problems, id),
    );
  }

  async listRuns(limit: number): Promise<IngestRun[]> {
    return guarded('list ingest runs', () => this.db.prepare<[number], RunRow>('SELECT * FROM ingest_runs ORDER BY id DESC LIMIT ?').all(limit).map(runFromRow));
  }
}
