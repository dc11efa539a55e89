import { describe, expect, it } from 'vitest';
import { extract, find, names } from './helpers.js';

describe('Russian quoted titles after cue words', () => {
  it('types guillemet and straight-quoted titles by the cue before them', () => {
    const e = extract(
      'В галерее открылась выставка «Голоса старого города». Зрители увидели спектакль "Весенний сад" и оперу «Кёроглу». ' +
        'Позже в кинотеатре «Низами» показали фильмы "Тихая гавань", "Над рекой туман" и "Последний рейс".',
    );
    expect(find(e, 'event', 'Голоса старого города')).toBeDefined();
    expect(find(e, 'work', 'Весенний сад')).toBeDefined();
    expect(find(e, 'work', 'Кёроглу')).toBeDefined();
    expect(find(e, 'organisation', 'Низами')).toBeDefined();
    // A list after one cue: sentence-case titles share its type.
    expect(names(e, 'work')).toEqual(expect.arrayContaining(['Тихая гавань', 'Над рекой туман', 'Последний рейс']));
  });

  it('looks past the author between the cue and the title', () => {
    const e = extract('Театр показал комедию известного драматурга Самеда Ахундова "Старый дом" в новой постановке.');
    expect(find(e, 'work', 'Старый дом')).toBeDefined();
  });

  it('joins the cue phrase to the quoted name and merges its case forms', () => {
    const e = extract(
      'Международный фестиваль поэзии "Звёздный мост" пройдёт в Гяндже. Участники II международного фестиваля поэзии "Звёздный мост" ' +
        'получили дипломы. В программе III международного фестиваля "Звёздный мост" много гостей.',
    );
    const events = e.filter((x) => x.type === 'event');
    expect(events).toHaveLength(1);
    expect(events[0]?.name).toContain('Звёздный мост');
    expect(events[0]?.aliases.length).toBeGreaterThan(0);
  });

  it('types a Russian name by its first cue word and keeps page markers out', () => {
    const e = extract('В музее отметили Всемирный день поэзии ФОТО\nВ связи со Всемирным днем поэзии прошли чтения.');
    expect(names(e, 'organisation')).toEqual([]);
    expect(names(e, 'event')).toHaveLength(1);
  });
});

describe('Azerbaijani quoted titles before cue words', () => {
  it('types a title by the cue after it, past "adlı"', () => {
    const e = extract(
      'Bu gün Gənc Tamaşaçılar Teatrında "Qış nağılı" tamaşasının premyerası olacaq. Filarmoniyada "Bahar nəğmələri" adlı konsert keçiriləcək. ' +
        'Muzeydə "Köhnə Bakı" sərgisi açılıb, "Yaşıl şəhər" layihəsi isə davam edir.',
    );
    expect(find(e, 'work', 'Qış nağılı')).toBeDefined();
    expect(find(e, 'event', 'Bahar nəğmələri')).toBeDefined();
    expect(find(e, 'event', 'Köhnə Bakı')).toBeDefined();
    expect(find(e, 'project', 'Yaşıl şəhər')).toBeDefined();
    expect(names(e, 'organisation')).not.toContain('Bahar nəğmələri');
  });

  it('does not join a quoted outlet to the possessive name after it', () => {
    const e = extract('"Report" Azərbaycan Respublikasının Təhsil Nazirliyinin mətbuat katibi Orxan Səfərli ilə müsahibə edib.');
    expect(find(e, 'organisation', 'Report')).toBeDefined();
    expect(find(e, 'organisation', 'Azərbaycan Respublikasının Təhsil Nazirliyinin')).toBeDefined();
  });

  it('finds abbreviations with case suffixes', () => {
    const e = extract('Abidə UNESCO-nun siyahısına daxil edilib, AMEA-nın alimləri bunu bildirib.');
    expect(find(e, 'organisation', 'UNESCO-nun')).toBeDefined();
    expect(find(e, 'organisation', 'AMEA-nın')).toBeDefined();
  });

  it('merges case forms of one organisation and cuts a sub-unit off a quoted name', () => {
    const e = extract(
      'Tədbir Dövlət Gənclər Teatrında keçirilib. Dövlət Gənclər Teatrının aktyorları çıxış edib. ' +
        '"Şəki" Dövlət Tarix-Memarlıq Qoruğunun İdarə Heyətinin sədri Nail Quliyev çıxış edib.',
    );
    expect(names(e, 'organisation')).toHaveLength(2);
    const reserve = find(e, 'organisation', 'Şəki" Dövlət Tarix-Memarlıq Qoruğunun') ?? e.find((x) => x.type === 'organisation' && x.name.includes('Qoruğunun'));
    expect(reserve?.name).not.toContain('Heyət');
    expect(find(e, 'person', 'Nail Quliyev')?.affiliation).toBe(reserve?.name);
  });
});

