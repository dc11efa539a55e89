import { describe, expect, it } from 'vitest';
import { decodeSeenEntities, encodeSeenEntities } from '../../shared/domain/entity-cursor.js';
import { ValidationError } from '../../shared/domain/errors.js';
import { encodeCursor } from '../../shared/domain/opaque-cursor.js';
import { stableId } from '../../shared/domain/hash.js';

describe('the /entities cursor (entities already returned)', () => {
  it('gives back every id it was given, hex ids packed and others as they are', () => {
    const ids = [stableId('entity', 'one'), stableId('entity', 'two'), 'not-a-hex-id', stableId('entity', 'three')];
    const cursor = encodeSeenEntities(ids);
    expect([...decodeSeenEntities(cursor)].sort()).toEqual([...ids].sort());
    // Packed: a hex id costs about 11 cursor characters, not its 16 plus JSON quoting.
    const many = Array.from({ length: 100 }, (_, i) => stableId('entity', String(i)));
    expect(encodeSeenEntities(many).length).toBeLessThan(100 * 11 + 10);
  });

  it('reads no cursor as nothing returned yet', () => {
    expect(decodeSeenEntities(undefined).size).toBe(0);
    expect(decodeSeenEntities(null).size).toBe(0);
    expect(decodeSeenEntities('').size).toBe(0);
  });

  it('refuses cursors it did not write with a ValidationError', () => {
    for (const bad of ['%%', encodeCursor({ c: 3, id: 'abc' }), 'e1.AAAA', 'e1.AAAAAAAAAAA.%%', `e1..${encodeCursor({ x: 1 })}`]) {
      expect(() => decodeSeenEntities(bad)).toThrow(ValidationError);
    }
  });
});
