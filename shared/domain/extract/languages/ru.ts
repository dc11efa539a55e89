import { AZERBAIJANI_GIVEN_NAMES } from '../gazetteer/azerbaijani-given-names.js';
import { FIRST_NAMES } from '../gazetteer/first-names.js';
import type { LanguageProfile, Romanisation } from './types.js';

/** Russian vowel letters, for the readings that depend on a neighbour. */
const V = 'аеёиоуыэюя';

/**
 * Russian as the Azerbaijani press writes names in it: most Russian-written names of its texts
 * are Azerbaijani, so a letter that stands for several Azerbaijani sounds has their readings
 * (г: g or h; к: k or g), and a known given name decides; the rest is BGN-like (х → kh, ж → zh,
 * ц → ts, щ → shch, -ий → -iy).
 */
const ROMANISATION: Romanisation = {
  nativeLetters: /[\u0400-\u04ff]/,
  letters: {
    а: ['a'], б: ['b'], в: ['v'], г: ['g', 'h'], д: ['d'], е: ['e', 'a'], ё: ['yo'], ж: ['zh'], з: ['z'], и: ['i'], й: ['y'],
    к: ['k', 'g'], л: ['l'], м: ['m'], н: ['n'], о: ['o'], п: ['p', 'b'], р: ['r'], с: ['s'], т: ['t'], у: ['u'], ф: ['f'],
    х: ['kh', 'h'], ц: ['ts'], ч: ['ch'], ш: ['sh'], щ: ['shch'], ъ: [''], ы: ['y', 'i'], ь: [''], э: ['e', 'a'], ю: ['yu'], я: ['ya'],
  },
  contextReadings: [
    { letter: 'д', at: /дж/y, readings: ['j'] },
    // Гаджи- is Azerbaijani Hacı- (Haji): Russian г for h before "дж".
    { letter: 'г', at: /^г(?=адж)/y, readings: ['h'] },
    // Russian writes a vowel then и where Azerbaijani has a glide y or an h between them (Исмаил = İsmayıl, Таир = Tahir).
    { letter: 'и', at: new RegExp(`(?<=[${V}])и`, 'y'), readings: ['yi', 'hi', 'i'], guess: true },
    // Between vowels г may be Azerbaijani ğ, written gh (Таги = Tağı → Taghi).
    { letter: 'г', at: new RegExp(`(?<=[${V}])г(?=[${V}])`, 'y'), readings: ['g', 'h', 'gh'], guess: true },
    // Russian writes Azerbaijani "hd" as "хт" (Мехти = Mehdi).
    { letter: 'т', at: /(?<=х)т/y, readings: ['t', 'd'], guess: true },
    // я/ю/е after a consonant are Azerbaijani a/ü/ə (Ляман → Laman, Гюнай → Gunay); at the start or after a vowel ya/yu/ye (Алиев → Aliyev).
    { letter: 'я', at: new RegExp(`(?<=^|[${V}ьъ])я`, 'y'), readings: ['ya'] },
    { letter: 'я', at: /я/y, readings: ['a', 'ya'], own: ['ya'] },
    { letter: 'ю', at: new RegExp(`(?<=^|[${V}ьъ])ю`, 'y'), readings: ['yu'] },
    { letter: 'ю', at: /ю/y, readings: ['u', 'yu'], own: ['yu'] },
    { letter: 'е', at: new RegExp(`(?<=^|[${V}ьъ])е`, 'y'), readings: ['ye', 'e'] },
    // ё is e after ж, ч, ш, щ as English writes it (Горбачёв → Gorbachev), o for Azerbaijani ö after г, к (Гёйчай = Göyçay → Goychay); elsewhere yo (Пётр → Pyotr), or o where that makes a known name.
    { letter: 'ё', at: /(?<=[жчшщ])ё/y, readings: ['e', 'o'] },
    { letter: 'ё', at: /(?<=[гк])ё/y, readings: ['o', 'yo'] },
    { letter: 'ё', at: /ё/y, readings: ['yo', 'o'] },
  ],
  capitals: {
    А: 'A', Б: 'B', В: 'V', Г: 'G', Д: 'D', Е: 'E', Ж: 'Zh', З: 'Z', И: 'I', Й: 'Y', К: 'K', Л: 'L', М: 'M', Н: 'N', О: 'O', П: 'P',
    Р: 'R', С: 'S', Т: 'T', У: 'U', Ф: 'F', Х: 'Kh', Ц: 'Ts', Ч: 'Ch', Ш: 'Sh', Э: 'E', Ю: 'Yu', Я: 'Ya',
  },
  acronym: /^[А-ЯЁ]{2,8}$/u,
  // Azerbaijani given names first: "Ахмед" is Əhməd (Ahmad) before the Turkish or Arabic Ahmed.
  givenNames: [AZERBAIJANI_GIVEN_NAMES, FIRST_NAMES],
  surnameEndings: /(ова|ева|ов|ев|ли|лы|заде|оглу|оглы|кызы|гызы|ин|ина)$/,
  // -лы is Azerbaijani -lı, written -li in English (Гаджибейлы → Hajibeyli); the patronymic
  // -кызы/-гызы is Azerbaijani -qızı, written -gizi as the Latin spelling gives it (Аликызы → Aligizi);
  // -оглы, Russian's other spelling of -oğlu, is -oglu (Бюльбюльоглы → Bulbuloglu), and so is the
  // patronymic written apart ("Полад Бюльбюль оглы" → Polad Bulbul oglu).
  surnameEndingSpellings: { лы: 'li', кызы: 'gizi', гызы: 'gizi', оглы: 'oglu' },
  // е after a consonant is e (Медведев → Medvedev); after a vowel or ь it stays ye (Алиев, Васильев).
  endingAfterConsonant: { stem: /[бвгджзклмнпрстфхцчшщ]$/u, letter: /^е/u, reads: 'э' },
  // Russian writes Azerbaijani ə before -ев as о (Мирзоев = Mirzəyev) and drops the ı of a closed last syllable (Исмайлов = İsmayılov).
  surnameStemRestorations: [
    [/^(.{3,})о$/u, '$1а'],
    [/^(.{3,}[аеиоуя]й?)([бвгджзклмнпрстфхцчшщ])$/u, '$1ы$2'],
  ],
  // The title bəy fused between name and -li (Габиббейли = Həbibbəyli).
  fusedTitle: { written: /бек$/, spelt: 'бей', stem: /^(.{3,})бей$/u, english: 'bey' },
  titleWord: { written: /^бе[кй](?:а|у|ом|е|я|ю|ем)?$/u, english: 'bey' },
  // "Мир" (the sayyid's title) stands before the given name.
  nameTitle: /^Мир /u,
  // Azerbaijani q before back vowels written к (Кулиев = Quliyev → Guliyev); ı written ы (Кадыров = Qədirov → Gadirov).
  surnameReadingFixes: [
    [/^k(?=[aouy])/, 'g'],
    [/(?<=[^aeiou])y(?=[^aeiouy]|$)/g, 'i'],
  ],
  givenNameCase: /(а|я|у|ю|ом|ем|ым|е|ой|ей)$/,
  // A woman's given name in the genitive (Сабины, Лейлы, Гюльнары): the nominative is the stem with -а, never the bare stem.
  feminineGivenCase: /(ы|и)$/,
  feminineEnding: 'а',
  feminineGiven: /[ая]$/,
  // Azerbaijani surnames in -заде, -оглу, -кызы, -лы/-ли do not decline in Russian.
  undeclinedSurname: /(заде|оглу|оглы|кызы|гызы|лы|ли)$/u,
  surnameCase: /^(.*(?:ов|ев|ёв|ин))(ым|ому|е|у|а|ой|ою|ы)$/u,
  feminineSurnameCases: ['ой', 'ою', 'ы'],
  womanNominative: 'а',
  womanAccusative: 'у',
  // Самеда Вургуна → Самед Вургун; those in -а like feminine nouns: Расула Рзы → Расул Рза.
  nounSurnameCases: [
    [/(?<=[бвгджзклмнпрстфхцчшщ])(а|у|ом|е)$/u, ''],
    [/(?<=[бвдзлмнпрстфц])ы$/u, 'а'],
  ],
  // Genitive/accusative, dative, instrumental and prepositional of a given name, and the same case's surname endings.
  nounSurnameAgreement: { а: ['а', 'ы'], я: ['а', 'ы'], у: ['у', 'е'], ю: ['у', 'е'], ом: ['ом', 'ой'], ем: ['ом', 'ой'], е: ['е'] },
  homeWords: 'azerbaydzhan\\w* respublik\\w*',
  dedication: /\s+имени\s.*$/u,
  and: 'и',
  placeAdjective: /^(.{3,}?)(in)?sk(iy|ogo|omu|im|om|aya|oy|uyu|oe|ie|ikh)$/,
  adjectiveEnding: /(yy|iy|oy|aya|oe|ee|ogo|ego|om|uyu|ykh|ikh)$/,
  // Relative adjectives of nouns: "театр|альный", "истори|ческий", "джаз|овый" (a jazz festival).
  adjectiveSuffix: /^(al|ichesk|chesk|sk|n|ov)/,
  adjectiveStem: /(sk|n)$/,
  republic: /^respublik(a|i|e|u|oy)$/,
  adjectiveSurname: [/(?<=.sk)(ogo|omu|im|om)$/, 'iy'],
};

