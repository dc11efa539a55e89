/**
 * Place gazetteer, from general public knowledge only: UN member states and common short forms,
 * world capitals and large or culturally prominent cities, Azerbaijan's cities and districts
 * (the administrative division as published by the State Statistical Committee, in the usual
 * English transliteration), Baku's districts, and broad regions. Stored folded (foldName), so
 * "Şəki", "Shaki" and "Шеки"-style spellings of the same entry need listing only where the
 * transliteration differs. Landmarks are not listed: cue words ("Tower", "Square") cover them.
 */
const COUNTRIES = `afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan
bahamas bahrain bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia and herzegovina
botswana brazil brunei bulgaria burkina faso burundi cambodia cameroon canada cape verde chad chile china
colombia comoros congo costa rica croatia cuba cyprus czechia czech republic denmark djibouti dominica
dominican republic ecuador egypt el salvador eritrea estonia eswatini ethiopia fiji finland france gabon
gambia georgia germany ghana greece grenada guatemala guinea guinea bissau guyana haiti honduras hungary
iceland india indonesia iran iraq ireland israel italy jamaica japan jordan kazakhstan kenya kiribati kuwait
kyrgyzstan kyrgyz republic laos latvia lebanon lesotho liberia libya liechtenstein lithuania luxembourg
madagascar malawi malaysia maldives mali malta mauritania mauritius mexico moldova monaco mongolia
montenegro morocco mozambique myanmar namibia nepal netherlands new zealand nicaragua niger nigeria
north korea north macedonia norway oman pakistan palestine panama paraguay peru philippines poland portugal
qatar romania russia russian federation rwanda saudi arabia senegal serbia seychelles sierra leone singapore
slovakia slovenia somalia south africa south korea spain sri lanka sudan suriname sweden switzerland syria
tajikistan tanzania thailand togo tunisia turkey turkiye turkmenistan uganda ukraine united arab emirates
united kingdom great britain britain england scotland wales united states united states of america usa uk
uruguay uzbekistan vatican venezuela vietnam yemen zambia zimbabwe kosovo taiwan northern cyprus
korea ussr soviet union ssri sssr`;

const CITIES = `baku ganja sumgait sumqayit mingachevir mingecevir shirvan nakhchivan lankaran shaki sheki shusha yevlakh
khankendi naftalan agdam agdash agjabadi agstafa agsu astara babek balakan barda beylagan bilasuvar dashkasan
fuzuli gadabay goranboy goychay goygol hajigabul imishli ismayilli jabrayil jalilabad julfa kalbajar kangarli
khachmaz khizi khojaly khojavend kurdamir lachin lerik masally neftchala oghuz ordubad gabala qabala gakh
gazakh gobustan guba quba gubadli gusar saatly sabirabad sadarak salyan samukh shabran shahbuz shamakhi
shamkir sharur siyazan tartar tovuz ujar yardimli zangilan zagatala zaqatala zardab sabail nasimi yasamal
narimanov khatai binagadi garadagh khazar surakhani sabunchu pirallahi mardakan buzovna novkhani
icherisheher absheron karabakh east zangezur zangezur
moscow saint petersburg st petersburg kazan novosibirsk yekaterinburg kyiv kiev kharkiv odesa odessa minsk
tbilisi batumi kutaisi yerevan tehran tabriz isfahan shiraz mashhad ankara istanbul izmir bursa antalya
konya tashkent samarkand bukhara khiva astana nur sultan almaty bishkek dushanbe ashgabat ulaanbaatar kabul
islamabad lahore karachi delhi new delhi mumbai kolkata beijing shanghai hong kong tokyo osaka kyoto seoul
hanoi bangkok jakarta kuala lumpur manila singapore cairo alexandria tunis algiers rabat casablanca
marrakesh riyadh jeddah mecca medina doha dubai abu dhabi muscat kuwait city manama amman damascus beirut
baghdad jerusalem tel aviv london manchester liverpool edinburgh glasgow dublin paris marseille lyon nice
cannes berlin munich hamburg frankfurt cologne vienna salzburg prague bratislava budapest warsaw krakow
vilnius riga tallinn helsinki stockholm oslo copenhagen amsterdam rotterdam the hague brussels luxembourg
bern geneva zurich lausanne rome milan venice florence naples turin madrid barcelona seville valencia
lisbon porto athens thessaloniki sofia bucharest belgrade zagreb ljubljana sarajevo podgorica skopje tirana
chisinau nicosia valletta reykjavik washington new york los angeles chicago boston san francisco miami
toronto montreal vancouver ottawa mexico city havana buenos aires rio de janeiro sao paulo brasilia
lima santiago bogota caracas sydney melbourne canberra wellington auckland nairobi lagos johannesburg
cape town addis ababa dakar accra venice berlinale`;

