/**
 * The query corpus: one fixed set of short en/az/ru articles (our own words) and queries in the
 * query language with the articles each must find, read off the texts by hand. The SearchIndex
 * contract runs every query on every engine, so SQLite and OpenSearch give identical hit sets.
 * Each group names what it exercises: operators, fields, folding, transliteration, stemming.
 */
import type { IndexDoc } from '../../shared/domain/model.js';
import { makeDoc } from '../support/records.js';

const leyla = { type: 'person', name: 'Leyla Rəhimova', aliases: ['Rəhimova'] } as const;

export function buildQueryCorpusDocs() {
  return {
    en1: makeDoc({
      title: 'Dubbing studio opens in Baku',
      text: 'The new studio will dub foreign films into Azerbaijani. Dubbing artists trained for a year.',
      language: 'en', outlet: 'azernews', publishedAt: '2024-05-01T09:00:00Z',
      mentions: [leyla, { type: 'organisation', name: 'National Film Agency' }],
    }),
    en2: makeDoc({
      title: 'Carpet museum extends opening hours',
      text: 'The carpet museum in Baku will stay open until nine. Museums across the city follow.',
      language: 'en', outlet: 'trend', publishedAt: '2024-05-03T09:00:00Z',
      mentions: [{ type: 'organisation', name: 'Carpet Museum' }],
    }),
    en3: makeDoc({
      title: 'Film festival announces jury',
      text: 'The international film festival in Baku announced its jury. Festival screenings start in June. No dubbing: films are shown with subtitles.',
      language: 'en', outlet: 'report', publishedAt: '2024-05-05T09:00:00Z',
      mentions: [{ type: 'person', name: 'Arif Mammadov' }, { type: 'event', name: 'Baku Film Festival' }],
    }),
    en4: makeDoc({
      title: 'Jazz nights return',
      text: 'A festival of jazz returns to the old city. The film about the festival won an award last year.',
      language: 'en', outlet: 'azernews', publishedAt: '2024-05-07T09:00:00Z',
      mentions: [{ type: 'place', name: 'Icherisheher' }],
    }),
    en5: makeDoc({
      title: 'Theatre running season',
      text: 'The theatre runs three premieres. Actors rehearsed daily.',
      language: 'en', outlet: 'trend', publishedAt: '2024-05-09T09:00:00Z',
    }),
    en6: makeDoc({
      title: 'Archive note on puppets',
      text: 'Puppet theatre archives, no date given. The puppets were restored.',
      language: 'en', outlet: 'report', publishedAt: null,
    }),
    az1: makeDoc({
      title: 'Azərbaycan kinosunda dublyaj',
      text: 'Leyla Rəhimova dublyajın gələcəyi haqqında danışdı. Şəki şəhərində yeni kinoteatr açıldı.',
      language: 'az', outlet: 'apa', publishedAt: '2024-05-02T09:00:00Z',
      mentions: [leyla, { type: 'place', name: 'Şəki' }],
    }),
    az2: makeDoc({
      title: 'Muzeylər gecəsi',
      text: 'Xalça muzeyində gecə proqramı keçiriləcək. Muzeyin direktoru çıxış etdi.',
      language: 'az', outlet: 'apa', publishedAt: '2024-05-04T09:00:00Z',
      mentions: [{ type: 'organisation', name: 'Xalça Muzeyi' }],
    }),
    az3: makeDoc({
      title: 'Xankəndi festivalı',
      text: 'Xankəndidə musiqi festivalı başladı. Festivalda Çingiz Mustafayev çıxış etdi.',
      language: 'az', outlet: 'report', publishedAt: '2024-05-06T09:00:00Z',
      mentions: [{ type: 'person', name: 'Çingiz Mustafayev' }, { type: 'place', name: 'Xankəndi' }],
    }),
    ru1: makeDoc({
      title: 'Дубляж фильмов на азербайджанский язык',
      text: 'Лейла Рагимова рассказала о дубляже. Студия дубляжа открылась в Баку.',
      language: 'ru', outlet: 'sputnik', publishedAt: '2024-05-08T09:00:00Z',
      mentions: [{ type: 'person', name: 'Лейла Рагимова' }],
    }),
    ru2: makeDoc({
      title: 'Музей ковра продлил часы работы',
      text: 'Музей ковра в Баку будет открыт до девяти. Музеи города следуют примеру.',
      language: 'ru', outlet: 'trend', publishedAt: '2024-05-10T09:00:00Z',
      mentions: [{ type: 'organisation', name: 'Музей ковра' }],
    }),
    ru3: makeDoc({
      title: 'Кинофестиваль объявил жюри',
      text: 'Международный кинофестиваль в Баку объявил состав жюри. Показы фестиваля начнутся в июне.',
      language: 'ru', outlet: 'sputnik', publishedAt: '2024-05-11T09:00:00Z',
      mentions: [{ type: 'event', name: 'Кинофестиваль в Баку' }],
    }),
  } satisfies Record<string, IndexDoc>;
}

