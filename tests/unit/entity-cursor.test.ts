import { describe, expect, it } from 'vitest';
import { bindCursor } from '../../shared/api/bound-cursor.js';
import {
  chunksCovering,
  decodeEntityCursor,
  encodeEntityCursor,
  entityFilterKey,
  SNAPSHOT_CHUNK_SIZE,
  snapshotChunks,
} from '../../shared/domain/entity-cursor.js';
import { ValidationError } from '../../shared/domain/errors.js';
import { encodeCursor } from '../../shared/domain/opaque-cursor.js';

describe('the /entities cursor', () => {
  it('names a snapshot and an offset, and stays short once bound to its query', () => {
    const cursor = encodeEntityCursor({ snapshotId: '3f1c2a9e-0b7d-4e55-9c1a-2d6f8e4b7a10', offset: 40 * 100 });
    expect(decodeEntityCursor(cursor)).toEqual({ snapshotId: '3f1c2a9e-0b7d-4e55-9c1a-2d6f8e4b7a10', offset: 4_000 });
    expect(bindCursor(cursor, { type: 'organisation', q: 'festival' }).length).toBeLessThan(250);
  });

  it('reads no cursor as the first page and refuses cursors it did not write', () => {
    for (const none of [undefined, null, '']) expect(decodeEntityCursor(none)).toBeNull();
    const bad = ['%%', 's1.%%', encodeCursor({ s: 'a', o: 1 }), `s1.${encodeCursor({ s: '', o: 1 })}`, `s1.${encodeCursor({ s: 'a', o: 0 })}`, `s1.${encodeCursor({ s: 'a', o: 1, x: 2 })}`, 'e1.AAAAAAAAAAA'];
    for (const cursor of bad) expect(() => decodeEntityCursor(cursor)).toThrow(ValidationError);
  });

  it('stores a snapshot in chunks that carry its header, and finds the chunks a page needs', () => {
    const ordered = Array.from({ length: SNAPSHOT_CHUNK_SIZE * 2 + 5 }, (_, i) => ({ id: `e${i}`, count: 3_000 - i }));
    const chunks = snapshotChunks('snap', 123, entityFilterKey({ type: 'person' }), ordered);
    expect(chunks.map((chunk) => chunk.chunk)).toEqual([0, 1, 2]);
    expect(chunks.every((chunk) => chunk.total === ordered.length && chunk.createdMs === 123 && chunk.filter === '["person",null]')).toBe(true);
    expect(JSON.parse(chunks[2]!.entries)).toEqual(ordered.slice(SNAPSHOT_CHUNK_SIZE * 2).map((e) => [e.id, e.count]));
    expect(chunksCovering(0, 20)).toEqual([0]);
    expect(chunksCovering(SNAPSHOT_CHUNK_SIZE - 10, 20)).toEqual([0, 1]);
    expect(chunksCovering(SNAPSHOT_CHUNK_SIZE, 100)).toEqual([1]);
  });

  it('tells filters apart, including no name from an empty one', () => {
    expect(entityFilterKey({})).not.toBe(entityFilterKey({ nameContains: '' }));
    expect(entityFilterKey({ type: 'work' })).not.toBe(entityFilterKey({ type: 'event' }));
  });
});
