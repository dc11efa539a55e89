/**
 * English names for Azerbaijani and Russian entities: transliteration of persons, the name table
 * and generic-word translation for institutions, and the path from `en` to one resolved id and
 * to search (the English name is indexed with the article's entity names).
 */
import { describe, expect, it } from 'vitest';
import { assembleRecord } from '../../../shared/domain/article.js';
import { englishName } from '../../../shared/domain/extract/english-names.js';
import { toIndexDoc } from '../../../shared/domain/index-doc.js';
import type { Article } from '../../../shared/domain/model.js';
import { createResolver } from '../../../shared/domain/resolve/index.js';
import { openTempSqliteStore } from '../../support/temp-sqlite.js';
import { extract, find } from './helpers.js';

describe('englishName', () => {
  it('reads the tables of well-known works and figures unless told not to (the eval\'s rules-only figure)', () => {
    expect(englishName('work', 'Qu gölü')).toBe('Swan Lake');
    expect(englishName('work', 'Qu gölü', [], { tables: false })).toBe('Gu golu');
    expect(englishName('person', 'Q.Qarayev')).toBe('Gara Garayev');
    expect(englishName('person', 'Q.Qarayev', [], { tables: false })).toBe('G.Garayev');
    // Institutions never read those tables: the same name either way.
    expect(englishName('organisation', 'Şəki Dövlət Kukla Teatrı', [], { tables: false })).toBe('Shaki State Puppet Theatre');
  });

  it.each([
    ['Rəşad Əzizov', 'Rashad Azizov'],
    ['Xəyalə Qasımova', 'Khayala Gasimova'],
    ['Elçin Ağayev', 'Elchin Aghayev'],
    ['Tural Həsənzadə', 'Tural Hasanzade'],
    ['Nigar Əhmədqızı', 'Nigar Ahmadgizi'],
    ['Orxan Mirzəoğlu', 'Orkhan Mirzaoglu'],
  ])('transliterates the Azerbaijani person %s as %s', (az, en) => {
    expect(englishName('person', az)).toBe(en);
  });

  it.each([
    ['Руфат Гасанов', 'Rufat Hasanov'],
    ['Ильхам Алиев', 'Ilham Aliyev'],
    ['Джамиля Гусейнова', 'Jamila Huseynova'],
    // Russian г for Azerbaijani h: the spelling that makes a known name wins (Rəhimova).
    ['Гюнай Рагимова', 'Gunay Rahimova'],
  ])('writes the Russian-spelt person %s as %s', (ru, en) => {
    expect(englishName('person', ru)).toBe(en);
  });

  it.each([
    ['XIII съезд Союза писателей Азербайджана', "13th Congress of the Azerbaijan Writers' Union"],
    ['Azərbaycan Bəstəkarlar İttifaqının 5-ci qurultayı', "5th Congress of the Azerbaijan Composers' Union"],
    ['II Бакинский международный фестиваль', 'Baku International Festival'],
    ['Международный фестиваль тюркского мира Ашуг Алесгер', 'Ashug Alasgar International Festival of the Turkic World'],
  ])('names a meeting or festival, %s, as %s (numbered congresses, own names first)', (name, en) => {
    expect(englishName('event', name)).toBe(en);
  });

  it('takes the dictionary form among case forms (Azerbaijani and Russian)', () => {
    expect(englishName('person', 'Rəşad Əzizovun', ['Rəşad Əzizov'])).toBe('Rashad Azizov');
    expect(englishName('person', 'Vüsal Məmmədovla')).toBe('Vusal Mammadov');
    expect(englishName('person', 'Руфатом Гасановым')).toBe('Rufat Hasanov');
    expect(englishName('person', 'Фарида Гасановой')).toBe('Farida Hasanova');
  });

  it('names institutions from the table in either language, with case endings', () => {
    expect(englishName('organisation', 'Mədəniyyət Nazirliyinin')).toBe('Ministry of Culture');
    expect(englishName('organisation', 'Azərbaycan Respublikasının Mədəniyyət Nazirliyi')).toBe('Ministry of Culture');
    expect(englishName('organisation', 'Министерства культуры Азербайджана')).toBe('Ministry of Culture');
    expect(englishName('place', 'Bakıda')).toBe('Baku');
    expect(englishName('place', 'Турции')).toBe('Turkey');
  });

  it('translates the generic words of institutions not in the table, leaving dedications out', () => {
    expect(englishName('organisation', 'Şəki Dövlət Kukla Teatrı')).toBe('Shaki State Puppet Theatre');
    expect(englishName('organisation', 'S.Vurğun adına Qazax Dövlət Dram Teatrı')).toBe('Gazakh State Drama Theatre');
    expect(englishName('organisation', 'Бакинский государственный театр кукол')).toBe('Baku State Puppet Theatre');
    expect(englishName('organisation', 'UNESCO-nun')).toBe('UNESCO');
  });

  it('names an abbreviation in a case form without its suffix, hyphenated or (Russian) glued on', () => {
    expect(englishName('organisation', 'AZƏRTAC-ın')).toBe('AZERTAC');
    expect(englishName('organisation', 'ADMİU-nun')).toBe('ADMIU');
    expect(englishName('organisation', 'МИДа')).toBe('Ministry of Foreign Affairs');
    expect(englishName('organisation', 'ГИТИСе')).toBe('GITIS');
  });
});