export type CorpusKey = keyof ReturnType<typeof buildQueryCorpusDocs>;
const ALL: readonly CorpusKey[] = ['en1', 'en2', 'en3', 'en4', 'en5', 'en6', 'az1', 'az2', 'az3', 'ru1', 'ru2', 'ru3'];
const except = (...keys: CorpusKey[]): CorpusKey[] => ALL.filter((k) => !keys.includes(k));

/** [group, query, the articles it must find]. */
export const QUERY_CORPUS: readonly (readonly [string, string, readonly CorpusKey[]])[] = [
  ['words', 'dubbing', ['en1', 'en3']],
  ['words', 'Baku', ['en1', 'en2', 'en3', 'ru1', 'ru2', 'ru3']],
  ['words', 'puppet', ['en6']],
  ['words', 'Icherisheher', ['en4']],
  ['words', 'жюри', ['ru3']],
  ['implicit AND', 'jazz festival', ['en4']],
  ['implicit AND', 'Baku dubbing', ['en1', 'en3']],
  ['AND', 'jazz AND festival', ['en4']],
  ['AND', '+jazz +festival', ['en4']],
  ['OR', 'dubbing OR museum', ['en1', 'en2', 'en3']],
  ['OR', 'jazz OR puppets', ['en4', 'en6']],
  ['OR', '(dubbing OR дубляж) lang:ru', ['ru1']],
  // ru1's фильмов stems to фильм, transliterated "film"; its дубляж is not the English word.
  ['NOT', 'film -dubbing', ['en4', 'ru1']],
  ['NOT', 'film NOT dubbing', ['en4', 'ru1']],
  ['NOT', 'dubbing NOT film', []],
  ['NOT', 'NOT dubbing', except('en1', 'en3')],
  ['NOT', '-dubbing -film', except('en1', 'en3', 'en4', 'ru1')],
  ['NOT', 'NOT lang:en', ['az1', 'az2', 'az3', 'ru1', 'ru2', 'ru3']],
  ['NOT', 'jazz OR -Baku', except('en1', 'en2', 'en3', 'ru1', 'ru2', 'ru3')],
  ['parentheses', '(jazz OR theatre) (festival OR premieres)', ['en4', 'en5']],
  ['parentheses', '(museum OR музей) -lang:en', ['ru2']],
  ['parentheses', 'Baku -(lang:ru OR dubbing)', ['en2']],
  ['phrase', '"film festival"', ['en3']],
  ['phrase', '"festival film"', []],
  ['phrase', '"open until nine"', ['en2']],
  ['phrase', '"Baku Film Festival"', ['en3']],
  ['phrase', '"Leyla Rəhimova"', ['en1', 'az1']],
  ['phrase + prefix', '"film fest"*', ['en3']],
  // Three keys or more: key pairs give candidates, positions decide. en3 holds "film festival"
  // and "festival screenings", never the three in a row.
  ['phrase of three', '"festival screenings start"', ['en3']],
  ['phrase of three', '"film festival screenings"', []],
  ['phrase of three', '"museum in Baku will stay"', ['en2']],
  ['phrase of three + prefix', '"festival screenings st"*', ['en3']],
  // Punctuation is no boundary: a phrase runs on across the full stop, as it always has.
  ['phrase across punctuation', '"into Azerbaijani dubbing"', ['en1']],
  ['phrase across punctuation', '"nine museums"', ['en2']],
  ['phrase folded ə ş', '"Şəki şəhərində yeni"', ['az1']],
  ['phrase folded ə ş', '"Sheki sheherinde yeni kinoteatr"', ['az1']],
  ['phrase folded ə ş', '"Saki saharinda"', ['az1']],
  // A phrase is written in one convention: ə as e in one word and as a in the next finds nothing.
  ['phrase folded ə ş', '"Seki saharinda"', []],
  ['phrase folded ç x', '"Xalca muzeyinde gece"', ['az2']],
  ['phrase stems ru', '"студии дубляжа открылись"', ['ru1']],
  ['phrase stems ru', '"музеи города следуют"', ['ru2']],
  ['phrase transliterated', '"Leyla Ragimova rasskazala"', ['ru1']],
  ['prefix', 'fest*', ['en3', 'en4', 'az3', 'ru3']],
  ['prefix', 'run*', ['en5']],
  ['prefix', 'museum*', ['en2']],
  // ə may be written e: "season" begins like Şə* read as "se".
  ['prefix', 'Şə*', ['az1', 'en5']],
  ['NEAR', 'festival NEAR/2 film', ['en3', 'en4']],
  ['NEAR', 'festival NEAR/1 film', ['en3']],
  ['NEAR', 'studio NEAR/3 dub', ['en1']],
  ['NEAR', 'dub* NEAR/0 studio', ['en1']],
  ['NEAR', '"film festival" NEAR/3 Baku', ['en3']],
  ['proximity', '"film festival"~2', ['en3', 'en4']],
  ['proximity', '"jury festival"~3', ['en3']],
  ['title:', 'title:festival', ['en3', 'az3']],
  ['title:', 'title:(dubbing OR jury)', ['en1', 'en3']],
  ['title:', 'title:"film festival"', ['en3']],
  ['title:', 'lang:az -title:festival', ['az1', 'az2']],
  ['entity:', 'entity:Rəhimova', ['en1', 'az1']],
  ['entity:', 'entity:"Leyla Rahimova"', ['en1', 'az1']],
  ['entity:', 'entity:Leyla', ['en1', 'az1', 'ru1']],
  ['outlet:', 'outlet:apa', ['az1', 'az2']],
  ['outlet:', 'outlet:APA', ['az1', 'az2']],
  ['outlet:', 'outlet:azer*', ['en1', 'en4']],
  ['source:', 'source:sputnik', ['ru1', 'ru3']],
  ['lang:', 'lang:ru', ['ru1', 'ru2', 'ru3']],
  ['lang:', 'Baku -lang:ru', ['en1', 'en2', 'en3']],
  ['type:', 'type:event', ['en3', 'ru3']],
  ['type:', 'type:place festival', ['en4', 'az3']],
  ['folding ə→a/e', 'Azerbaycan', ['az1']],
  ['folding ə→a/e', 'Azarbaycan', ['az1']],
  ['folding ə→a/e', 'Azərbaycan', ['az1']],
  ['folding ə→a/e', 'Rahimova', ['en1', 'az1']],
  ['folding ş→s/sh', 'Sheki', ['az1']],
  ['folding ş→s/sh', 'Seki', ['az1']],
  ['folding ş→s/sh', 'Shaki', ['az1']],
  ['folding ş→s/sh', 'Şəki', ['az1']],
  ['folding x→kh', 'Khankendi', ['az3']],
  ['folding x→kh', 'Xankendi', ['az3']],
  ['folding ç→c/ch', 'Chingiz', ['az3']],
  ['folding ç→c/ch', 'Cingiz', ['az3']],
  ['folding ç→c/ch, x→kh', 'Khalcha', ['az2']],
  ['folding ç→c/ch', 'Xalca', ['az2']],
  ['transliteration', 'Ragimova', ['ru1']],
  ['transliteration', 'Рагимова', ['ru1']],
  ['transliteration', 'опенинг', ['en2']],
  ['transliteration', 'Muzey', ['az2', 'ru2']],
  ['stemming en', 'dub', ['en1', 'en3']],
  ['stemming en', 'museums', ['en2']],
  ['stemming en', 'runs', ['en5']],
  ['stemming en', 'rehearsing', ['en5']],
  ['stemming ru', 'дубляж', ['ru1']],
  ['stemming ru', 'дубляжа', ['ru1']],
  ['stemming ru', 'дубляжом', ['ru1']],
  ['stemming ru', 'музеи', ['ru2']],
  ['stemming az (Turkish stemmer)', 'festivallar', ['az3', 'ru3']],
  // Its Turkish stem "festival" is also the stem of the Russian фестиваля (transliterated); English stems it "festiv".
  ['stemming az (Turkish stemmer)', 'festivalda', ['az3', 'ru3']],
  ['stemming across scripts', 'festival', ['en3', 'en4', 'az3', 'ru3']],
];
