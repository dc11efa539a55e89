import type Database from 'better-sqlite3';
import { healthDay, type HealthTally, type SourceHealthDay } from '../../domain/source-health.js';
import type { SourceHealthLog } from '../../ports/source-health.js';
import { guarded } from './errors.js';

interface HealthRow {
  source_id: string;
  day: string;
  fetched: number;
  stored: number;
  unchanged: number;
  empty_bodies: number;
  missing_dates: number;
  zero_entities: number;
  failed: string;
}

/** Source health on the embedded database: one row per (source, day), added to in place. */
export class SqliteSourceHealthLog implements SourceHealthLog {
  constructor(private readonly db: Database.Database) {}

  async record(sourceId: string, at: string, tally: HealthTally): Promise<void> {
    guarded('record source health', () =>
      this.db
        .transaction(() => {
          const key = { sourceId, day: healthDay(at) };
          this.db
            .prepare(
              `INSERT INTO source_health (source_id, day, fetched, stored, unchanged, empty_bodies, missing_dates, zero_entities)
               VALUES (@sourceId, @day, @fetched, @stored, @unchanged, @emptyBodies, @missingDates, @zeroEntities)
               ON CONFLICT (source_id, day) DO UPDATE SET fetched = fetched + excluded.fetched, stored = stored + excluded.stored,
                 unchanged = unchanged + excluded.unchanged, empty_bodies = empty_bodies + excluded.empty_bodies,
                 missing_dates = missing_dates + excluded.missing_dates, zero_entities = zero_entities + excluded.zero_entities`,
            )
            .run({ ...key, ...tally, failed: undefined });
          // Reasons are a small JSON object: read, add, write back inside the same transaction.
          if (Object.keys(tally.failed).length === 0) return;
          const row = this.db.prepare<typeof key, { failed: string }>('SELECT failed FROM source_health WHERE source_id = @sourceId AND day = @day').get(key);
          const failed = JSON.parse(row?.failed ?? '{}') as Record<string, number>;
          for (const [reason, n] of Object.entries(tally.failed)) failed[reason] = (failed[reason] ?? 0) + n;
          this.db.prepare('UPDATE source_health SET failed = @failed WHERE source_id = @sourceId AND day = @day').run({ ...key, failed: JSON.stringify(failed) });
        })
        .immediate(),
    );
  }

  async daily(since: string): Promise<SourceHealthDay[]> {
    return guarded('read source health', () =>
      this.db
        .prepare<[string], HealthRow>('SELECT * FROM source_health WHERE day >= ? ORDER BY source_id, day')
        .all(since)
        .map((row) => ({
          sourceId: row.source_id,
          day: row.day,
          fetched: row.fetched,
          stored: row.stored,
          unchanged: row.unchanged,
          emptyBodies: row.empty_bodies,
          missingDates: row.missing_dates,
          zeroEntities: row.zero_entities,
          failed: JSON.parse(row.failed) as Record<string, number>,
        })),
    );
  }
}
