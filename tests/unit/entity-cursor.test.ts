import { describe, expect, it } from 'vitest';
import { bindCursor } from '../../shared/api/bound-cursor.js';
import { decodeEntityCursor, isAfterPosition, MAX_SEEN_ENTITIES, nextEntityCursor, type EntityPaging } from '../../shared/domain/entity-cursor.js';
import { ValidationError } from '../../shared/domain/errors.js';
import { stableId } from '../../shared/domain/hash.js';
import { encodeCursor } from '../../shared/domain/opaque-cursor.js';

const start: EntityPaging = { seen: new Set(), after: null };
const entities = (n: number, from = 0) => Array.from({ length: n }, (_, i) => ({ id: stableId('entity', String(from + i)), articleCount: 1 }));

describe('the /entities cursor', () => {
  it('names every entity returned so far, hex ids packed and others as they are', () => {
    const page = [...entities(3), { id: 'not-a-hex-id', articleCount: 2 }];
    const paging = decodeEntityCursor(nextEntityCursor(start, page));
    expect([...paging.seen].sort()).toEqual(page.map((e) => e.id).sort());
    expect(paging.after).toBeNull();
    const more = decodeEntityCursor(nextEntityCursor(paging, entities(2, 10)));
    expect(more.seen.size).toBe(6);
  });

  it('stays short enough for a URL once bound to its query, then continues by position', () => {
    const full = nextEntityCursor(start, entities(MAX_SEEN_ENTITIES));
    expect(decodeEntityCursor(full).seen.size).toBe(MAX_SEEN_ENTITIES);
    expect(bindCursor(full, { type: 'organisation', q: 'festival' }).length).toBeLessThan(8_000);
    const page = entities(2, MAX_SEEN_ENTITIES);
    const deep = decodeEntityCursor(nextEntityCursor(decodeEntityCursor(full), page));
    expect(deep).toEqual({ seen: new Set(), after: { count: 1, id: page[1]!.id } });
    const deeper = decodeEntityCursor(nextEntityCursor(deep, [{ id: 'ff00000000000000', articleCount: 0 }]));
    expect(deeper.after).toEqual({ count: 0, id: 'ff00000000000000' });
  });

  it('places entities after a position by count (desc), then id', () => {
    const at: EntityPaging = { seen: new Set(), after: { count: 3, id: 'b' } };
    expect(isAfterPosition(at, 2, 'a')).toBe(true);
    expect(isAfterPosition(at, 3, 'c')).toBe(true);
    expect(isAfterPosition(at, 3, 'b')).toBe(false);
    expect(isAfterPosition(at, 4, 'z')).toBe(false);
    expect(isAfterPosition(start, 99, 'a')).toBe(true);
  });

  it('reads no cursor as the first page and refuses cursors it did not write', () => {
    for (const none of [undefined, null, '']) expect(decodeEntityCursor(none)).toEqual(start);
    for (const bad of ['%%', encodeCursor({ c: 3, id: 'abc' }), 'e1.AAAA', 'e1.AAAAAAAAAAA.%%', `e1..${encodeCursor({ x: 1 })}`, `k1.${encodeCursor({ c: -1, id: 'a' })}`]) {
      expect(() => decodeEntityCursor(bad)).toThrow(ValidationError);
    }
  });
});
