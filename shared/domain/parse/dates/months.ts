/**
 * Month names per language, as data: each list holds the forms a page may write for months 1–12
 * (full names, the inflected forms used after a day number, and common abbreviations). Words
 * are matched lower-cased, without a trailing dot and without Turkish dotted-capital residue.
 * A word must mean the same month in every language that uses it (a unit test holds the tables
 * to that), so one lookup serves a page in any of these languages.
 */

type MonthTable = readonly (readonly string[])[];

export const MONTH_NAMES: Readonly<Record<string, MonthTable>> = {
  en: [
    ['january', 'jan'], ['february', 'feb'], ['march', 'mar'], ['april', 'apr'], ['may'], ['june', 'jun'],
    ['july', 'jul'], ['august', 'aug'], ['september', 'sep', 'sept'], ['october', 'oct'], ['november', 'nov'], ['december', 'dec'],
  ],
  de: [
    ['januar', 'jänner', 'jan', 'jän'], ['februar', 'feber', 'feb'], ['märz', 'maerz', 'mär', 'mrz'], ['april', 'apr'], ['mai'], ['juni', 'jun'],
    ['juli', 'jul'], ['august', 'aug'], ['september', 'sep', 'sept'], ['oktober', 'okt'], ['november', 'nov'], ['dezember', 'dez'],
  ],
  fr: [
    ['janvier', 'janv'], ['février', 'fevrier', 'févr', 'fév'], ['mars'], ['avril', 'avr'], ['mai'], ['juin'],
    ['juillet', 'juil'], ['août', 'aout'], ['septembre', 'sept'], ['octobre', 'oct'], ['novembre', 'nov'], ['décembre', 'decembre', 'déc'],
  ],
  es: [
    ['enero', 'ene'], ['febrero', 'feb'], ['marzo', 'mar'], ['abril', 'abr'], ['mayo', 'may'], ['junio', 'jun'],
    ['julio', 'jul'], ['agosto', 'ago'], ['septiembre', 'setiembre', 'sep', 'sept'], ['octubre', 'oct'], ['noviembre', 'nov'], ['diciembre', 'dic'],
  ],
  it: [
    ['gennaio', 'gen'], ['febbraio', 'feb'], ['marzo', 'mar'], ['aprile', 'apr'], ['maggio', 'mag'], ['giugno', 'giu'],
    ['luglio', 'lug'], ['agosto', 'ago'], ['settembre', 'set'], ['ottobre', 'ott'], ['novembre', 'nov'], ['dicembre', 'dic'],
  ],
  pt: [
    ['janeiro', 'jan'], ['fevereiro', 'fev'], ['março', 'marco', 'mar'], ['abril', 'abr'], ['maio', 'mai'], ['junho', 'jun'],
    ['julho', 'jul'], ['agosto', 'ago'], ['setembro', 'set'], ['outubro', 'out'], ['novembro', 'nov'], ['dezembro', 'dez'],
  ],
  nl: [
    ['januari', 'jan'], ['februari', 'feb'], ['maart', 'mrt'], ['april', 'apr'], ['mei'], ['juni', 'jun'],
    ['juli', 'jul'], ['augustus', 'aug'], ['september', 'sep', 'sept'], ['oktober', 'okt'], ['november', 'nov'], ['december', 'dec'],
  ],
  pl: [
    ['stycznia', 'styczeń', 'sty'], ['lutego', 'luty', 'lut'], ['marca', 'marzec'], ['kwietnia', 'kwiecień', 'kwi'], ['maja', 'maj'], ['czerwca', 'czerwiec', 'cze'],
    ['lipca', 'lipiec', 'lip'], ['sierpnia', 'sierpień', 'sie'], ['września', 'wrzesień', 'wrz'], ['października', 'październik', 'paź'], ['listopada', 'listopad', 'lis'], ['grudnia', 'grudzień', 'gru'],
  ],
  ru: [
    ['января', 'январь', 'янв'], ['февраля', 'февраль', 'фев'], ['марта', 'март', 'мар'], ['апреля', 'апрель', 'апр'], ['мая', 'май'], ['июня', 'июнь', 'июн'],
    ['июля', 'июль', 'июл'], ['августа', 'август', 'авг'], ['сентября', 'сентябрь', 'сен', 'сент'], ['октября', 'октябрь', 'окт'], ['ноября', 'ноябрь', 'ноя'], ['декабря', 'декабрь', 'дек'],
  ],
  uk: [
    ['січня', 'січень'], ['лютого', 'лютий'], ['березня', 'березень'], ['квітня', 'квітень'], ['травня', 'травень'], ['червня', 'червень'],
    ['липня', 'липень'], ['серпня', 'серпень'], ['вересня', 'вересень'], ['жовтня', 'жовтень'], ['листопада', 'листопад'], ['грудня', 'грудень'],
  ],
  az: [
    ['yanvar'], ['fevral'], ['mart'], ['aprel'], ['may'], ['iyun'],
    ['iyul'], ['avqust'], ['sentyabr'], ['oktyabr'], ['noyabr'], ['dekabr'],
  ],
  tr: [
    ['ocak', 'oca'], ['şubat', 'subat', 'şub'], ['mart'], ['nisan', 'nis'], ['mayıs', 'mayis'], ['haziran', 'haz'],
    ['temmuz', 'tem'], ['ağustos', 'agustos', 'ağu'], ['eylül', 'eylul', 'eyl'], ['ekim', 'eki'], ['kasım', 'kasim', 'kas'], ['aralık', 'aralik', 'ara'],
  ],
};

/** Lower-case form used for lookups ("NİSAN" → "nisan", "Sept." → "sept"). */
export function monthKey(word: string): string {
  return word.toLowerCase().replace(/\u0307/g, '').replace(/\.$/, '');
}

function buildIndex(): Map<string, number> {
  const index = new Map<string, number>();
  for (const table of Object.values(MONTH_NAMES)) {
    table.forEach((forms, i) => {
      for (const form of forms) index.set(monthKey(form), i + 1);
    });
  }
  return index;
}

const INDEX = buildIndex();

/** Month number 1–12 of a month word in any of the tables' languages, else undefined. */
export function monthNumber(word: string): number | undefined {
  return INDEX.get(monthKey(word));
}

/** Every month word known, for building the text patterns. */
export function monthWords(): string[] {
  return [...INDEX.keys()];
}