describe('englishName: spelling conventions and table data', () => {
  it('reads a Russian vowel + и as the Azerbaijani glide or h when that makes a known name, else letter for letter', () => {
    expect(englishName('person', 'Исмаил Гасанов')).toBe('Ismayil Hasanov');
    expect(englishName('person', 'Таир Керимов')).toBe('Tahir Karimov');
    expect(englishName('person', 'Аида Гусейнова')).toBe('Aida Huseynova');
    expect(englishName('person', 'Заур Лаиров')).toBe('Zaur Lairov');
  });

  it('restores doubled letters only through a known given name', () => {
    expect(englishName('person', 'Мамед Мамедов')).toBe('Mammad Mammadov');
    expect(englishName('person', 'Анна Петрова')).toBe('Anna Petrova');
  });

  it('takes a genitive off a consonant-final surname only when vowel harmony gives that suffix', () => {
    expect(englishName('person', 'Mikayıl Müşfiqin')).toBe('Mikayil Mushfig');
    expect(englishName('person', 'Vladimir Putin')).toBe('Vladimir Putin');
    expect(englishName('person', 'Aleksey Puşkin')).toBe('Aleksey Pushkin');
  });

  it('keeps Azer in names built on Azər', () => {
    expect(englishName('person', 'Azər Abdullayev')).toBe('Azer Abdullayev');
    expect(englishName('person', 'Азер Абдуллаев')).toBe('Azer Abdullayev');
  });

  it('keeps the Ministry of Culture and Tourism apart from the Ministry of Culture', () => {
    expect(englishName('organisation', 'Министерством культуры и туризма')).toBe('Ministry of Culture and Tourism');
    expect(englishName('organisation', 'Mədəniyyət və Turizm Nazirliyinin')).toBe('Ministry of Culture and Tourism');
    expect(englishName('organisation', 'Министерства культуры')).toBe('Ministry of Culture');
  });

  it('finds countries and cities abroad in case forms, without matching look-alike short names', () => {
    expect(englishName('place', 'Латвии')).toBe('Latvia');
    expect(englishName('place', 'Канаду')).toBe('Canada');
    expect(englishName('place', 'Южную Корею')).toBe('South Korea');
    expect(englishName('place', 'Ирак')).toBe('Iraq');
    expect(englishName('place', 'Kanadada')).toBe('Canada');
  });
});

