/** Text helpers: the fast whitespace normalisation against its plain definition. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseSpace } from '../../../shared/domain/parse/text.js';

/** The definition: zero-width characters gone, every whitespace run one space, ends trimmed. */
const plain = (text: string): string => text.replace(/[\u200b\u200c\u200d\u2060\ufeff\u00ad]/g, '').replace(/\s+/g, ' ').trim();

describe('normaliseSpace', () => {
  it('equals collapsing every whitespace run and trimming', () => {
    const piece = fc.oneof(
      fc.constantFrom(' ', '  ', '\n', '\t', '\u00a0', '\u2028', '\u3000', '\u200b', '\u00ad', '\ufeff', ' \u200b ', 'a', 'word', '.'),
      fc.string({ maxLength: 5 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        expect(normaliseSpace(text), JSON.stringify(text)).toBe(plain(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('keeps single spaces and collapses the rest', () => {
    expect(normaliseSpace('  a b\u00a0 c\n\nd\u200be ')).toBe('a b c de');
    expect(normaliseSpace('\n \u200b\t')).toBe('');
  });
});
