/**
 * Closed word lists the extractor reasons with. All entries are folded (foldName) words.
 * Cue words name the kind of thing a capitalised span is ("... Agency" is an organisation);
 * title words make a role, never an entity; stop words are capitalised only by position.
 */
import type { EntityType } from '../model.js';

const words = (s: string): ReadonlySet<string> => new Set(s.split(/\s+/).filter(Boolean));

export const ORG_CUES = words(`ministry ministries agency union fund guild center centre studio studios theatre theater
museum philharmonic university conservatory academy institute foundation council committee association party
department authority library cabinet organization organisation federation company syndicate architects
orchestra ensemble band choir palace gallery school college society channel corporation bank club service
office administration assembly parliament embassy consulate network television radio tv group holding trust
bureau commission inc llc ltd press publishing archive circus secretariat chamber court lyceum space
ojsc cjsc jsc plc gmbh mmc asc
house-museum agentliyi nazirliyi teatri teatr muzeyi birliyi ittifaqi fondu merkezi universiteti
akademiyasi institutu kitabxanasi filarmoniyasi orkestri ansambli studiyasi komitesi idaresi qurumu
ministerstvo agentstvo soyuz fond tsentr teatr muzey universitet akademiya institut biblioteka filarmoniya
orkestr ansambl studiya komitet upravlenie obshchestvo assotsiatsiya`);

export const EVENT_CUES = words(`festival festivals forum conference days day week award awards prize competition contest
exhibition expo symposium biennale biennial summit ceremony concert gala olympiad games championship cup fair prix
congress talks readings marathon tournament evenings decade jubilee war festivali festivali sergisi sergi
forumu konfransi musabiqesi gunleri gunu heftesi festival vystavka konkurs forum konferentsiya
den dni nedelya premiya`);

export const PROJECT_CUES = words(`project projects programme program strategy plan initiative campaign concept roadmap
layihesi layihe proqrami strategiyasi proekt programma strategiya`);

export const PLACE_CUES = words(`square street avenue boulevard tower mausoleum mosque church cathedral castle fortress park
plain plains mountain mountains river lake island valley region district province village garden bridge gate
caravanserai bazaar quarter gorge peninsula house reserve`);

/** Lower-case words after a quoted or capitalised name that say what it names. */
export const TRAILING_ORG_CUES = words(`band group ensemble orchestra studio company theatre theater choir club agency union
newspaper magazine channel publishing trio quartet quintet`);
export const TRAILING_EVENT_CUES = words(`festival exhibition competition contest forum concert conference ceremony show
event evening program programme`);
export const TRAILING_PROJECT_CUES = words(`project programme initiative campaign`);
export const TRAILING_WORK_CUES = words(`film movie play opera ballet book novel poem song album tragedy comedy series
documentary cartoon musical painting carpet collection poema pyesi filmi tamasa tamasasi kitabi romani operasi`);

/** Words before a quoted name that say what it names (the nearest one wins). */
export const LEADING_CUES: ReadonlyMap<string, EntityType> = new Map<string, EntityType>([
  ...[...words('project projects programme program initiative campaign plan strategy roadmap concept layihesi')].map((w) => [w, 'project'] as const),
  ...[...words(`festival exhibition competition contest forum conference ceremony event concert discussion panel
    talks themed evening show program`)].map((w) => [w, 'event'] as const),
  ...[...words(`film films movie movies play plays opera ballet book books novel poem poems song songs album tragedy
    composition compositions piece pieces mugham mughams symphony suite concerto sonata
    comedy comedies series documentary cartoon musical painting carpet carpets production performance performances
    drama poema story stories spectacle staging`)].map((w) => [w, 'work'] as const),
  ...[...words('band group ensemble orchestra studio company theatre newspaper magazine channel publisher')].map(
    (w) => [w, 'organisation'] as const,
  ),
]);

/** Role and title words: they make roles, and are not names. */
export const TITLE_WORDS = words(`president chairman chairwoman chairperson chair minister head director
rector secretary coordinator advisor adviser lady leader ambassador professor prof dr mr mrs ms
sir baroness lord academician governor mayor spokesman spokeswoman spokesperson representative member manager
founder editor curator producer laureate chief ceo consul envoy speaker commissioner
officer artist artists writer writers poet worker workers teacher doctor pianist composer
conductor singer actor actress soloist organizer organiser host moderator author deputy artisti direktor
direktoru rejissor rejissoru nazir sedr sedri ministr predsedatel rezhisser artistka artisty artist`);

/** Words that start a role only when a title follows: "First Deputy", "Artistic Director". */
export const TITLE_MODIFIERS = words(`vice deputy acting first artistic art creative managing executive senior leading principal
honorary honored honoured merited general national great prime people s emekdar xalq zasluzhennyy
zasluzhennaya zasluzhennogo narodnyy narodnaya narodnogo narodnoy`);

/** Titles that alone prove the name after them is a person's. */
export const PERSON_TITLES = words(`president chairman chairwoman chairperson chair minister head director rector secretary
coordinator advisor adviser ambassador professor prof dr mr mrs ms sir baroness lord academician governor mayor
spokesman representative manager founder editor curator producer laureate chief ceo consul envoy speaker
commissioner officer artist artists writer poet worker workers teacher leader lady pianist composer conductor
singer actor actress soloist moderator author deputy`);