const REGIONS = `europe asia africa america north america south america latin america oceania middle east
central asia caucasus south caucasus north caucasus balkans scandinavia siberia anatolia crimea
persian gulf caspian sea black sea mediterranean`;

function toSet(...lists: string[]): ReadonlySet<string> {
  const out = new Set<string>();
  for (const list of lists) {
    // Multi-word entries are separated from the next by a line break or by being known pairs;
    // simplest: every entry of one word, plus the multi-word entries listed below.
    for (const w of list.split(/\s+/)) if (w) out.add(w);
  }
  return out;
}

/** Multi-word entries (folded). Single words come from the lists above. */
const MULTI_WORD = [
  'bosnia and herzegovina', 'burkina faso', 'cape verde', 'costa rica', 'czech republic', 'dominican republic',
  'el salvador', 'guinea bissau', 'kyrgyz republic', 'new zealand', 'north korea', 'north macedonia',
  'russian federation', 'saudi arabia', 'sierra leone', 'south africa', 'south korea', 'sri lanka',
  'united arab emirates', 'united kingdom', 'great britain', 'united states', 'united states of america',
  'northern cyprus', 'soviet union', 'east zangezur', 'saint petersburg', 'st petersburg', 'nur sultan',
  'new delhi', 'hong kong', 'kuala lumpur', 'abu dhabi', 'kuwait city', 'tel aviv', 'the hague', 'new york',
  'los angeles', 'san francisco', 'mexico city', 'buenos aires', 'rio de janeiro', 'sao paulo', 'cape town',
  'addis ababa', 'north america', 'south america', 'latin america', 'middle east', 'central asia',
  'south caucasus', 'north caucasus', 'persian gulf', 'caspian sea', 'black sea',
  // Azerbaijani and Russian spellings of the most frequent entries (folded).
  'azerbaycan', 'baki', 'gence', 'susa', 'seki', 'lenkeran', 'naxcivan', 'qarabag', 'icerisheher', 'icerisehere',
  'azerbaydzhan', 'baku', 'moskva', 'shusha', 'gyandzha', 'sheki', 'rossiya', 'turtsiya', 'parizh', 'london',
  'tbilisi', 'tashkent', 'ankara', 'stambul', 'karabakh', 'nakhchyvan', 'turkiye', 'fransa', 'italiya',
  'almaniya', 'rusiya', 'turkiye', 'gurcustan', 'ozbekistan', 'qazaxistan',
];

const SINGLE = toSet(COUNTRIES, CITIES, REGIONS);
/** Words that appear in the lists only as parts of multi-word entries. */
const PARTS_ONLY = new Set([
  'and', 'of', 'the', 'new', 'north', 'south', 'east', 'west', 'central', 'united', 'states', 'kingdom', 'great',
  'saint', 'st', 'city', 'republic', 'federation', 'union', 'soviet', 'arab', 'emirates', 'america', 'sea', 'gulf',
  'de', 'cape', 'town', 'los', 'san', 'sao', 'rio', 'el', 'sri', 'costa', 'rica', 'sierra', 'leone', 'hong', 'kong',
  'tel', 'aviv', 'abu', 'dhabi', 'kuala', 'lumpur', 'nur', 'sultan', 'addis', 'ababa', 'buenos', 'aires', 'janeiro',
  'paulo', 'the', 'hague', 'york', 'angeles', 'francisco', 'delhi', 'zealand', 'macedonia', 'korea', 'africa',
  'arabia', 'verde', 'faso', 'bissau', 'salvador', 'herzegovina', 'middle', 'caucasus', 'persian', 'caspian',
  'black', 'northern', 'britain', 'dominican', 'czech', 'kyrgyz', 'russian', 'saudi', 'latin', 'zangezur',
  'petersburg',
]);

const PLACES: ReadonlySet<string> = new Set([
  ...[...SINGLE].filter((w) => !PARTS_ONLY.has(w)),
  ...MULTI_WORD,
  'delhi', 'korea', 'africa', 'america', 'britain', 'caucasus', 'zangezur', 'new york',
]);

/** True when the folded name is a known place. */
export function isKnownPlace(folded: string): boolean {
  return PLACES.has(folded);
}