describe('Azerbaijani and Russian roles and affiliations', () => {
  it('links organisation-genitive + role (+ honorific) + person in Azerbaijani', () => {
    const e = extract(
      'Dövlət Kukla Teatrının direktoru, Xalq artisti Elçin Məmmədov qonaqları salamlayıb. ' +
        'Milli Tarix Muzeyinin baş direktor müavini Lalə Hüseynova çıxış edib.',
    );
    expect(find(e, 'person', 'Elçin Məmmədov')?.affiliation).toBe('Dövlət Kukla Teatrının');
    expect(find(e, 'person', 'Lalə Hüseynova')?.affiliation).toBe('Milli Tarix Muzeyinin');
  });

  it('links role + organisation-genitive (+ honorific) + person in Russian', () => {
    const e = extract(
      'Вечер открыл председатель Союза композиторов Азербайджана, народный артист Рауф Гаджиев. ' +
        'Выступил также заместитель директора Национального музея истории Азербайджана Фарид Алиев.',
    );
    expect(find(e, 'person', 'Рауф Гаджиев')?.affiliation).toBe('Союза композиторов Азербайджана');
    expect(find(e, 'person', 'Фарид Алиев')?.affiliation).toBe('Национального музея истории Азербайджана');
  });

  it('gives a minister the document ministry of the same topic and country', () => {
    const e = extract(
      'В Министерстве культуры Азербайджана сообщили о концерте. На концерте был министр культуры Азербайджана Эльмар Гасанов. ' +
        'Министр культуры и туризма Турции Ахмет Йылмаз вручил награду.',
    );
    expect(find(e, 'person', 'Эльмар Гасанов')?.affiliation).toBe('Министерстве культуры Азербайджана');
    expect(find(e, 'person', 'Ахмет Йылмаз')?.affiliation).toBeUndefined();
  });

  it('splits a Russian title off the organisation genitive after it', () => {
    const e = extract('Директор Национального музея истории Азербайджана Наиля Велиханлы открыла выставку.');
    expect(find(e, 'organisation', 'Национального музея истории Азербайджана')).toBeDefined();
    expect(find(e, 'person', 'Наиля Велиханлы')?.affiliation).toBe('Национального музея истории Азербайджана');
  });

  it('finds Russian ministries written in lower case', () => {
    const e = extract('Об этом сообщил начальник отдела министерства культуры Азербайджана, куратор проекта Тимур Мамедов.');
    expect(find(e, 'organisation', 'министерства культуры Азербайджана')).toBeDefined();
    expect(find(e, 'person', 'Тимур Мамедов')?.affiliation).toBe('министерства культуры Азербайджана');
  });
});

describe('Azerbaijani and Russian names: case forms, authors, outlets', () => {
  it('treats an author name right before a quoted title as a work credit', () => {
    const e = extract('Konsertdə Ə.Məmmədov "Dağlar nəğməsi", R.Hacıyev "Gənclik marşı" səslənib.');
    expect(find(e, 'work', 'Dağlar nəğməsi')).toBeDefined();
    expect(find(e, 'work', 'Gənclik marşı')).toBeDefined();
  });

  it('finds outlets in Russian and Azerbaijani reporting phrases', () => {
    const e = extract('Как сообщает НОВОСТИНФО, выставка открыта. Как передает МедиаПульс, концерт состоится.');
    expect(names(e, 'organisation')).toEqual(expect.arrayContaining(['НОВОСТИНФО', 'МедиаПульс']));
  });

  it('keeps a Russian place out of the cue name after it and takes a place genitive after the cue', () => {
    const e = extract('Зрители приехали в Баку Гран-при Европы. Затем прозвучал Государственный гимн Азербайджана.');
    expect(find(e, 'event', 'Гран-при Европы')).toBeDefined();
    expect(find(e, 'place', 'Баку')).toBeDefined();
    expect(find(e, 'work', 'Государственный гимн Азербайджана')).toBeDefined();
  });

  it('merges case forms of one place and of one person', () => {
    const e = extract('Фестиваль пройдет в городе Гянджа. Гости приедут в Гянджу из Шеки. Ulu Öndər Heydər Əliyevin irsi. Heydər Əliyev.');
    expect(e.filter((x) => x.type === 'place' && (x.name === 'Гянджа' || x.name === 'Гянджу'))).toHaveLength(1);
  });

  it('ends an Azerbaijani name at a genitive surname and drops a locative cue word at a sentence start', () => {
    const e = extract('Sərgidə R.Abbasovun Bakı mənzərələri nümayiş olunur. Mirzə Ələkbərovun Gəncə səfəri haqqında danışılıb.');
    expect(find(e, 'person', 'R.Abbasovun')).toBeDefined();
    expect(find(e, 'person', 'Mirzə Ələkbərovun')).toBeDefined();
    expect(find(e, 'place', 'Gəncə')).toBeDefined();
    expect(names(e, 'event')).toEqual([]);
  });

  it('drops a generic festival and a Russian sentence-initial verb', () => {
    const e = extract('Открылся Международный фестиваль. Прошел Бакинский международный фестиваль поэзии. Beynəlxalq Festivalı açıldı.');
    expect(names(e, 'event')).toEqual(['Бакинский международный фестиваль поэзии']);
  });

  it('does not take a possessed noun phrase for a person', () => {
    const e = extract('Abidə Dünya Mədəni İrs Siyahısına daxil edilib və bu barədə məlumat verilib.');
    expect(names(e, 'person')).toEqual([]);
  });
});

describe('Azerbaijani/Russian rules stay total and deterministic', () => {
  it('never throws on fragments and gives the same output twice', async () => {
    const { extractEntitiesStrict } = await import('../../../shared/domain/extract/index.js');
    const inputs = [
      '«', '"Report"', 'II', 'министр', 'министерства культуры', 'UNESCO-nun', 'Sərgidə', '« » " "',
      'фильмы "А", "Б" и "В', 'XIII съезд', 'В Баку Гран-при', 'Qoruğunun İdarə Heyətinin sədri',
      'председатель СПА, народный писатель Анар (Анар Рзаев).', 'T. Salahovun', '"X" adlı',
    ];
    for (const text of inputs) {
      expect(() => extractEntitiesStrict({ text })).not.toThrow();
      expect(extractEntitiesStrict({ text })).toEqual(extractEntitiesStrict({ text }));
    }
  });
});
