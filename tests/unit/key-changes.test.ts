import { describe, expect, it } from 'vitest';
import { KeyChanges } from '../../shared/adapters/sqlite/key-changes.js';
import { expandKeyLines, sequenceLine } from '../../shared/adapters/sqlite/key-lines.js';

const titleLines = [sequenceLine(['tx', 'ax'], ['rug', 'dyeing', 'rug', 'dyeing']), sequenceLine(['ts', 'as'], ['rug', 'dye', 'rug', 'dye']), 'k6f7065726173'];
const bodyLines = [sequenceLine(['ax'], ['the', 'rug', 'dyeing', 'school']), sequenceLine(['ax'], ['the', 'ruq'])];

describe('KeyChanges', () => {
  it('spells out exactly the tokens expandKeyLines gives for the same lines, in token order', () => {
    const changes = new KeyChanges();
    changes.record([...titleLines, ...bodyLines], 7);
    const drained = changes.drain();
    expect(drained.map((c) => c.token)).toEqual(expandKeyLines([...titleLines, ...bodyLines]).sort());
    // A word repeated in a document, or met again in another of its lines, is one change.
    expect(drained.every((c) => c.ops.length === 1 && c.ops[0] === 7)).toBe(true);
  });

  it('keeps each token’s changes in the order they were made, across documents, and forgets them once drained', () => {
    const changes = new KeyChanges();
    changes.record(bodyLines, ~3);
    changes.record([sequenceLine(['ax'], ['rug', 'school'])], 3);
    changes.record(bodyLines, 9);
    const byToken = new Map(changes.drain().map((c) => [c.token, c.ops]));
    expect(byToken.get('axrug')).toEqual([~3, 3, 9]);
    expect(byToken.get('2axrug school')).toEqual([3]);
    expect(byToken.get('2axrug dyeing')).toEqual([~3, 9]);
    expect(byToken.get('axthe')).toEqual([~3, 9]);
    expect(changes.drain()).toEqual([]);
  });
});
