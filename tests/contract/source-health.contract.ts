/**
 * The SourceHealthLog contract: one suite, run against every adapter. Each test gets a fresh log.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tallyOf } from '../../shared/domain/source-health.js';
import type { SourceHealthLog } from '../../shared/ports/source-health.js';

export interface SourceHealthFixture {
  readonly log: SourceHealthLog;
  cleanup(): Promise<void>;
}

/** Every adapter is opened with this as "today". */
export const HEALTH_TODAY = new Date('2026-07-10T15:00:00Z');

export function describeSourceHealthContract(name: string, open: () => Promise<SourceHealthFixture>): void {
  describe(`SourceHealthLog contract: ${name}`, () => {
    let fixture: SourceHealthFixture;
    beforeEach(async () => {
      fixture = await open();
    });
    afterEach(async () => fixture.cleanup());

    it('adds tallies per source and UTC day, reasons included', async () => {
      const { log } = fixture;
      await log.record('azernews', '2026-07-10T01:00:00Z', tallyOf({ kind: 'fetched' }));
      await log.record('azernews', '2026-07-10T02:00:00+04:00', tallyOf({ kind: 'stored', publishedAt: null, entities: 0 }));
      await log.record('azernews', '2026-07-10T03:00:00Z', tallyOf({ kind: 'failed', reason: 'http-404' }));
      await log.record('azernews', '2026-07-10T04:00:00Z', tallyOf({ kind: 'failed', reason: 'http-404' }));
      await log.record('azernews', '2026-07-10T05:00:00Z', tallyOf({ kind: 'skipped', reason: 'no-article-body' }));
      await log.record('trend', '2026-07-09T23:59:00Z', tallyOf({ kind: 'stored', publishedAt: '2026-07-09T10:00:00Z', entities: 4 }));
      await log.record('trend', '2026-07-10T00:00:00Z', tallyOf({ kind: 'unchanged' }));
      expect(await log.daily('2026-07-09')).toEqual([
        { sourceId: 'azernews', day: '2026-07-09', fetched: 0, stored: 1, unchanged: 0, emptyBodies: 0, missingDates: 1, zeroEntities: 1, failed: {} },
        { sourceId: 'azernews', day: '2026-07-10', fetched: 1, stored: 0, unchanged: 0, emptyBodies: 1, missingDates: 0, zeroEntities: 0, failed: { 'http-404': 2, 'skipped:no-article-body': 1 } },
        { sourceId: 'trend', day: '2026-07-09', fetched: 0, stored: 1, unchanged: 0, emptyBodies: 0, missingDates: 0, zeroEntities: 0, failed: {} },
        { sourceId: 'trend', day: '2026-07-10', fetched: 0, stored: 0, unchanged: 1, emptyBodies: 0, missingDates: 0, zeroEntities: 0, failed: {} },
      ]);
      expect((await log.daily('2026-07-10')).map((row) => `${row.sourceId} ${row.day}`)).toEqual(['azernews 2026-07-10', 'trend 2026-07-10']);
    });

    it('counts concurrent records of one source and day exactly', async () => {
      await Promise.all(Array.from({ length: 20 }, () => fixture.log.record('apa', '2026-07-10T12:00:00Z', tallyOf({ kind: 'fetched' }))));
      expect((await fixture.log.daily('2026-07-10'))[0]).toMatchObject({ sourceId: 'apa', fetched: 20 });
    });
  });
}
