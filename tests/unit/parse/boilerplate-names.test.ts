/**
 * The fast class/id word splitter (boilerplate.ts) judged against the plain one. (The tree itself
 * is held to parse5's in spec-tree.test.ts.)
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asciiNamesAreBoilerplate, wordsAreBoilerplate } from '../../../shared/domain/parse/boilerplate.js';

describe('class/id word splitting', () => {
  it('judges ASCII names as splitting them into words does', () => {
    const name = fc.array(
      fc.oneof(
        fc.constantFrom('share', 'Share', 'article', 'Body', 'content', 'ad', 'ads', 'nav', 'NavBar', 'related', 'x', 'main', 'sr', 'only'),
        fc.constantFrom('-', '_', ' ', '--', '__', '1', 'A', 'a', 'Z', ':', '.'),
      ),
      { maxLength: 10 },
    );
    fc.assert(
      fc.property(name, (parts) => {
        const value = parts.join('');
        expect(asciiNamesAreBoilerplate(value), value).toBe(wordsAreBoilerplate(value));
      }),
      { numRuns: 1000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary-ascii', maxLength: 30 }), (value) => {
        expect(asciiNamesAreBoilerplate(value), value).toBe(wordsAreBoilerplate(value));
      }),
      { numRuns: 1000 },
    );
  });
});
