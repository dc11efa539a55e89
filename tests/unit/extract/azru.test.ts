import { describe, expect, it } from 'vitest';
import { extract, find, names } from './helpers.js';

describe('Azerbaijani texts', () => {
  it('finds persons, inflected organisations and places', () => {
    const e = extract(
      'Bakıda Azərbaycan Dövlət Kukla Teatrında yeni tamaşanın premyerası olub. Tamaşanın rejissoru Elnur Hüseynovdur, ' +
        'rəssamı Günel Əliyeva. Mədəniyyət Nazirliyinin nümayəndəsi Rəşad Məmmədov çıxış edib.',
    );
    expect(names(e, 'organisation')).toEqual(expect.arrayContaining(['Azərbaycan Dövlət Kukla Teatrında', 'Mədəniyyət Nazirliyinin']));
    expect(find(e, 'person', 'Günel Əliyeva')).toBeDefined();
    expect(find(e, 'person', 'Rəşad Məmmədov')).toBeDefined();
    expect(find(e, 'place', 'Bakıda')).toBeDefined();
  });

  it('drops a capitalised sentence-initial word before a given name', () => {
    const e = extract('Tədbirdə Səbinə Quliyeva çıxış edib.');
    expect(names(e, 'person')).toEqual(['Səbinə Quliyeva']);
  });
});

describe('Russian texts', () => {
  it('extends organisation names over lower-case words', () => {
    const e = extract(
      'Министерство культуры Азербайджана и Азербайджанский государственный академический театр оперы провели концерт в Баку.',
    );
    expect(names(e, 'organisation')).toEqual(
      expect.arrayContaining(['Министерство культуры Азербайджана', 'Азербайджанский государственный академический театр']),
    );
    expect(find(e, 'place', 'Баку')).toBeDefined();
  });

  it('keeps a genitive name after a cue noun inside the organisation', () => {
    const e = extract('Концерт прошёл во Дворце Гейдара Алиева при поддержке Фонда Гейдара Алиева.');
    expect(names(e, 'organisation')).toEqual(expect.arrayContaining(['Дворце Гейдара Алиева', 'Фонда Гейдара Алиева']));
    expect(names(e, 'person')).toEqual([]);
  });

  it('finds inflected place names', () => {
    const e = extract('В фестивале участвуют музыканты из Турции, Германии и Южной Кореи, а также из Москвы.');
    expect(names(e, 'place')).toEqual(expect.arrayContaining(['Турции', 'Германии', 'Москвы']));
  });

  it('finds persons with Russian given names and surnames', () => {
    const e = extract('На сцене выступили народный артист Фархад Бадалбейли и заслуженная артистка Нармина Гусейнова.');
    expect(names(e, 'person')).toEqual(expect.arrayContaining(['Фархад Бадалбейли', 'Нармина Гусейнова']));
  });
});
