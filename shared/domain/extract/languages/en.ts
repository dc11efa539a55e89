import type { LanguageProfile } from './types.js';

/** Sub-unit nouns; with "committee" they are the units a title may follow. */
const SUBUNIT_NOUNS = 'department sector division section unit office board directorate service';

export const ENGLISH: LanguageProfile = {
  code: 'en',
  script: 'latin',
  cues: {
    organisation: `ministry ministries agency union fund guild center centre studio studios theatre theater
      museum philharmonic university conservatory academy institute foundation council committee association party
      department authority library cabinet organization organisation federation company syndicate architects
      orchestra ensemble band choir palace gallery school college society channel corporation bank club service
      office administration assembly parliament embassy consulate network television radio tv group holding trust
      bureau commission inc llc ltd press publishing archive circus secretariat chamber court lyceum space
      ojsc cjsc jsc plc gmbh house-museum representation delegation`,
    event: `festival festivals forum conference days day week award awards prize competition contest
      exhibition expo symposium biennale biennial summit ceremony concert gala olympiad games championship cup fair prix
      congress talks readings marathon tournament evenings decade jubilee war`,
    project: 'project projects programme program strategy plan initiative campaign concept roadmap',
    place: `square street avenue boulevard tower mausoleum mosque church cathedral castle fortress park
      plain plains mountain mountains river lake island valley region district province village garden bridge gate
      caravanserai bazaar quarter gorge peninsula house reserve`,
  },
  titleCuesBefore: {
    project: 'project projects programme program initiative campaign plan strategy roadmap concept',
    event: `festival exhibition competition contest forum conference ceremony event concert discussion panel talks themed
      evening show program`,
    work: `film films movie movies play plays opera ballet book books novel poem poems song songs album tragedy
      composition compositions piece pieces mugham mughams symphony suite concerto sonata comedy comedies series
      documentary cartoon musical painting carpet carpets production performance performances drama poema story stories
      spectacle staging`,
    organisation: 'band group ensemble orchestra studio company theatre newspaper magazine channel publisher',
  },
  titleCuesAfter: {
    organisation: `band group ensemble orchestra studio company theatre theater choir club agency union newspaper magazine
      channel publishing trio quartet quintet`,
    event: 'festival exhibition competition contest forum concert conference ceremony show event evening program programme',
    project: 'project programme initiative campaign',
    work: `film movie play opera ballet book novel poem song album tragedy comedy series documentary cartoon musical
      painting carpet collection poema`,
  },
  pageMarkers: 'photo video',
  genericModifiers: `public the of and a deputy first this that its our their his her`,
  commonTitleWords: `heritage cultural culture creative industries industry relations media social digital modern
    contemporary classical folk traditional golden silver bronze grand best world global international national state
    public art arts music musical film films cinema literature literary poetry dance theatre theater opera ballet jazz
    symphony symphonic chamber youth young children women family history historical science sciences education
    development sustainable spatial planning energy transport communications infrastructure economy economic finance
    tourism sport sports health environment green peace victory freedom independence unity friendship spring summer
    autumn winter new old great little big grand open closing opening final special honorary diploma certificate
    prize award order medal memorial anniversary jubilee holiday season night day days week weekend evening morning
    intangible tangible material cultural heritage capital city region regional local rural urban east west north
    south central eastern western northern southern middle high higher low main general official unofficial
    photo gallery video news press release statement report review interview story stories tour tours trip
    project program programme plan strategy concept initiative campaign mission vision goal goals team club
    online virtual live direct technical technology technologies innovation innovations startup startups
    beauty talent talents emerging stars star light lights colors colours color colour garden gardens house
    island islands lake river mountain mountains sea seas land lands road roads way ways bridge bridges tower`,
  determiners: 'the a an this that these those his her its their our my your its',
  topicWords: `culture tourism education science sciences youth sport sports health economy finance
    research arts art literature music heritage cinema film theatre theater critics affairs development industry
    industries information communications transport energy ecology environment resources agriculture justice defence defense
    labour labor`,
  nationalities: `azerbaijani turkish russian british french american german italian georgian iranian
    uzbek kazakh kyrgyz turkmen turkic ukrainian chinese japanese korean indian arab arabic persian venezuelan
    spanish polish european asian soviet english parisian caucasian islamic muslim christian israeli egyptian
    pakistani hungarian czech austrian swiss dutch belgian greek romanian bulgarian serbian croatian belarusian
    latvian lithuanian estonian moldovan armenian afghan tajik mongolian canadian mexican brazilian argentine
    cuban portuguese swedish norwegian danish finnish irish scottish welsh australian african moroccan algerian
    tunisian saudi qatari emirati kuwaiti omani jordanian syrian lebanese iraqi indonesian malaysian thai
    vietnamese filipino latin greek jewish nordic western eastern oriental azeri`,
  titleWords: `president chairman chairwoman chairperson chair minister head director
    rector secretary coordinator advisor adviser lady leader ambassador professor prof dr mr mrs ms
    sir baroness lord academician governor mayor spokesman spokeswoman spokesperson representative member manager
    founder editor curator producer laureate chief ceo consul envoy speaker commissioner
    officer artist artists writer writers poet worker workers teacher doctor pianist composer
    conductor singer actor actress soloist organizer organiser host moderator author deputy
    dancer musician violinist`,
  titleModifiers: `vice deputy acting first artistic art creative managing executive senior leading principal
    honorary honored honoured merited general national great prime people s`,
  honorifics: [
    'people s artist of azerbaijan', 'people s artists', 'people s artist', 'people s writer', 'people s poet',
    'honored art worker', 'honoured art worker', 'honored cultural workers', 'honored cultural worker',
    'honored worker of culture', 'honoured worker of culture', 'honored artists', 'honoured artists',
    'honored artist of azerbaijan', 'honored artist', 'honoured artist', 'honored teacher', 'merited artist',
    'national leader', 'great leader', 'first lady', 'first lady of azerbaijan', 'academician', 'professor', 'prof',
    'dr', 'mr', 'mrs', 'ms', 'sir', 'baroness', 'lord', 'maestro',
  ],
  months: `january february march april may june july august september october november december`,
  stopWords: `the a an this that these those it its in on at by for from with of to as and but or if
    when while after before during since until also then next further furthermore moreover meanwhile however thus
    therefore besides additionally notably note currently today yesterday tomorrow here there according among amid
    amidst against speaking addressing following over under within both each every all many several some other
    another such his her their our my your we he she they i you who what which where how why yes no not only even
    just so back first second third last finally earlier later now once twice one two three four five six seven
    eight nine ten read more follow us part photo photos video source related share via click see about up
    his hers its years year various edition latest top main home print email whatsapp telegram comments
    monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
    september october november december jan feb mar apr jun jul aug sep sept oct nov dec utc gmt am pm
    mr mrs ms dr said says will would can could should may might must shall`,
  joiners: ['of the', 'for the', 'on the', 'of', 'for', 'on', 'and', 'de', 'du', 'da', 'la', 'le', 'del', 'der', 'von', 'van', 'bin', 'ibn', 'al', '&',
    // Two-word particles of European surnames ("Anneke van der Berg", "José María de la Fuente").
    'van der', 'van den', 'van de', 'von der', 'de la', 'de los', 'de las', 'della'],
  // Lower-case particles of foreign names inside a person's name (Dutch, German, Romance, Arabic).
  nameParticles: 'van von der den de del della da di du la le los las bin ibn al',
  nameFunctionWords: 'of the and for on s',
  headPrepositions: 'of for',
  andWords: 'and',
  orWords: 'or',
  nameEnders: 'ojsc cjsc jsc llc ltd inc plc gmbh',
  speechOpeners: 'i we it this that he she they our my you there these those us',
  titleLeadIns: 'titled entitled themed called named the a an its new his her their',
  missionHeads: 'embassy consulate representation mission office representative',
  adjectiveEndings: 'al ic ical ive ary ous',
  roleNouns: `employee employees chairman chairwoman chair director head representative member spokesman
    spokeswoman secretary advisor adviser rector president minister researcher curator founder editor officer specialist
    manager coordinator chief expert teacher professor lecturer staff worker journalist correspondent producer deputy
    vice leader soloist conductor composer artist actor actress fellow principal dean ambassador consul envoy
    organizer organiser host moderator press singer dancer musician pianist violinist`,
  unitNouns: 'department division sector section office unit team board committee service group laboratory faculty chair directorate',
  referenceHeads: `union ministry agency theatre theater museum fund center centre foundation council committee association
    guild studio institute university orchestra library gallery commission conservatory archive academy philharmonic choir
    ensemble company reserve`,
  memberListHeads: `union ministry agency theatre theater museum fund center centre foundation council committee association
    guild studio institute university orchestra party`,
  referenceRoles: `director head chairman chairwoman chair president rector curator founder co-founder manager secretary
    deputy employee member representative spokesman dean conductor soloist editor general director-general chief staff
    researcher vice-rector`,
  spellingVariants: { theatre: 'theater', centre: 'center', organisation: 'organization', programme: 'program', honoured: 'honored' },
  subunitNouns: SUBUNIT_NOUNS,
  genericTitles: `deputy chairman chairwoman chair head director minister president secretary rector leader
    vice acting first academic executive honored honoured`,
  mediaWords: 'radio television tv channel network service office',
  institutionPlaces: 'reserve',
  sharedNameWords: 'in azerbaijan azerbaijani republic state',
  comparedCueHeads: `ministry agency union fund guild center studio theater museum festival forum week days award awards
    exhibition project conference university foundation council committee association institute organization department`,
  linkWords: 'of the for and on at &',
  namingVerbs: 'themed titled entitled called',
  exampleHeads: {
    event: 'festivals forums exhibitions competitions contests conferences concerts events',
    project: 'projects programmes programs initiatives campaigns',
    organisation: 'companies organizations organisations institutions theatres theaters museums universities bands ensembles orchestras',
  },
  exampleMarkers: ['like', 'including', 'such as'],
  kinNouns: 'father mother son daughter wife husband brother sister grandfather grandmother uncle aunt',
  singularPlurals: 'studios',
  roleGapWords: 'the of at a an',
  roleJoinWords: 'and of the for &',
  roleChainWords: 'of the and to at for a an',
  // "said"/"says" follow persons more often than outlets: they are no evidence of an outlet.
  reportingAfter: ['reports', 'reported', 'informs', 'informed', 'writes', 'wrote', 'cites', 'citing'],
  reportingBefore: ['citing', 'cites', 'told', 'via'],
  // word order (English grammar words the rules test)
  genitivePrepositions: 'of',
  affiliationPrepositions: 'of at',
  listSharingWords: 'both all',
  locativePrepositions: 'in',
  cueOnlyJoiners: 'on for',
  articles: 'a an the',
  definiteArticles: 'the',
  indefiniteArticles: 'a an',
  referenceDeterminers: 'the its this',
  copulas: 'is',
  appointmentVerbs: 'elected appointed',
  appointmentMarkers: 'as',
  memberListMarkers: ['members', 'among them'],
  subordinationPrepositions: 'under',
  governmentHeads: 'president cabinet',
  dedicationPhrases: ['named after'],
  stateModifiers: 'state national',
  yearNouns: 'year',
  dayNouns: 'day',
  boardNouns: 'board',
  titledUnitNouns: `${SUBUNIT_NOUNS} committee`,
  trailingNameNouns: {
    event: 'festival forum exhibition competition contest conference biennale symposium',
    project: 'project initiative campaign',
    organisation: 'company band ensemble trio quartet studio publishing newspaper magazine',
  },
  authorLabels: 'author',
  pluralRoleEndings: 's',
  pluralEndings: [['ies', 'y'], ['s', '']],
  authorPrepositions: 'by',
  adaptationPhrases: ['based on'],
  abbreviations: 'st dr mr mrs ms prof jr sr no vs etc inc ltd co mt',
  nonPersonTitles: 'spokeswoman spokesperson member writers doctor organizer organiser host',
  morphology: 'plain',
};
