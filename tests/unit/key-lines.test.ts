import { describe, expect, it } from 'vitest';
import { expandKeyLines, sequenceLine } from '../../shared/adapters/sqlite/key-lines.js';

describe('key lines', () => {
  it('expands a sequence into its keys and neighbour pairs under each of its tags, each once', () => {
    const tokens = expandKeyLines([sequenceLine(['tx', 'ax'], ['rug', 'dyeing', 'rug'])]);
    expect(tokens.sort()).toEqual(
      ['txrug', 'txdyeing', 'axrug', 'axdyeing', '2txrug dyeing', '2txdyeing rug', '2axrug dyeing', '2axdyeing rug'].sort(),
    );
  });

  it('keeps a line without a sequence mark as one token, spaces included (rows written token by token)', () => {
    expect(expandKeyLines(['k6f7065726173', '2axopen air', 'axopen'])).toEqual(['k6f7065726173', '2axopen air', 'axopen']);
  });

  it('gives no pair for a sequence of one key, and each token once across lines', () => {
    expect(expandKeyLines([sequenceLine(['ax'], ['mugham']), sequenceLine(['ax'], ['mugham', 'night'])]).sort()).toEqual(['2axmugham night', 'axmugham', 'axnight']);
  });
});
