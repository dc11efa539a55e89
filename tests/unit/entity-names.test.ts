import { describe, expect, it } from 'vitest';
import { countNameForms } from '../../shared/domain/entity-names.js';
import { withEnglishName } from '../../shared/domain/english-entity-name.js';
import { collectionName } from '../../shared/domain/collections.js';

describe('entity name forms', () => {
  it('counts each form once per mention, in the language of its article', () => {
    const forms = countNameForms([
      { name: 'Mədəniyyət Nazirliyi', aliases: ['Nazirlik', 'Nazirlik'], lang: 'az' },
      { name: 'Mədəniyyət Nazirliyi', aliases: [], lang: 'az' },
      { name: 'Mədəniyyət Nazirliyi', aliases: [' '], lang: null },
    ]);
    expect(forms).toEqual([
      { name: 'Mədəniyyət Nazirliyi', lang: 'az', count: 2 },
      { name: 'Mədəniyyət Nazirliyi', lang: 'und', count: 1 },
      { name: 'Nazirlik', lang: 'az', count: 1 },
    ]);
  });

  it('marks the English name of an Azerbaijani entity as en, with the uses of that form', () => {
    const entity = { type: 'organisation', name: 'Mədəniyyət Nazirliyi', aliases: ['Ministry of Culture'] } as const;
    const forms = countNameForms([
      { name: entity.name, aliases: ['Ministry of Culture'], lang: 'az' },
      { name: entity.name, aliases: ['Ministry of Culture'], lang: 'ru' },
    ]);
    expect(withEnglishName(entity, forms)).toEqual([
      { name: 'Ministry of Culture', lang: 'en', count: 2 },
      { name: 'Mədəniyyət Nazirliyi', lang: 'az', count: 1 },
      { name: 'Mədəniyyət Nazirliyi', lang: 'ru', count: 1 },
    ]);
    // English entities have no other English name to add.
    const english = { type: 'organisation', name: 'Film Fund', aliases: [] } as const;
    expect(withEnglishName(english, [{ name: 'Film Fund', lang: 'en', count: 3 }])).toEqual([{ name: 'Film Fund', lang: 'en', count: 3 }]);
  });
});

describe('collection names', () => {
  it('reads language slugs as language names and other slugs as words', () => {
    expect(collectionName('ru-language')).toBe('Russian-language');
    expect(collectionName('state-media')).toBe('State media');
    expect(collectionName('xx-language')).toBe('Xx language');
  });
});
