import type { LanguageProfile } from './types.js';

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
    ['ministerstv', 'organisation', 3], ['agentstv', 'organisation', 3], ['soyuz', 'organisation', 3], ['fond', 'organisation', 3],
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
  months: `yanvarya fevralya marta aprelya maya iyunya iyulya avgusta sentyabrya oktyabrya noyabrya dekabrya`,
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
  caseEndings: ['yu', 'ey', 'oy', 'om', 'em', 'ami', 'ah', 'am', 'a', 'e', 'u', 'y', 'i'],
  // "день" loses its vowel in the oblique cases (дня, днем, дни).
  // The feminine adjective of a two-word place name: "Южную Корею", "Северной Корее".
  placeAdjectiveForms: [[/(uyu|oy|ey|oj)$/, 'aya']],
  stemChanges: [[/^dn(ya|yu|em|i|ey|yam|yakh)$/, 'den']],
  grammar: {
    genitive: /(a|ya|i|y)$/,
    sentenceVerb: /(l|la|lo|li|lsya|las|los|lis|etsya|itsya|utsya|yutsya)$/,
    placeBeforeCueOutside: true,
    possessorFollows: true,
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
    personCases: {
      ambiguousGiven: /[ая]$/u,
      // A woman's "-а", the undeclined Azerbaijani "-лы/-ли/-заде/-оглу/-кызы" and vowel endings, or a last letter of another script.
      caseNeutralSurname: /(?:а|лы|ли|заде|оглу|кызы|[иоуэе]|[^а-яё])$|^$/u,
      obliqueGiven: /[\u0400-\u04ff](ии|ой|ы)$/u,
    },
  },
};
