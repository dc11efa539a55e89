import type { EntityType } from '../../model.js';

/** A cue stem: the folded stem, the type it gives a name, the longest case ending allowed after it. */
export type Stem = readonly [stem: string, type: EntityType, maxEnding: number];

/**
 * Everything the extractor knows that is specific to one language. The rule engine reads the
 * union of all profiles (a text may quote another language's names), so adding a language is
 * one profile plus fixtures. All words are folded (foldName: ASCII, lower case).
 */
export interface LanguageProfile {
  /** BCP 47 primary tag. */
  readonly code: string;
  /** Letters that mark a text as written in this language (undefined: the default, English). */
  readonly letters?: RegExp;
  /** The script the language is written in: a word is read with the stems and grammar of its own script's profiles. */
  readonly script: Script;
  /** Cue words: the head noun that says what a capitalised name is ("Agency", "Nazirliyi"). */
  readonly cues: { readonly organisation: string; readonly event: string; readonly project: string; readonly place?: string };
  /** Cue stems with case endings, for languages that inflect the head noun. */
  readonly cueStems?: readonly Stem[];
  /** Words that say what a quoted title next to them names ("фильм «X»", '"X" festivalı'), by stem with the longest ending. */
  readonly quoteCueStems?: readonly Stem[];
  /** Words before a quoted title that say what it names ('the film "X"', 'the project "X"'), by type. */
  readonly titleCuesBefore?: TitleCues;
  /** Lower-case nouns right after a quoted title or a name that say what it names ('"X" festival', '"X" filmi'), by type. */
  readonly titleCuesAfter?: TitleCues;
  /** Words written in capitals inside headlines to mark a page's media ("… днем музеев ФОТО"): never part of a name. */
  readonly pageMarkers?: string;
  /** Words that only modify a cue word: a span made of them and cue words is generic ("Public Union"). */
  readonly genericModifiers?: string;
  /** Common words that news writes in Title Case (headings, programme names, topics): a capitalised pair of them is no person ("Cultural Heritage"). */
  readonly commonTitleWords?: string;
  /** Articles, demonstratives and possessives, stripped from the front of a chunk anywhere. */
  readonly determiners?: string;
  /** Domain nouns that end an organisation name or a role topic ("Minister of Culture and Tourism"). */
  readonly topicWords?: string;
  /** Nationality and language adjectives: no entities, also the first word of a role ("Latvian Minister"). */
  readonly nationalities?: string;
  /** Role and title words: they make roles, never names. */
  readonly titleWords: string;
  /** Words that start a role only when a title follows ("First Deputy", "Xalq artisti"). */
  readonly titleModifiers: string;
  /** Role nouns by stem with the longest ending allowed ("direktoru", "директора"), for roles written in lower case. */
  readonly roleStems?: readonly (readonly [string, number])[];
  /** Honorific phrases stripped from names ("People's Artist", "Xalq artisti"). */
  readonly honorifics: readonly string[];
  /** Month names in every case form the language uses: dates are not entities. */
  readonly months: string;
  /** Words capitalised only by position: never the edge of a name. */
  readonly stopWords: string;
  /** Function words that live inside names, joining two capitalised runs ("of the", "və", "имени"). */
  readonly joiners: readonly string[];
  /** Stems of adjectives that describe any festival or programme ("Международного", "Beynəlxalq"): no name. */
  readonly genericEventAdjectives?: string;
  /** Stems of the words of honorific titles between a role and a name ("Xalq artisti", "народный писатель"). */
  readonly honorificStems?: string;
  /** Stems of sub-unit nouns that may sit between an organisation and a role ("İdarə Heyətinin sədri"). */
  readonly subunitStems?: string;
  /** Stems of "minister" and of "ministry". */
  readonly ministerStems?: string;
  readonly ministryStems?: string;
  /** "and": joins two runs into one name, topics of one ministry ("культуры и туризма"), quoted titles of a list; ends a role scanned backwards. */
  readonly andWords?: string;
  /** "or" ("və ya" is read by its last word): joins quoted titles of a list. */
  readonly orWords?: string;
  /** Lower-case words that end a role scanned backwards from a name ("ilə", "в"), besides "and". */
  readonly roleBreakWords?: string;
  /** Words that name a person an institution is dedicated to, before the name ("имени"). */
  readonly dedicationWords?: string;
  /** Endings of a man's surname in the nominative, as written in lower case ("гейдаров", "qarayev"): an oblique case would add an ending after them. */
  readonly masculineSurnameEndings?: string;
  /** Lower-case particles inside a person's name ("bəy", "бек"): they join given name and surname. */
  readonly nameParticles?: string;
  /** Function words inside names ("of", "the", the possessive "s"): no initial in an acronym, no weight when two names are compared. */
  readonly nameFunctionWords?: string;
  /** Prepositions that open a post-modifier: a name's head noun stands before the first one ("Institute for X"). */
  readonly headPrepositions?: string;
  /** Words that close a name, such as company legal forms ("Ganja Silk OJSC"): a capitalised word after one starts a new name. */
  readonly nameEnders?: string;
  /** Words meaning "named" between a quoted title and the noun after it that says what it names ('"X" adlı konserti'). */
  readonly titleNamingWords?: string;
  /** Words that open reported speech ("I", "we", "this"): a long quote starting with one is speech, not a title. */
  readonly speechOpeners?: string;
  /** Lower-case words that may stand between a title cue and its quoted title ('the film titled "X"', 'its new "X"'): skipped. */
  readonly titleLeadIns?: string;
  /** Head nouns of a diplomatic mission, alone or "of" a country ("Embassy", "Embassy of Azerbaijan"). */
  readonly missionHeads?: string;
  /** Endings of adjectives (folded) listed before a head noun ("Educational, Scientific and Cultural Organization"). */
  readonly adjectiveEndings?: string;
  /** Lower-case role nouns in running text ("the head of the department", "a museum employee"). */
  readonly roleNouns?: string;
  /** Units inside an organisation a role can be "of" before the organisation is named ("head of the dubbing department at …"). */
  readonly unitNouns?: string;
  /** Head nouns of organisations a text refers back to with a determiner ("the museum", "the union"). */
  readonly referenceHeads?: string;
  /** Head nouns of the generic reference ("the union") a member list takes its organisation from. */
  readonly memberListHeads?: string;
  /** Role nouns a generic reference is combined with ("the museum's director"). */
  readonly referenceRoles?: string;
  /** Spelling variants of one word (folded), with the form names are compared by ("theatre" → "theater"). */
  readonly spellingVariants?: Readonly<Record<string, string>>;
  /** Sub-unit nouns of an organisation ("Department", "Sector"): a named sub-unit before "of" splits off its parent. */
  readonly subunitNouns?: string;
  /** Titles and their modifiers that, with cue words alone, name no one ("Deputy Chairman", "Acting Director"). */
  readonly genericTitles?: string;
  /** Media and office nouns: two cue words led by one are generic ("Television Channel"), not a name. */
  readonly mediaWords?: string;
  /** Place nouns that, with "State" or "National" in the name, name the body that keeps the place ("State Reserve"). */
  readonly institutionPlaces?: string;
  /** Words most national institutions' names share ("Republic", "State", "in"): no weight when two names are compared. */
  readonly sharedNameWords?: string;
  /** Head nouns (in their compared spelling) that mark a compared name as an institution or event with a cue. */
  readonly comparedCueHeads?: string;
  /** Lower-case function words that link the capitalised runs of a name ("of", "at", "&"): never its edge. */
  readonly linkWords?: string;
  /** Verbs between a noun and the name it introduces ('an exhibition themed Victory Colors'). */
  readonly namingVerbs?: string;
  /** Plural cue nouns that introduce examples ("festivals like X", "companies, X and Y"), by the type they give. */
  readonly exampleHeads?: TypedWords;
  /** Phrases between a plural cue noun and its examples ("like", "including", "such as"). */
  readonly exampleMarkers?: readonly string[];
  /** Family nouns: a name set off by commas after one is a person's ("his father, Leopold,"). */
  readonly kinNouns?: string;
  /** Plural cue nouns that name one company ("… Studios"). */
  readonly singularPlurals?: string;
  /** Lower-case words allowed in the gap between a person and a role or organisation next to it ("X, director of the Y"). */
  readonly roleGapWords?: string;
  /** Lower-case words between a role and the person it runs into that keep them one title ("Head of the … Department"). */
  readonly roleJoinWords?: string;
  /** Lower-case words an apposition of titles may hold besides role nouns and capitalised titles. */
  readonly roleChainWords?: string;
  /** Reporting phrases (one or more folded words) right after an outlet's name: "Trend reports", "APA xəbər verir". */
  readonly reportingAfter?: readonly string[];
  /** Reporting phrases right before an outlet's name (an article between is skipped): "citing Trend", "told the BBC", "сообщает АЗЕРТАДЖ". */
  readonly reportingBefore?: readonly string[];
  // word order (English grammar words the rules test): each field is one step of a rule's word
  // order, by the grammatical role the words play there; only English fills them so far.
  /** Prepositions of the possessor after its head ("Union of Artists", "head of the department"): the head stands before the first. */
  readonly genitivePrepositions?: string;
  /** Prepositions between a role and the organisation it is held in ("director of the Y", "teacher at the Y"). */
  readonly affiliationPrepositions?: string;
  /** Words after a list of names that make what follows every listed person's ("A and B, both professors at Y"). */
  readonly listSharingWords?: string;
  /** Prepositions of place before a place's name ("a museum in Sheki", "Embassy in Georgia"). */
  readonly locativePrepositions?: string;
  /** Prepositions that live inside a name only right after a cue word ("Committee on …", "Center for …"). */
  readonly cueOnlyJoiners?: string;
  /** Articles, skipped where a rule reads words in order ("a member of the Y", "director of the Y"). */
  readonly articles?: string;
  /** The definite article: before a name it belongs to the sentence, not to the name ("the Union"). */
  readonly definiteArticles?: string;
  /** The indefinite article written before a role ("a researcher at the Y"). */
  readonly indefiniteArticles?: string;
  /** Determiners that refer back to an organisation named before ("the museum", "its director", "this union"). */
  readonly referenceDeterminers?: string;
  /** Copulas between a person and the role they hold ("X is the Y's director"). */
  readonly copulas?: string;
  /** Verbs that give a person a role ("X was elected chairman of the Y"). */
  readonly appointmentVerbs?: string;
  /** Words between an appointment verb and the role it gives ("appointed as director"). */
  readonly appointmentMarkers?: string;
  /** Phrases that open the list of an organisation's members ("members", "among them"). */
  readonly memberListMarkers?: readonly string[];
  /** Prepositions that attach a body to the one it reports to ("Council under the President"): the name before them decides its type. */
  readonly subordinationPrepositions?: string;
  /** Heads of state or government a body may be attached to ("under the President", "under the Cabinet"). */
  readonly governmentHeads?: string;
  /** Phrases that name the person an institution is dedicated to, before the name ("Theatre named after X"). */
  readonly dedicationPhrases?: readonly string[];
  /** Modifiers that make a place noun an institution the state keeps ("National … Reserve", "State … Reserve"). */
  readonly stateModifiers?: string;
  /** The noun of a declared year ("Year of Nizami"): a project when "of" follows, no name alone. */
  readonly yearNouns?: string;
  /** The noun of a named day ("Day"): an event only with a name. */
  readonly dayNouns?: string;
  /** A body's board: its members are affiliated with the body ("the Y OJSC Board"). */
  readonly boardNouns?: string;
  /** Units of a body that a title may follow, named by the body before them ("<Parliament> Committee Chairman"). */
  readonly titledUnitNouns?: string;
  /** Lower-case nouns right after a capitalised run that say it names an event, a project or an organisation ("the Blue Caspian company"). */
  readonly trailingNameNouns?: TypedWords;
  /** Folded endings of a role noun in the plural ("soloists", "aktyorları", "актёры"): a plural role before a list of names is each listed person's. */
  readonly pluralRoleEndings?: string;
  /** Plural endings (folded) and what replaces them in the singular ("ministries" → ministry, "centers" → center). */
  readonly pluralEndings?: readonly (readonly [plural: string, singular: string])[];
  /** Labels that open a byline before a colon ("Müəllif: X – Outlet", "Автор: X"). */
  readonly authorLabels?: string;
  /** Prepositions that name a work's or a text's author after it ("By X – Outlet", '"X" by Y'). */
  readonly authorPrepositions?: string;
  /** Phrases that name the work another work is adapted from, before its quoted title ('based on "X"'). */
  readonly adaptationPhrases?: readonly string[];
  /** Abbreviations written with a full stop that ends no sentence ("Dr.", "St.", "No."), as written in lower case. */
  readonly abbreviations?: string;
  /** Title words a group, a place or a thing may follow ("host Baku", "member countries"): the profile's other titles prove a person. */
  readonly nonPersonTitles?: string;
  /**
   * How a noun shows its part in the sentence: 'plain' (word order and prepositions, as in
   * English) or 'case-endings' (endings glued to the noun: "Bakıda", "Министерства"), which makes
   * the engine compare names by stem and places by base form (see ../morphology.ts).
   */
  readonly morphology: Morphology;
  /** The endings that mark the edges of names, for a language with case endings (read through `grammarOf`). */
  readonly grammar?: CaseGrammar;
  /**
   * Case and possessive endings (folded) that may stand between a place name's base form and the
   * written word ("Bakı|da", "Турци|и"): the engine strips each, longest first, to look the base up.
   */
  readonly caseEndings?: readonly string[];
  /** An adjective leading a place name in an oblique case, and its dictionary ending ("Южную Корею" → южная), to look the place up. */
  readonly placeAdjectiveForms?: readonly StemChange[];
  /** Words whose stem changes in the oblique cases, with the form names are compared by ("дня", "днем" → день). */
  readonly stemChanges?: readonly StemChange[];

