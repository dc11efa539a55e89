import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractEntities, extractEntitiesStrict } from '../../../shared/domain/extract/index.js';
import { foldName } from '../../../shared/domain/text/fold.js';

/** Text made of name-like pieces, cue words, punctuation, quotes and line breaks. */
const piece = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom(
    'Ministry', 'of', 'Culture', 'the', 'and', 'Rəşad', 'Əliyeva', 'Festival', '"', '“', '”', '«', '»', ',', '.', '\n', '\n\n',
    'Deputy Chairman', "People's Artist", 'A.', 'M.S.', 'оn', 'Баку', '(', ')', 'TURKSOY', 'named after', '-', '’s',
    'Министерство', 'культуры', 'Дворце', 'Гейдара', 'Алиева', 'Bakıda', 'Teatrında', 'adına', 'Day.Az', 'said', 'members',
    'Among them', 'Head of the Sector at', 'an employee of the', 'Vice-President', 'Union', 'themed', 'project',
  ),
);
const text = fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(' '));

describe('extraction properties', () => {
  it('never throws and returns well-formed entities', () => {
    fc.assert(
      fc.property(text, fc.option(fc.string({ maxLength: 30 }), { nil: undefined }), (t, title) => {
        // The strict entry point has no catch-all: the rules themselves must not throw.
        const out = extractEntitiesStrict(title === undefined ? { text: t } : { text: t, title });
        for (const e of out) {
          expect(e.name.trim()).not.toBe('');
          expect(e.count).toBeGreaterThanOrEqual(1);
          expect(typeof e.context).toBe('string');
        }
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(extractEntities({ text: t })).toEqual(extractEntities({ text: t }));
      }),
      { numRuns: 150 },
    );
  });

  it('never reports two entities of one type with the same folded name', () => {
    fc.assert(
      fc.property(text, (t) => {
        const keys = extractEntities({ text: t }).map((e) => `${e.type}|${foldName(e.name)}`);
        expect(new Set(keys).size).toBe(keys.length);
      }),
      { numRuns: 150 },
    );
  });

  it('points an affiliation at an organisation of the same document', () => {
    fc.assert(
      fc.property(text, (t) => {
        const out = extractEntities({ text: t });
        const orgs = new Set(out.filter((e) => e.type === 'organisation').map((e) => e.name));
        for (const e of out) if (e.affiliation !== undefined) expect(orgs.has(e.affiliation)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});
