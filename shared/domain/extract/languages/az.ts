import { AZERBAIJANI_MEN_ONLY } from '../gazetteer/azerbaijani-given-names.js';
import { wordsOf, type LanguageProfile, type Romanisation } from './types.js';

/**
 * Azerbaijani Latin as English-language Azerbaijani media write it (letters in text/azerbaijani.ts:
 * ə → a, x → kh, ş → sh, ç → ch, ğ → gh, q → g, c → j, ı → i, ö → o, ü → u), with the case
 * suffixes a name takes in a sentence taken off first.
 */
const ROMANISATION: Romanisation = {
  nativeLetters: /[əƏıİğĞşŞçÇöÖüÜ]/,
  menOnlyGivenNames: AZERBAIJANI_MEN_ONLY,
  // "Nazim İsmayılova" after a verb of giving is İsmayılov + the dative -a.
  manSurnameCase: /(?<=\p{L}(?:ov|yev|ev))a$/u,
  // A surname ending first: "Xaçaturyanın" is Xaçaturyan + ın, not Xaçaturya + nın. Besides the
  // genitive, instrumental, predicative, locative and ablative, the oblique cases a sentence puts
  // a name in: after a vowel-final surname the dative and instrumental take a buffer y (Əliyevaya,
  // Həsənliyə, Vahabzadəylə) and the accusative an n (Əliyevanı, Vahabzadəni); after the
  // possessive -oğlu/-qızı the dative takes n (Səmədoğluna); -ev takes the front dative -ə
  // (Rzayevə: no woman's surname ends so); after -ov/-ev the accusative is a lone vowel (Quliyevi),
  // with three letters before the ending so that a short word is not cut. -li takes no
  // accusative -ni here: "Bellini" is a name, not Belli + ni.
  suffixedSurname:
    /^(.*(?:ov|ev|ova|eva|li|lı|lu|lü|zadə|zade|oğlu|qızı|ski|yan))(?:nın|nin|nun|nün|ın|in|un|ün|la|lə|dır|dir|dur|dür|dan|dən|da|də|(?<=[aəıiuü])y(?:a|ə|la|lə)|(?<=(?:oğlu|qızı))n[aə]|(?<=ev)ə|(?<=(?:ova|eva|zadə|oğlu|qızı|lı|lu|lü))n[ıiuü]|(?<=.{3}(?:ov|ev))[ıiuü])$/u,
  // A foreign or vowel-final surname with the genitive: Verdinin, Donisettinin (not "Rövşənin": Rövşən + in).
  vowelGenitive: /^(.*[aeiouıöü])(?:nın|nin|nun|nün)$/u,
  consonantGenitive: /^(.{3,}[^aıoueəiöüAIOUEƏİÖÜ])(ın|in|un|ün)$/u,
  harmony: { vowels: /[aıoueəiöü](?=[^aıoueəiöü]*$)/u, groups: [['aı', 'ın'], ['ou', 'un'], ['öü', 'ün']], otherwise: 'in' },
  genitiveSuffix: /(nın|nin|nun|nün|ın|in|un|ün)$/u,
  // Folded (ı → i, ü → u): -i/-yi/-si, then perhaps the genitive, locative, ablative, dative or accusative.
  possessiveHead: /^(?:y|s)?[iu](?:n?[iu]n|n?d[ae]n?|n?[ae]|n[iu])?$/u,
  // Azerbaijani writes the German "-rich" of given names as -rix (Erix, Henrix, Ulrix); no Azerbaijani name ends so.
  foreignEndings: [[/^(\p{Lu}\p{Ll}*r)ix$/u, 'ich']],
  homeWords: 'azerbaycan\\w* respublika\\w*',
  dedication: /^.*\badına\s+/u,
  and: 'və',
  ordinal: /^(\d{1,3})-(?:c[iıuü]|[iıuü]nc[iıuü])$/u,
};