  // ── romanisation (English names) ──
  /**
   * How names written in this language are spelt in English (extract/english-names.ts reads the
   * first profile of a name's script that has one): letters, endings and the given names that
   * decide between a letter's readings. Without it, a script's names get no English spelling rules.
   */
  readonly romanisation?: Romanisation;
}

/**
 * romanisation (English names): the spelling English-language media of the region give this
 * language's names. Patterns are tested on words as written (lower case unless said), except
 * where a field says folded (foldName) or English.
 */
export interface Romanisation {
  /** Letters that mark a name as this language's, in need of an English name ("ə", any Cyrillic letter). */
  readonly nativeLetters: RegExp;
  /** Letters with the sounds they write in names, most likely first (Russian г: g, or the Azerbaijani h). */
  readonly letters?: Readonly<Record<string, readonly string[]>>;
  /** Readings that depend on the letters around, tried before `letters` (see LetterReading). */
  readonly contextReadings?: readonly LetterReading[];
  /** Capital letters of an acronym, spelt one by one ("АПА" → APA). */
  readonly capitals?: Readonly<Record<string, string>>;
  /** An acronym as written ("АПА", "НАНА"). */
  readonly acronym?: RegExp;
  /** Known given names (English spelling, lower case), the likeliest list first: they decide between a letter's readings. */
  readonly givenNames?: readonly ReadonlySet<string>[];
  /** Given names (English spelling) only men bear: a man's surname that reads like a woman's is then a case form. */
  readonly menOnlyGivenNames?: ReadonlySet<string>;
  /** A man's surname in a case form that reads like a woman's ("İsmayılova" in the dative): the ending to take off. */
  readonly manSurnameCase?: RegExp;
  /** Surname endings as written; their English spelling is read letter by letter unless `surnameEndingSpellings` gives it. */
  readonly surnameEndings?: RegExp;
  readonly surnameEndingSpellings?: Readonly<Record<string, string>>;
  /**
   * The possessive suffix (folded, with any case ending after it) that a generic head takes at the
   * end of a name ("Muzey" + "i", "Festival" + "ının"): it marks the name as the language's own
   * even when no letter of its own alphabet does.
   */
  readonly possessiveHead?: RegExp;
  /**
   * How a surname ending's first letter reads after a stem ending in a hard consonant (`stem`):
   * `letter` is read as `reads` (Russian е as э, e: Медведев → Medvedev, not Medvedyev).
   */
  readonly endingAfterConsonant?: { readonly stem: RegExp; readonly letter: RegExp; readonly reads: string };
  /** Spellings of a surname's stem that hide the given name it is built on, each with the spelling that shows it ("Мирзо-" → "Мирза-"). */
  readonly surnameStemRestorations?: readonly (readonly [RegExp, string])[];
  /**
   * A title fused into a surname ("Габиббейли" = Həbib + bəy + li): how a surname stem writes it
   * (`written`, set to `spelt`), a stem made of a given name and the title (the name in group 1),
   * and the title in English.
   */
  readonly fusedTitle?: { readonly written: RegExp; readonly spelt: string; readonly stem: RegExp; readonly english: string };
  /** The same title as a word of its own in a name, in any case ("бека"), and its English. */
  readonly titleWord?: { readonly written: RegExp; readonly english: string };
  /** A title that stands before a person's given name ("Мир "): the name's cases are read after it. */
  readonly nameTitle?: RegExp;
  /** Fixes to the letter-for-letter reading of another language's surname written in these letters (Кулиев: q written к → Guliyev). */
  readonly surnameReadingFixes?: readonly (readonly [RegExp, string])[];
  /** A given name's case endings, and the ending a feminine given name's nominative adds to its stem. */
  readonly givenNameCase?: RegExp;
  /** A woman's given name in an oblique case whose nominative is the stem with `feminineEnding` ("Лейлы" → Лейла). */
  readonly feminineGivenCase?: RegExp;
  readonly feminineEnding?: string;
  /** A given name that ends like a feminine nominative (a name among its readings then counts as one). */
  readonly feminineGiven?: RegExp;
  /** Surnames that do not decline. */
  readonly undeclinedSurname?: RegExp;
  /** A surname of the declining kind: its nominative stem (group 1) and its case ending (group 2). */
  readonly surnameCase?: RegExp;
  /** Case endings of that surname after which a woman's nominative is stem + `feminineEnding`; `womanNominative`: the one that is already hers. */
  readonly feminineSurnameCases?: readonly string[];
  readonly womanNominative?: string;
  readonly womanAccusative?: string;
  /** A man's other surnames decline like nouns: endings to take off, and endings to set back ("Рзы" → "Рза"). */
  readonly nounSurnameCases?: readonly (readonly [RegExp, string])[];
  /**
   * A man's given and surname stand in one case: the endings a noun-like surname may have after
   * each case ending of the given name ("Самеда Вургуна": -а after -а). A surname whose ending
   * fits no case of its given name does not decline ("Юнуса Эмре": a foreign name in -е).
   */
  readonly nounSurnameAgreement?: Readonly<Record<string, readonly string[]>>;
  /** A surname with a case or predicative suffix: the nominative in group 1 ("Xaçaturyanın"). */
  readonly suffixedSurname?: RegExp;
  /** A vowel-final name with the genitive: the nominative in group 1 ("Verdinin"). */
  readonly vowelGenitive?: RegExp;
  /** A consonant-final name with a genitive (group 1 the stem, group 2 the suffix), kept when vowel harmony gives that suffix. */
  readonly consonantGenitive?: RegExp;
  /** Vowel harmony: the genitive after a last vowel of each group, else `otherwise`. */
  readonly harmony?: { readonly vowels: RegExp; readonly groups: readonly (readonly [vowels: string, genitive: string])[]; readonly otherwise: string };
  /** A genitive suffix on a word of an institution's name, taken off before the word is transliterated. */
  readonly genitiveSuffix?: RegExp;
  /** Foreign endings this spelling writes its own way, with English's ("Erix" → Erich): the name up to the ending in group 1. */
  readonly foreignEndings?: readonly (readonly [RegExp, string])[];
  /** Folded words that name the home country inside an institution's name: no part of a table match. */
  readonly homeWords?: string;
  /** The part of an institution's name that names the person it is dedicated to ("X adına", "имени X"): taken off. */
  readonly dedication?: RegExp;
  /** "and" between the two names of a title ("Leyli və Məcnun"). */
  readonly and?: string;
  /** An ordinal written with digits ("13-cü"): the number in group 1. */
  readonly ordinal?: RegExp;
  /** Folded: a place adjective ("gabalinskiy"), the place's stem in group 1. */
  readonly placeAdjective?: RegExp;
  /** Folded: adjective endings, and the suffixes that make an adjective of a noun stem ("teatr|aln|yy"). */
  readonly adjectiveEnding?: RegExp;
  readonly adjectiveSuffix?: RegExp;
  /** Folded stems of an adjective dictionary entry ("natsionaln", "akademichesk"). */
  readonly adjectiveStem?: RegExp;
  /** Folded: a surname that is a masculine adjective in an oblique case, and its nominative ending ("chaykovskogo" → chaykovskiy). */
  readonly adjectiveSurname?: readonly [RegExp, string];
  /** Folded: "Republic" after a head noun in any case ("Республики X" → the Republic of X). */
  readonly republic?: RegExp;
}