export const RUSSIAN: LanguageProfile = {
  code: 'ru',
  letters: /[\u0400-\u04ff]/u,
  script: 'cyrillic',
  cues: {
    organisation: `ministerstvo agentstvo soyuz fond tsentr teatr muzey universitet akademiya institut biblioteka filarmoniya
      orkestr ansambl studiya komitet upravlenie obshchestvo assotsiatsiya
      sovet medzhlis kholding mediatsentr`,
    event: 'festival vystavka konkurs forum konferentsiya den dni nedelya premiya',
    project: 'proekt programma strategiya',
  },
  cueStems: [
    ['ministerstv', 'organisation', 3], ['dom muze', 'organisation', 3], ['doma muze', 'organisation', 3], ['dome muze', 'organisation', 3], ['domom muze', 'organisation', 3], ['agentstv', 'organisation', 3], ['soyuz', 'organisation', 3], ['fond', 'organisation', 3],
    ['tsentr', 'organisation', 3], ['teatr', 'organisation', 3], ['muze', 'organisation', 3], ['universitet', 'organisation', 3],
    ['akademi', 'organisation', 3], ['institut', 'organisation', 3], ['bibliotek', 'organisation', 3], ['filarmoni', 'organisation', 3],
    ['orkestr', 'organisation', 3], ['ansambl', 'organisation', 3], ['studi', 'organisation', 3], ['komitet', 'organisation', 3],
    ['upravleni', 'organisation', 3], ['obshchestv', 'organisation', 3], ['assotsiatsi', 'organisation', 3],
    ['konservatori', 'organisation', 3], ['sovet', 'organisation', 2], ['medzhlis', 'organisation', 3],
    ['kholding', 'organisation', 3], ['mediatsentr', 'organisation', 3], ['dvorets', 'organisation', 3], ['dvorts', 'organisation', 3], ['kinotsentr', 'organisation', 3],
    ['festival', 'event', 3], ['kinofestival', 'event', 3], ['vystavk', 'event', 3], ['konkurs', 'event', 3],
    ['konferentsi', 'event', 3], ['dn', 'event', 3], ['syezd', 'event', 3], ['sezd', 'event', 3], ['proekt', 'project', 3], ['programm', 'project', 3],
    ['gimn', 'work', 3], ['zapovednik', 'place', 3], ['gran pri', 'event', 0],
    ['respublik', 'place', 3], ['alle', 'place', 2],
  ],
  // The cue comes before the title: "фильм «X»", "выставки «X»", "театр «X»".
  quoteCueStems: [
    ['kinofilm', 'work', 3], ['multfilm', 'work', 3], ['kartin', 'work', 3], ['spektakl', 'work', 3], ['oper', 'work', 3],
    ['komedi', 'work', 3], ['knig', 'work', 3], ['rasskaz', 'work', 3], ['poem', 'work', 3], ['stikhotvoreni', 'work', 3],
    ['pesn', 'work', 3], ['pesa', 'work', 0], ['pesy', 'work', 0], ['pesu', 'work', 0], ['pesoy', 'work', 0], ['simfoni', 'work', 3], ['syuit', 'work', 3], ['myuzikl', 'work', 3],
    ['operett', 'work', 3], ['tragedi', 'work', 3], ['dram', 'work', 3], ['kover', 'work', 3], ['kovr', 'work', 3],
    ['panno', 'work', 0], ['postanovk', 'work', 3], ['proizvedeni', 'work', 3], ['sbornik', 'work', 3], ['polotn', 'work', 3],
    ['rabot', 'work', 3], ['skulptur', 'work', 3], ['gimn', 'work', 3],
    ['vystavk', 'event', 3], ['konkurs', 'event', 3], ['konferentsi', 'event', 3], ['kontsert', 'event', 3], ['vecher', 'event', 3],
    ['tseremoni', 'event', 3], ['aktsi', 'event', 3], ['yarmark', 'event', 3], ['biennale', 'event', 0], ['premi', 'event', 3],
    ['olimpiad', 'event', 3], ['chempionat', 'event', 3], ['turnir', 'event', 3], ['marafon', 'event', 3], ['prazdnik', 'event', 3],
    ['syezd', 'event', 3], ['sezd', 'event', 3],
    ['proekt', 'project', 3], ['programm', 'project', 3], ['kampani', 'project', 3], ['initsiativ', 'project', 3],
    ['kontseptsi', 'project', 3],
    ['grupp', 'organisation', 3], ['orkestr', 'organisation', 3], ['studi', 'organisation', 3], ['kinostudi', 'organisation', 3],
    ['izdatelstv', 'organisation', 3], ['zhurnal', 'organisation', 3], ['gazet', 'organisation', 3], ['telekanal', 'organisation', 3],
    ['kanal', 'organisation', 3], ['kompani', 'organisation', 3], ['obedineni', 'organisation', 3], ['organizatsi', 'organisation', 3],
    ['fond', 'organisation', 3], ['tsentr', 'organisation', 3], ['muze', 'organisation', 3], ['galere', 'organisation', 3],
    ['klub', 'organisation', 3], ['agentstv', 'organisation', 3], ['soyuz', 'organisation', 3], ['obshchestv', 'organisation', 3],
    ['assotsiatsi', 'organisation', 3],
  ],
  pageMarkers: 'foto video fotogalereya',
  titleWords: 'ministr predsedatel rezhisser artistka artisty artist',
  titleModifiers: 'zasluzhennyy zasluzhennaya zasluzhennogo narodnyy narodnaya narodnogo narodnoy',
  roleStems: [
    ['predsedatel', 4], ['ministr', 4], ['zamestitel', 4], ['rukovoditel', 4], ['glava', 2], ['glavy', 0], ['glave', 0],
    ['glavoy', 0], ['sekretar', 4], ['sotrudnik', 4], ['dirizher', 4], ['predstavitel', 4], ['zavotdel', 4],
    ['nachalnik', 4], ['akter', 4], ['aktris', 4], ['rezhisser', 4], ['prepodavatel', 4], ['sovetnik', 4], ['posol', 4],
    ['posl', 4], ['spetsialist', 4], ['ekspert', 4], ['zaveduyushch', 4], ['dekan', 4], ['upravlyayushch', 4],
    ['khudozhnik', 4], ['deputat', 4],
  ],
  honorifics: ['narodnyy artist', 'zasluzhennyy artist', 'obshchenatsionalnyy lider', 'obshchenatsionalnogo lidera'],
  // Every case form ("в ноябре", "ноябрём"); not "Август" or "Май" alone, which are also given names.
  months: `yanvarya fevralya marta aprelya maya iyunya iyulya avgusta sentyabrya oktyabrya noyabrya dekabrya
    yanvar yanvaryu yanvarem yanvare
    fevral fevralyu fevralem fevrale
    aprel aprelyu aprelem aprele
    iyun iyunyu iyunem iyune
    iyul iyulyu iyulem iyule
    sentyabr sentyabryu sentyabrem sentyabre
    oktyabr oktyabryu oktyabrem oktyabre
    noyabr noyabryu noyabrem noyabre
    dekabr dekabryu dekabrem dekabre
    mart martu martom marte mayu maem mae avgustu avgustom avguste`,
  stopWords: 'v vo na s so k po iz ot do za o ob pri dlya i a no kak chto eto etot eta etom takzhe krome sredi posle kogda gde vse',
  joiners: ['imeni', 'bek', 'beka', 'beku', 'bekom'],
  // The verb comes before the outlet: "как сообщает АЗЕРТАДЖ", "передает SalamNews".
  reportingBefore: ['soobshchaet', 'peredaet', 'pishet', 'informiruet', 'soobshchayut', 'peredayut'],
  genericEventAdjectives: 'mezhdunarodn respublikansk vsemirn traditsionn ezhegodn ocheredn novy',
  honorificStems: 'narodn zasluzhenn pisatel poet deyatel iskusstv khudozhnik kultury akademik',
  ministerStems: 'ministr',
  ministryStems: 'ministerstv',
  dedicationWords: 'imeni',
  authorLabels: 'avtor',
  pluralRoleEndings: 'y i',
  affiliationPrepositions: 'iz',
  // "такие фестивали, как X и Y", "фестивали вроде X": names given as examples of a plural noun take its type.
  exampleHeads: {
    event: 'festivali festivaley forumy forumov vystavki vystavok konkursy konkursov kontserty kontsertov',
    project: 'proekty proektov programmy programm',
    organisation: 'teatry teatrov muzei muzeev kompanii kompaniy ansambli ansambley orkestry orkestrov',
  },
  exampleMarkers: ['kak', 'vrode', 'v tom chisle'],
  nameParticles: 'bek beka beku bekom',
  masculineSurnameEndings: 'ов ев ёв ин',
  andWords: 'i',
  orWords: 'ili',
  roleBreakWords: 'a v',
  morphology: 'case-endings',
  caseEndings: ['yu', 'ey', 'oy', 'om', 'em', 'ym', 'ami', 'ah', 'am', 'a', 'e', 'u', 'y', 'i'],
  // "день" loses its vowel in the oblique cases (дня, днем, дни).
  // The feminine adjective of a two-word place name: "Южную Корею", "Северной Корее".
  placeAdjectiveForms: [[/(uyu|oy|ey|oj)$/, 'aya']],
  stemChanges: [[/^dn(ya|yu|em|i|ey|yam|yakh)$/, 'den']],
  grammar: {
    genitive: /(a|ya|i|y)$/,
    sentenceVerb: /(l|la|lo|li|lsya|las|los|lis|etsya|itsya|utsya|yutsya)$/,
    placeBeforeCueOutside: true,
    possessorFollows: true,
    // The nominative singular of a role noun: a masculine without ending ("директор", "председатель"; not -ом/-ем/-ов),
    // a feminine in -а of the feminine suffixes ("актриса", "глава"), a participle noun in -ий/-ая ("заведующий").
    nominativeRole: /^(?!.*(?:om|em|ym|im|ov|ev)$).*(?:[^aeiouy]|isa|itsa|ava|iy|aya)$/,
    sourcePrepositions: 'iz',
    genitiveBeforeTitle: /(ogo|ego|oy|ey|ikh|ykh|ov|ev|a|ya|y|i)$/,
    lowerCaseTail: {
      // -ств: the genitive plural of neuter -ство nouns ("академии художеств", "союза обществ").
      genitive: /(y|i|a|ogo|ego|oy|ey|ikh|ykh|ov|ev|stv|in)$/,
      adjective: /(yy|iy|oy|aya|yaya|oe|ee|ye|ogo|ego|om|em|ykh|ikh|uyu|yuyu|ym|im|oj)$/,
      genitiveAdjective: /(ogo|ego|oy|ey|ykh|ikh)$/,
      // Past-tense and present verb endings: "отметили", "побывали", "сообщает" end a name.
      verb: /(li|la|lo|lis|las|t|yut|ut|it|et|at|sya|sь)$/,
    },
    lowerCaseMinistry: { head: /^ministerstv(o|a|e|om|u)?$/, genitive: /(y|i|a|ya)$/ },
    // An acronym that ends in a consonant is read as a masculine noun and declines (МИДа, МИДу,
    // МИДом, МИДе); one that ends in a vowel (ЮНЕСКО) does not, so it never takes an ending.
    gluedAcronymCase: /^([А-ЯЁ]{1,7}[БВГДЖЗЙКЛМНПРСТФХЦЧШЩ])(?:а|у|ом|е)$/u,
    personCases: {
      ambiguousGiven: /[ая]$/u,
      // A woman's "-а", the undeclined Azerbaijani "-лы/-ли/-заде/-оглу/-кызы" and vowel endings, or a last letter of another script.
      caseNeutralSurname: /(?:а|лы|ли|заде|оглу|кызы|[иоуэе]|[^а-яё])$|^$/u,
      obliqueGiven: /[\u0400-\u04ff](ии|ой|ы)$/u,
      // "режиссера Фариза Ахмедова": a role noun in the genitive (-а/-я) puts the name after it in the genitive too.
      genitiveRoleEnding: /^(a|ya)$/,
      // Women's role nouns end in -а in the nominative ("актриса Фарида Гасанова"): no genitive.
      feminineRoleNoun: /^(aktris|pevits|khudozhnits|balerin|solistk|artistk|poetess|rezhisserk)/,
      // Фариза → Фариз, Игоря → Игорь, Сергея → Сергей (й after a vowel writes я in the genitive).
      manGenitive: [[/(?<=[бвгджзклмнпрстфхцчшщ])а$/u, ''], [/(?<=[лнр])я$/u, 'ь'], [/(?<=[аеиоу])я$/u, 'й']],
      // Самиры → Самира, Ольги → Ольга (и after г, к, х, ж, ш, ч, щ), Ваджии → Ваджия, Наили → Наиля.
      womanGenitiveGiven: [[/ы$/u, 'а'], [/(?<=[гкхжшчщ])и$/u, 'а'], [/и$/u, 'я']],
      genitivePrepositions: ['u', 'ot', 'dlya', 'bez', 'do', 'posle', 'okolo', 'vozle', 'krome', 'sredi', 'vmesto', 'protiv', 'radi'],
    },
  },
  romanisation: ROMANISATION,
};
