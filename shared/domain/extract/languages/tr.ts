import type { LanguageProfile } from './types.js';

/**
 * Turkish, a minimal profile: institution and event head nouns (with the possessive -(s)I that
 * Turkish compound names put on the head: "Kültür ve Turizm Bakanlığı", "Film Festivali"),
 * titles, honorifics, months. Turkish shares Azerbaijani's morphology closely enough for the
 * engine's inflection rules; this profile only adds the words.
 */
export const TURKISH: LanguageProfile = {
  code: 'tr',
  script: 'latin',
  cues: {
    organisation: `bakanligi vakfi dernegi muzesi tiyatrosu universitesi kutuphanesi orkestrasi korosu ajansi kurumu
      baskanligi mudurlugu belediyesi akademisi enstitusu`,
    event: 'festivali sergisi yarismasi konferansi bienali senligi gunleri haftasi',
    project: 'projesi programi',
  },
  cueStems: [
    ['bakanl', 'organisation', 5], ['vakf', 'organisation', 5], ['dernek', 'organisation', 5], ['derneg', 'organisation', 5],
    ['muze', 'organisation', 6], ['tiyatro', 'organisation', 6], ['universite', 'organisation', 6], ['kutuphane', 'organisation', 6],
    ['orkestra', 'organisation', 6], ['koro', 'organisation', 5], ['ajans', 'organisation', 5], ['kurum', 'organisation', 5],
    ['belediye', 'organisation', 6], ['akademi', 'organisation', 6], ['enstitu', 'organisation', 6],
    ['yarisma', 'event', 6], ['bienal', 'event', 5], ['senlik', 'event', 5], ['senlig', 'event', 5],
    ['proje', 'project', 6],
  ],
  titleWords: 'baskan baskani bakan bakani mudur muduru yonetmen yonetmeni sanatci sanatcisi',
  titleModifiers: 'devlet genel',
  roleStems: [['baskan', 5], ['bakan', 5], ['mudur', 5], ['yonetmen', 5], ['sanatci', 5]],
  honorifics: ['devlet sanatcisi'],
  // "Mayıs" (May) is left out: Mayis is a common Azerbaijani given name, and profiles are read together.
  months: `ocak subat mart nisan haziran temmuz agustos eylul ekim kasim aralik`,
  stopWords: 'bu bir ve ile da de icin gibi olarak',
  joiners: ['ve'],
  andWords: 've',
  orWords: 'veya',
  titleNamingWords: 'adli adinda',
  pageMarkers: 'foto video',
  // No reporting phrase: "bildirdi" (stated) and "haber verdi" follow persons as often as outlets, so they prove no outlet.
  morphology: 'case-endings',
};