/**
 * A letter's reading where the letters around decide it: `at` is a sticky pattern tried at the
 * letter (it may look behind and ahead, and read more than one letter); `guess` readings are
 * only tried when a known given name decides among them, never in a letter-for-letter reading.
 */
export interface LetterReading {
  readonly letter: string;
  readonly at: RegExp;
  readonly readings: readonly string[];
  readonly guess?: boolean;
  /** The reading in a name of the script's own language, where it differs from the region's names it writes (Russian я after a consonant: ya). */
  readonly own?: readonly string[];
}

/** Words by the type they give a name next to them (event, project or organisation). */
export type TypedWords = Partial<Readonly<Record<'event' | 'project' | 'organisation', string>>>;

/** Words by the type they give a title next to them. */
export type TitleCues = Partial<Readonly<Record<TitleCueType, string>>>;
export type TitleCueType = 'project' | 'event' | 'work' | 'organisation';

/** The oblique forms of a word whose stem changes (a folded pattern), and its dictionary form. */
export type StemChange = readonly [forms: RegExp, base: string];

/**
 * The endings and stems by which a case-ending language shows where a name stops, read (for the
 * words of the profile's script) by the engine's chunk-edge tests (spans.ts, case-forms.ts,
 * quoted.ts, glued-chunks.ts, roles-genitive.ts). Regular expressions test folded words (but
 * `personCases`: words as written); stems are folded prefixes. Every field is optional: a test
 * whose field a language lacks never fires on its words.
 */