/** Sub-units of an organisation ("İdarə Heyəti", "şöbəsi"); "idarə" is also a body of its own ("Qoruq İdarəsi"), so only a role scan reads it as one. */
const SUBUNITS = 'heyet sobe sektor bolme departament';

export const AZERBAIJANI: LanguageProfile = {
  code: 'az',
  letters: /[əƏ]/u,
  script: 'latin',
  cues: {
    organisation: `agentliyi nazirliyi teatri teatr muzeyi birliyi ittifaqi fondu merkezi universiteti
      akademiyasi institutu kitabxanasi filarmoniyasi orkestri ansambli studiyasi komitesi idaresi qurumu mmc asc
      hakimiyyeti surasi sura meclisi`,
    event: 'festivali sergisi sergi forumu konfransi musabiqesi gunleri gunu heftesi',
    project: 'layihesi layihe proqrami strategiyasi',
    // Plain, mountain, lake, river, fortress, summer pasture, village: "Şahdağ düzü", "Göy göl", "Qız qalası".
    place: 'duzu duzi dagi dag golu gol chay cayi qalasi gala qala yaylasi kendi',
  },
  cueStems: [
    ['nazirliy', 'organisation', 6], ['ev muzey', 'organisation', 6], ['nazirlik', 'organisation', 5], ['agentliy', 'organisation', 6],
    ['agentlik', 'organisation', 5], ['teatr', 'organisation', 6], ['muzey', 'organisation', 6], ['birliy', 'organisation', 6],
    ['ittifaq', 'organisation', 6], ['fond', 'organisation', 5], ['merkez', 'organisation', 6], ['universitet', 'organisation', 6],
    ['akademiya', 'organisation', 6], ['institut', 'organisation', 6], ['kitabxana', 'organisation', 6],
    ['filarmoniya', 'organisation', 6], ['orkestr', 'organisation', 6], ['ansambl', 'organisation', 6],
    ['studiya', 'organisation', 6], ['komite', 'organisation', 6], ['idare', 'organisation', 6], ['konservatoriya', 'organisation', 6],
    ['festival', 'event', 6], ['kinofestival', 'event', 6], ['sergi', 'event', 6], ['musabiqe', 'event', 6], ['forum', 'event', 6], ['konfrans', 'event', 6],
    ['layihe', 'project', 6], ['konsepsiya', 'project', 6], ['strategiya', 'project', 6], ['proqram', 'project', 6],
    ['hakimiyyet', 'organisation', 6], ['surasi', 'organisation', 5], ['sura', 'organisation', 0], ['meclis', 'organisation', 6],
    ['qoruq', 'place', 5], ['qorug', 'place', 6], ['himn', 'work', 4], ['gran pri', 'event', 0],
    ['qala', 'place', 4], ['saray', 'place', 5], ['kompleks', 'place', 5], ['meydan', 'place', 5], ['kuc', 'place', 4],
  ],
  // The cue comes after the title: '"X" tamaşasının', '"X" festivalı', '"X" adlı konserti'.
  quoteCueStems: [
    ['film', 'work', 7], ['tamasa', 'work', 7], ['pyes', 'work', 7], ['opera', 'work', 7], ['balet', 'work', 7],
    ['roman', 'work', 7], ['kitab', 'work', 7], ['povest', 'work', 7], ['hekaye', 'work', 7], ['poema', 'work', 7],
    ['mahni', 'work', 7], ['albom', 'work', 7], ['simfoniya', 'work', 7], ['suita', 'work', 7], ['qravur', 'work', 7],
    ['eser', 'work', 7], ['serial', 'work', 7], ['komediya', 'work', 7], ['xalca', 'work', 7], ['kompozisiya', 'work', 7],
    ['oratoriya', 'work', 7], ['kantata', 'work', 7], ['seir', 'work', 7], ['tablo', 'work', 7], ['heykel', 'work', 7],
    ['festival', 'event', 7], ['kinofestival', 'event', 7], ['sergi', 'event', 7], ['musabiqe', 'event', 7], ['forum', 'event', 7],
    ['konfrans', 'event', 7], ['konsert', 'event', 7], ['tedbir', 'event', 7], ['gece', 'event', 7], ['merasim', 'event', 7],
    ['aksiya', 'event', 7], ['yarmarka', 'event', 7], ['simpozium', 'event', 7], ['olimpiada', 'event', 7], ['mukafat', 'event', 7],
    ['layihe', 'project', 7], ['proqram', 'project', 7], ['konsepsiya', 'project', 7], ['strategiya', 'project', 7],
    ['kampaniya', 'project', 7],
    ['teatr', 'organisation', 7], ['kinoteatr', 'organisation', 7], ['ansambl', 'organisation', 7], ['qrup', 'organisation', 7],
    ['studiya', 'organisation', 7], ['nesriyyat', 'organisation', 7], ['jurnal', 'organisation', 7], ['qezet', 'organisation', 7],
    ['sirket', 'organisation', 7], ['birliy', 'organisation', 7], ['birlik', 'organisation', 7],
  ],
  titleCuesBefore: { project: 'layihesi' },
  // Possessed forms an English text may quote too ('"Leyli və Məcnun" operası'); an Azerbaijani text reads its quoteCueStems first.
  titleCuesAfter: { work: 'pyesi filmi tamasa tamasasi kitabi romani operasi' },
  pageMarkers: 'foto fotolar video videolar',
  titleWords: 'artisti direktor direktoru rejissor rejissoru nazir sedr sedri',
  titleModifiers: 'emekdar xalq',
  roleStems: [
    ['sedr', 6], ['direktor', 6], ['rehber', 6], ['muavin', 6], ['reis', 6], ['nazir', 6], ['katib', 6], ['uzv', 6],
    ['emekdas', 6], ['aktyor', 6], ['aktrisa', 6], ['solist', 6], ['rejissor', 6], ['dirijor', 6], ['numayende', 6],
    ['prezident', 6], ['rektor', 6], ['mudir', 6], ['basci', 6], ['sefir', 6], ['kurator', 6], ['produsser', 6],
    ['redaktor', 6], ['muellim', 6], ['professor', 6], ['musavir', 6], ['sozcu', 6], ['koordinator', 6], ['mutexessis', 6],
    ['xormeyster', 6], ['baletmeyster', 6], ['ressam', 6], ['dosent', 6], ['deputat', 6],
  ],
  honorifics: ['xalq artisti', 'emekdar artist', 'emekdar incesenet xadimi', 'xalq yazicisi', 'xalq sairi', 'umummilli lider', 'ulu onder'],
  // Every case form, possessed ones too ("noyabrında"): a month in the locative opens no name.
  months: `yanvar fevral mart aprel may iyun iyul avqust sentyabr oktyabr noyabr dekabr yanvarin fevralin martin aprelin
    mayin iyunun iyulun avqustun sentyabrin oktyabrin noyabrin dekabrin
    yanvarda yanvardan yanvara yanvari yanvarinda yanvarina yanvarindan yanvarinin
    fevralda fevraldan fevrala fevrali fevralinda fevralina fevralindan fevralinin
    martda martdan marta marti martinda martindan martinin
    mayda maydan maya mayi mayinda mayina mayindan mayinin
    sentyabrda sentyabrdan sentyabra sentyabri sentyabrinda sentyabrina sentyabrindan sentyabrinin
    oktyabrda oktyabrdan oktyabra oktyabri oktyabrinda oktyabrina oktyabrindan oktyabrinin
    noyabrda noyabrdan noyabra noyabri noyabrinda noyabrina noyabrindan noyabrinin
    dekabrda dekabrdan dekabra dekabri dekabrinda dekabrina dekabrindan dekabrinin
    aprelde aprelden aprele apreli aprelinde apreline aprelinden aprelinin
    iyunda iyundan iyuna iyunu iyununda iyununa iyunundan iyununun
    iyulda iyuldan iyula iyulu iyulunda iyuluna iyulundan iyulunun
    avqustda avqustdan avqusta avqustu avqustunda avqustuna avqustundan avqustunun`,
  stopWords: 'bu bir ve ile hemcinin bele bunun onun daha sonra hemin',
  joiners: ['adina', 've', 'bey', 'beyin', 'xanim', 'xanimin'],
  reportingAfter: ['xeber verir'],
  genericEventAdjectives: 'beynelxalq respublika enenevi illik yeni',
  honorificStems: 'xalq emekdar artist medeniyyet iscisi incesenet xadim yazici sair respublika',
  subunitStems: `idare ${SUBUNITS}`,
  titleNamingWords: 'adli adinda',
  ministerStems: 'nazir',
  ministryStems: 'nazirliy nazirlik',
  authorLabels: 'muellif',
  pluralRoleEndings: 'lari leri lar ler',
  // "A və B, hər ikisi Y-nın professoru" (both), "…, hamısı Y-nın aktyorlarıdır" (all).
  listSharingWords: 'her ikisi hamisi',
  nameParticles: 'bey beyin xanim xanimin',
  masculineSurnameEndings: 'ov ev',
  andWords: 've',
  orWords: 'ya',
  roleBreakWords: 'ile',
  morphology: 'case-endings',
  // Possessive plural and "-dakı" forms first, then the genitive, ablative, locative, dative, accusative and instrumental.
  caseEndings: [
    'dakilar', 'dekiler', 'larin', 'lerin', 'daki', 'deki', 'nin', 'nun', 'dan', 'den', 'ndan', 'nden', 'nda', 'nde', 'ya', 'ye',
    'da', 'de', 'in', 'un', 'na', 'ne', 'la', 'le', 'a', 'e', 'u', 'i',
  ],
  grammar: {
    nativeLetters: /[əı]/,
    locative: /(da|de|dan|den)$/,
    // Folded: the accusative after a vowel or a possessive (-nı/-ni/-nu/-nü: "Sərgini", "Kitabını")
    // and after the plural (-ları/-ləri). A bare -ı/-i after a consonant is left out: it is also the
    // possessive and the ending of adjectives that open names ("Milli", "Elmi", "Ali").
    accusative: /(?:[aeiou]n[iu]|l[ae]ri)$/,
    possessedCaseForm: /(s[iu](n(a|e|da|de|dan|den|in|un))?|[iu]n[ae])$/,
    // "qala|sı", "saray|ını": a bare "-ı" after a consonant is also the accusative ("festivalı"), so it needs the case ending after it.
    possessiveEnding: /^(s[iu](n(a|e|da|de|dan|den|in|un|i|u))?|[iu]n(a|e|da|de|dan|den|in|un|i|u))$/,
    genitiveSurname: /^(.*(?:ov|ev|ova|eva|zade))(?:un|in|nun|nin)$/,
    genitive: /n?[iu]n$/,
    ablative: /(dan|den|tan|ten)$/,
    // The genitive, locative, ablative and dative.
    cueClosingCase: /(n[iu]n|d[ae]n?|n?d[ae]n?|[yn][ae])$/,
    caseFormCueEndsRun: true,
    cueAfterTitle: true,
    personCases: { vowelDative: /(?<=[aeiouıöü])y[aə]$/u },
    subunitsAfterGenitive: wordsOf(SUBUNITS),
    // A foreign name kept in its own spelling takes its case suffix after a hyphen, as an
    // abbreviation does ("Trend-in", "Report-un", "Euronews-a"): the genitive, dative, locative,
    // ablative, accusative, instrumental and predicative.
    hyphenCaseName: /^(\p{Lu}\p{L}*\p{Ll}\p{L}*)[-‐](?:n?[ıiuü]n|y?[aə]|n?d[aə]n?|n?[ıiuü]|l[aə]|d[ıiuü]r)$/u,
  },
  romanisation: ROMANISATION,
};
