import type { LanguageProfile } from './types.js';

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
  titleWords: `president chairman chairwoman chairperson chair minister head director
    rector secretary coordinator advisor adviser lady leader ambassador professor prof dr mr mrs ms
    sir baroness lord academician governor mayor spokesman spokeswoman spokesperson representative member manager
    founder editor curator producer laureate chief ceo consul envoy speaker commissioner
    officer artist artists writer writers poet worker workers teacher doctor pianist composer
    conductor singer actor actress soloist organizer organiser host moderator author deputy`,
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
  joiners: ['of the', 'for the', 'on the', 'of', 'for', 'on', 'and', 'de', 'du', 'da', 'la', 'le', 'del', 'der', 'von', 'van', 'bin', 'ibn', 'al', '&'],
  headPrepositions: 'of for',
  andWords: 'and',
  orWords: 'or',
  nameEnders: 'ojsc cjsc jsc llc ltd inc plc gmbh',
  // "said"/"says" follow persons more often than outlets: they are no evidence of an outlet.
  reportingAfter: ['reports', 'reported', 'informs', 'informed', 'writes', 'wrote', 'cites', 'citing'],
  reportingBefore: ['citing', 'cites', 'told', 'via'],
  morphology: 'plain',
};