export interface CaseGrammar {
  /** Letters only native words have ("ə", "ı"): a locative word with them opens a sentence, names no place. */
  readonly nativeLetters?: RegExp;
  /** Locative and ablative endings ("Sərgidə", "Muzeydən"). */
  readonly locative?: RegExp;
  /**
   * Accusative endings no name word has ("Sərgini", "Kitabını", "Qonaqları"): a sentence-opening
   * object, no part of the name after it.
   */
  readonly accusative?: RegExp;
  /** A possessed noun in a case form ("Siyahısına", "Mükafatı"): it ends a title, not a person's name. */
  readonly possessedCaseForm?: RegExp;
  /** What follows a head noun's stem when it carries the possessive of an izafet compound, with or without a case ending ("qala|sında", "saray|ını"). */
  readonly possessiveEnding?: RegExp;
  /** The noun that says what a quoted title names comes after it ('"X" festivalı'), and outranks cue words inside the title. */
  readonly cueAfterTitle?: boolean;
  /** A lower-case genitive between a cue phrase and the quoted title it names ("кинофестиваля тюркского мира «X»"). */
  readonly genitiveBeforeTitle?: RegExp;
  /** Stems of sub-units that may follow their organisation's genitive inside one name ("… Qoruğunun İdarə Heyəti", "… Muzeyinin şöbəsi"). */
  readonly subunitsAfterGenitive?: readonly string[];
  /** A surname in the genitive ("Bağırovun"): the name ends there, what follows is its possession. */
  readonly genitiveSurname?: RegExp;
  /** Case endings that close a cue noun's phrase: a capitalised word after "Mərkəzində", "Birliyinin" starts another name. */
  readonly cueClosingCase?: RegExp;
  /** The ablative of an organisation right before a person ("Teatrından X": X from the theatre): the person's organisation. */
  readonly ablative?: RegExp;
  /** Folded prepositions of origin after a person ("X из театра": X from the theatre): the organisation after them is the person's. */
  readonly sourcePrepositions?: string;
  /** A bare cue noun in the genitive ("Muzeyin", "музея"): "the museum's". */
  readonly genitive: RegExp;
  /** Past-tense and reflexive verbs that open a sentence ("Открылся", "Прошла"). */
  readonly sentenceVerb?: RegExp;
  /** A place before a cue noun is no part of the name after it ("в Баку Гран-при"). */
  readonly placeBeforeCueOutside?: boolean;
  /** An inflected cue word ends the run after "and" ("Opera və Balet Teatrının"). */
  readonly caseFormCueEndsRun?: boolean;
  /** The possessor (a genitive) follows its head noun ("министр культуры", "Директор Национального музея", "Дворец Гейдара Алиева") rather than leading it ("Mədəniyyət naziri"). */
  readonly possessorFollows?: boolean;
  /** A role noun in the nominative (folded), as an apposition right after a name opens ("X, директор Y,"): not an oblique case ("директора", "директором"). */
  readonly nominativeRole?: RegExp;
  /** Names that go on in lower case after their capitalised words ("Министерство культуры Азербайджана"). */
  readonly lowerCaseTail?: LowerCaseTail;
  /** A ministry written in lower case: the head noun in any case, then genitives ("министерства культуры"). */
  readonly lowerCaseMinistry?: { readonly head: RegExp; readonly genitive: RegExp };
  /** How a person's name written in this script shows its case (read when names are set back to the nominative). */
  readonly personCases?: PersonCases;
  /**
   * An acronym read as a word and declined like a noun, its ending glued on ("МИДа", "ГИТИСе"):
   * group 1 is the acronym. (An ending after a hyphen or apostrophe is read in every script.)
   */
  readonly gluedAcronymCase?: RegExp;
  /** A name in capitals and small letters with its case suffix after a hyphen ("Trend-in"): group 1 is the name. */
  readonly hyphenCaseName?: RegExp;
}