/**
 * Russian and Azerbaijani names of countries and major cities (folded transliteration), from
 * general knowledge, for texts in those languages.
 */
const RU_AZ = `rossiya turtsiya germaniya frantsiya italiya ispaniya angliya velikobritaniya ssha amerika kitay yaponiya
koreya indiya iran irak izrail pakistan gruziya armeniya belarus ukraina moldova litva latviya estoniya polsha
chekhiya avstriya shveytsariya norvegiya shvetsiya finlyandiya daniya gollandiya niderlandy belgiya gretsiya
bolgariya rumyniya vengriya serbiya egipet marokko kanada meksika braziliya argentina avstraliya kazakhstan
uzbekistan kyrgyzstan turkmenistan tadzhikistan afganistan mongoliya saudovskaya araviya oae katar kuveyt
azerbaydzhan baku gyandzha sumgait shusha sheki lenkoran nakhchyvan karabakh moskva sankt peterburg kazan
stambul ankara tbilisi erevan tegeran tashkent almaty astana bishkek dushanbe ashkhabad parizh london berlin
rim vena praga varshava madrid kiev minsk riga vilnyus tallin bursa izmir antaliya
rusiya turkiye almaniya fransa italiya ispaniya ingiltere boyuk britaniya abs amerika cin yaponiya koreya
hindistan iran iraq israil pakistan gurcustan ermenistan belarus ukrayna litva latviya estoniya polsa cexiya
avstriya isvecre norvec isvec finlandiya danimarka niderland belcika yunanistan bolqaristan ruminiya macaristan
serbiya misir marakes kanada meksika braziliya argentina avstraliya qazaxistan ozbekistan qirgizistan
turkmenistan tacikistan eferistan monqolustan baki gence sumqayit susa seki lenkeran naxcivan qarabag
moskva istanbul ankara tiflis irevan tehran daskend paris london berlin roma vyana praqa varsava madrid
kiyev minsk`;

const RU_AZ_MULTI = ['velikobritaniya', 'saudovskaya araviya', 'sankt peterburg', 'yuzhnaya koreya', 'severnaya koreya', 'boyuk britaniya', 'cenubi koreya'];
const RU_AZ_SET: ReadonlySet<string> = new Set([...RU_AZ.split(/\s+/).filter((w) => w && !['saudovskaya', 'araviya', 'sankt', 'peterburg', 'boyuk', 'britaniya'].includes(w)), ...RU_AZ_MULTI]);

/** Place lookup that also knows Russian and Azerbaijani names. */
export function isKnownPlaceAnyLanguage(folded: string): boolean {
  return PLACES.has(folded) || RU_AZ_SET.has(folded);
}

/** Adjective forms of Russian place names in two-word entries: "yuzhnuyu koreyu" → "yuzhnaya koreya". */
export function russianAdjectiveNominative(folded: string): string {
  return folded.replace(/(uyu|oy|ey|uyu)\b/g, 'aya').replace(/yu\b/g, 'ya');
}

/**
 * Azerbaijani Latin spellings of the listed places, read through their folded skeleton: folding
 * drops ş/ç/ə, so "Şamaxı" (samaxi), "Cəlilabad" (celilabad) and "Gəncə" (gence) meet the
 * English forms Shamakhi, Jalilabad, Ganja when sh/kh/ch/j/q/e are written alike on both sides.
 */
function skeleton(folded: string): string {
  return folded.replace(/sh/g, 's').replace(/kh/g, 'x').replace(/ch/g, 'c').replace(/gh/g, 'g').replace(/j/g, 'c').replace(/q/g, 'g').replace(/e/g, 'a');
}

let skeletons: ReadonlyMap<string, string> | undefined;

/** The listed (English) form of a place written in Azerbaijani Latin letters (folded): "samaxi" → shamakhi. */
export function azerbaijaniSpelledPlace(folded: string): string | undefined {
  // Folded Russian and English spellings write sh/kh/ch/zh/ts; Azerbaijani Latin never does.
  if (folded.length < 4 || folded.includes(' ') || /sh|kh|ch|zh|ts/.test(folded)) return undefined;
  skeletons ??= new Map([...PLACES].filter((p) => !p.includes(' ')).map((p) => [skeleton(p), p] as const));
  return skeletons.get(skeleton(folded));
}

export function isAzerbaijaniSpelledPlace(folded: string): boolean {
  return azerbaijaniSpelledPlace(folded) !== undefined;
}