describe('englishName: romanisation rules and the names they must leave alone', () => {
  it('sets back Azerbaijani oblique cases of surnames, not endings that belong to the name', () => {
    expect(englishName('person', 'Anar Rzayevə')).toBe('Anar Rzayev');
    expect(englishName('person', 'Leyla Əliyevaya')).toBe('Leyla Aliyeva');
    expect(englishName('person', 'Bəxtiyar Vahabzadəni')).toBe('Bakhtiyar Vahabzade');
    expect(englishName('person', 'Vaqif Səmədoğluna')).toBe('Vagif Samadoglu');
    // Not oblique: an Italian -ini, a patronymic in -ovna, a short name.
    expect(englishName('person', 'Vincenzo Bellini')).toMatch(/ Bellini$/);
    expect(englishName('person', 'Anna İvanovna')).toBe('Anna Ivanovna');
  });

  it('reads an Azerbaijani genitive only where grammar allows one: harmony, a possible stem, the bare form beside it', () => {
    const rules = { tables: false };
    // A vowel-final stem takes the genitive harmony gives it: Lu + nun, so "Lunin" is whole; Verdi + nin is a genitive.
    expect(englishName('person', 'Oleq Lunin', [], rules)).toBe('Oleg Lunin');
    expect(englishName('person', 'Pyotr Kolunun', [], rules)).toBe('Pyotr Kolu');
    expect(englishName('person', 'Cuzeppe Verdinin', [], rules)).toBe('Juzeppe Verdi');
    // No word ends in a consonant plus ğ: "Dolğun" is no Dolğ + un; after a vowel ğ ends a word (Ulubağ + ın).
    expect(englishName('person', 'Kamal Dolğun', [], rules)).toBe('Kamal Dolghun');
    expect(englishName('person', 'Kamal Ulubağın', [], rules)).toBe('Kamal Ulubagh');
    // A word the text also writes with the genitive on top is the bare form, not a genitive itself.
    expect(englishName('person', 'Pavel Ledrin', ['Pavel Ledrinin'], rules)).toBe('Pavel Ledrin');
  });

  it('reads a Russian surname ending after its stem, and a given name that merely ends like one stays whole', () => {
    expect(englishName('person', 'Иван Тургенев')).toBe('Ivan Turgenev');
    expect(englishName('person', 'Сергей Васильев')).toBe('Sergey Vasilyev');
    expect(englishName('person', 'Эльшан Алиев')).toBe('Elshan Aliyev');
    expect(englishName('person', 'Лев Толстой', [], { tables: false })).toBe('Lev Tolstoy');
    expect(englishName('person', 'Эмин Гусейн оглы')).toBe('Emin Huseyn oglu');
  });

  it('translates an Azerbaijani name in plain letters only when its head carries the possessive', () => {
    expect(englishName('organisation', 'Tarix Muzeyi')).toBe('History Museum');
    expect(englishName('organisation', 'Dom Kino')).toBe('Dom Kino');
    expect(englishName('organisation', 'Baku Parking')).toBe('Baku Parking');
    expect(englishName('organisation', 'Jazz Festivals')).toBe('Jazz Festivals');
  });

  it('puts a field after "of" only for institutes and universities, and never half a coordination', () => {
    expect(englishName('organisation', 'Tarix İnstitutu')).toBe('Institute of History');
    expect(englishName('organisation', 'Bakı Dövlət Universiteti')).toBe('Baku State University');
    expect(englishName('organisation', 'Azərbaycan Dövlət Pedaqoji Universiteti')).toBe('Azerbaijan State Pedagogical University');
    expect(englishName('organisation', 'Azərbaycan Dövlət Neft və Sənaye Universiteti')).not.toMatch(/ of /);
    expect(englishName('event', 'Muzey Günləri')).toBe('Museum Days');
    expect(englishName('event', 'Azərbaycan Mədəniyyəti Günləri')).toBe(englishName('event', 'Дни азербайджанской культуры'));
  });

  it('keeps a word that only begins like a generic stem (Yunus is not юного)', () => {
    expect(englishName('organisation', 'Юнус Эмре Институт')).toBe('Yunus Emre Institute');
  });
});

describe('en in extraction, resolution and search', () => {
  const azText = 'Mədəniyyət Nazirliyinin nümayəndəsi Rəşad Əzizov Bakıda keçirilən festivalda çıxış edib. Əzizov qonaqları salamlayıb.';

  it('gives az/ru entities their English name, and none to English texts', () => {
    const az = extract(azText);
    expect(find(az, 'person', 'Rəşad Əzizov')?.en).toBe('Rashad Azizov');
    expect(find(az, 'organisation', 'Mədəniyyət Nazirliyinin')?.en).toBe('Ministry of Culture');
    expect(extract('Rashad Azizov of the Ministry of Culture spoke in Baku.').every((e) => e.en === undefined)).toBe(true);
  });

  it('resolves an az entity with en to the id of the English entity', () => {
    const resolver = createResolver();
    const english = resolver.resolve({ type: 'organisation', name: 'Ministry of Culture', aliases: [] });
    const azerbaijani = resolver.resolve({ type: 'organisation', name: 'Mədəniyyət Nazirliyi', aliases: [], en: 'Ministry of Culture' });
    expect(azerbaijani.id).toBe(english.id);
    const person = resolver.resolve({ type: 'person', name: 'Рашад Азизов', aliases: [], en: 'Rashad Azizov' });
    expect(person.id).toBe(resolver.resolve({ type: 'person', name: 'Rashad Azizov', aliases: [] }).id);
  });

  it('finds the az article by the English name of an entity it mentions', async () => {
    const article: Article = {
      id: 'az-1', url: 'https://example.az/1', canonicalUrl: 'https://example.az/1', outlet: 'example.az', sourceId: 'example.az', sourceName: 'example.az', collections: [], title: 'Festival', authors: [],
      publishedAt: null, modifiedAt: null, language: 'az', section: null, paragraphs: [azText], text: azText, summary: '', image: null,
      contentHash: 'h', fetchedAt: '2026-01-01T00:00:00Z', parserVersion: 'p', extractorVersion: 'e',
    };
    const record = assembleRecord(article, extract(azText), createResolver());
    const doc = toIndexDoc(record);
    expect(doc.entities.find((e) => e.type === 'person')?.aliases).toContain('Rashad Azizov');
    const { store, cleanup } = await openTempSqliteStore();
    try {
      await store.index([doc]);
      const hits = await store.search({ text: '"Rashad Azizov"', filters: {}, limit: 10, facetSize: 0 });
      expect(hits.hits.map((h) => h.id)).toEqual(['az-1']);
    } finally {
      await cleanup();
    }
  });
});
