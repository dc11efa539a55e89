import { describe, expect, it } from 'vitest';
import { fillTimelineGaps, MAX_FILLED_BUCKETS } from '../../../shared/api/timeline-gaps.js';

describe('fillTimelineGaps', () => {
  it('adds empty months between the first and last bucket, across a year boundary', () => {
    const filled = fillTimelineGaps([{ key: '2025-11-01', count: 2 }, { key: '2026-02-01', count: 1 }], 'month');
    expect(filled).toEqual([
      { key: '2025-11-01', count: 2 },
      { key: '2025-12-01', count: 0 },
      { key: '2026-01-01', count: 0 },
      { key: '2026-02-01', count: 1 },
    ]);
  });

  it('steps weeks from Monday to Monday and days one by one', () => {
    expect(fillTimelineGaps([{ key: '2026-03-02', count: 1 }, { key: '2026-03-16', count: 4 }], 'week').map((b) => b.key)).toEqual(['2026-03-02', '2026-03-09', '2026-03-16']);
    expect(fillTimelineGaps([{ key: '2026-02-27', count: 1 }, { key: '2026-03-02', count: 1 }], 'day').map((b) => b.count)).toEqual([1, 0, 0, 1]);
    expect(fillTimelineGaps([{ key: '2020-01-01', count: 1 }, { key: '2022-01-01', count: 1 }], 'year').map((b) => b.key)).toEqual(['2020-01-01', '2021-01-01', '2022-01-01']);
  });

  it('keeps totals and never loses a bucket it cannot place', () => {
    expect(fillTimelineGaps([], 'month')).toEqual([]);
    const odd = [{ key: '2026-03-03', count: 2 }, { key: '2026-03-10', count: 1 }];
    expect(fillTimelineGaps([{ key: '2026-03-02', count: 1 }, ...odd], 'week')).toEqual([{ key: '2026-03-02', count: 1 }, ...odd]);
    const wide = [{ key: '1990-01-01', count: 1 }, { key: '2026-01-01', count: 1 }];
    expect(fillTimelineGaps(wide, 'day')).toEqual(wide);
    expect(MAX_FILLED_BUCKETS).toBeLessThan(366 * 36);
  });
});