/** Endings that tell a person's name's case, tested on the name's words as written (not folded). */
export interface PersonCases {
  /** A given name (lower case) that may be a woman's nominative or a man's genitive ("нармина": Нармина, or Нармин's). */
  readonly ambiguousGiven?: RegExp;
  /** A surname (lower case) that then leaves the case open: a woman's, one that does not decline, or one in another script ("гусейнова", "гасанлы"). */
  readonly caseNeutralSurname?: RegExp;
  /** A given name in a plainly oblique form, never a nominative ending ("Ваджии", "Самиры"). */
  readonly obliqueGiven?: RegExp;
  /** The dative ending of a vowel-final surname ("Matviyenko|ya"). */
  readonly vowelDative?: RegExp;
  /** The ending (folded) after a role stem that marks the role noun's genitive: a name in apposition after it is in the genitive too. */
  readonly genitiveRoleEnding?: RegExp;
  /** Role nouns (folded) of women whose nominative already has that ending ("aktrisa"). */
  readonly feminineRoleNoun?: RegExp;
  /** A man's name in the genitive set back to the nominative, word by word (given name, surname): pattern and replacement. */
  readonly manGenitive?: readonly (readonly [RegExp, string])[];
  /** A woman's given name in the genitive set back to the nominative ("Самиры" → Самира): pattern and replacement. */
  readonly womanGenitiveGiven?: readonly (readonly [RegExp, string])[];
  /** Prepositions (folded) that govern the genitive: a name right after one is in the genitive ("у", "от", "для"). */
  readonly genitivePrepositions?: readonly string[];
}

/** Endings of the words a lower-case name tail is made of. */
export interface LowerCaseTail {
  readonly genitive: RegExp;
  readonly adjective: RegExp;
  readonly genitiveAdjective: RegExp;
  /** Verb endings: a verb ends the name ("отметили", "сообщает"). */
  readonly verb: RegExp;
}

export type Script = 'latin' | 'cyrillic';

export type Morphology = 'plain' | 'case-endings';

export const wordsOf = (s: string): string[] => s.split(/\s+/).filter(Boolean);