/** Honorific phrases (folded) stripped from names: "People's Artist Rasim Balayev". */
export const HONORIFICS: readonly string[] = [
  'people s artist of azerbaijan', 'people s artists', 'people s artist', 'people s writer', 'people s poet',
  'honored art worker', 'honoured art worker', 'honored cultural workers', 'honored cultural worker',
  'honored worker of culture', 'honoured worker of culture', 'honored artists', 'honoured artists',
  'honored artist of azerbaijan', 'honored artist', 'honoured artist', 'honored teacher', 'merited artist',
  'national leader', 'great leader', 'first lady', 'first lady of azerbaijan', 'academician', 'professor', 'prof',
  'dr', 'mr', 'mrs', 'ms', 'sir', 'baroness', 'lord', 'maestro', 'xalq artisti', 'emekdar artist',
  'emekdar incesenet xadimi', 'xalq yazicisi', 'xalq sairi', 'narodnyy artist', 'zasluzhennyy artist',
  'umummilli lider', 'ulu onder', 'obshchenatsionalnyy lider', 'obshchenatsionalnogo lidera',
];

/** Words that only modify a cue word; a span made of them and cues is generic ("Public Union"). */
export const GENERIC_MODIFIERS = words(`public the of and a deputy first this that its our their his her`);

/** Capitalised only by position or in headings: never part of a name at its edges. */
export const STOP_CAPS = words(`the a an this that these those it its in on at by for from with of to as and but or if
when while after before during since until also then next further furthermore moreover meanwhile however thus
therefore besides additionally notably note currently today yesterday tomorrow here there according among amid
amidst against speaking addressing following over under within both each every all many several some other
another such his her their our my your we he she they i you who what which where how why yes no not only even
just so back first second third last finally earlier later now once twice one two three four five six seven
eight nine ten read more follow us part photo photos video source related share via click see about up
his hers its years year various edition latest top main home print email whatsapp telegram comments
monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
september october november december jan feb mar apr jun jul aug sep sept oct nov dec utc gmt am pm
mr mrs ms dr said says will would can could should may might must shall
v vo na s so k po iz ot do za o ob pri dlya i a no kak chto eto etot eta etom takzhe krome sredi posle kogda gde vse
bu bir ve ile hemcinin bele bunun onun daha sonra hemin`);

/**
 * Common English words that news writes in Title Case (headings, programme names, topics). A
 * capitalised pair made of them has a name's shape but is no person: "Sustainable Development",
 * "Golden Garnet", "Cultural Heritage".
 */
export const COMMON_TITLE_WORDS = words(`heritage cultural culture creative industries industry relations media social digital modern
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
island islands lake river mountain mountains sea seas land lands road roads way ways bridge bridges tower`);

/** Month names (EN, AZ, RU folded) — dates are not entities. */
export const MONTHS = words(`january february march april may june july august september october november december
yanvar fevral mart aprel may iyun iyul avqust sentyabr oktyabr noyabr dekabr yanvarin fevralin martin aprelin
mayin iyunun iyulun avqustun sentyabrin oktyabrin noyabrin dekabrin yanvarya fevralya marta aprelya maya
iyunya iyulya avgusta sentyabrya oktyabrya noyabrya dekabrya`);

/** Stop words stripped from the front of a chunk anywhere (others only at a sentence start). */
export const ALWAYS_STRIP = words('the a an this that these those his her its their our my your its');

/** Domain nouns that end an organisation name or a role topic ("Minister of Culture and Tourism"). */
export const TOPIC_WORDS = words(`culture tourism education science sciences youth sport sports health economy finance
research arts art literature music heritage cinema film theatre theater critics affairs development industry
industries information communications transport energy`);

/** Nationality and language adjectives: not entities (EN), also as the first word of a role. */
export const NATIONALITIES = words(`azerbaijani turkish russian british french american german italian georgian iranian
uzbek kazakh kyrgyz turkmen turkic ukrainian chinese japanese korean indian arab arabic persian venezuelan
spanish polish european asian soviet english parisian caucasian islamic muslim christian israeli egyptian
pakistani hungarian czech austrian swiss dutch belgian greek romanian bulgarian serbian croatian belarusian
latvian lithuanian estonian moldovan armenian afghan tajik mongolian canadian mexican brazilian argentine
cuban portuguese swedish norwegian danish finnish irish scottish welsh australian african moroccan algerian
tunisian saudi qatari emirati kuwaiti omani jordanian syrian lebanese iraqi indonesian malaysian thai
vietnamese filipino latin greek jewish nordic western eastern oriental azeri`);

/** Reporting verbs after an outlet's name: "Trend reports", "Report informs". */
export const REPORTING_VERBS = words('reports reported informs informed writes wrote says said cites citing told');

/** Upper-case tokens that are not organisation acronyms. */
export const NON_ORG_CAPS = words(`baku foto photo photos video videos utc gmt am pm tv ok covid news live update upd
ii iii iv vi vii viii ix xi xii xiii xiv xv xvi xvii xviii xix xx xxi usa uk uae ussr ceo vip dj mc faq pdf
i v x`);

export const ROMAN_NUMERAL = /^(?=[IVXLC])M{0,3}(C[MD]|D?C{0,3})(X[CL]|L?X{0,3})(I[XV]|V?I{0,3})$/;
