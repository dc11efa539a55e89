/**
 * The language of a page whose markup does not declare one (no <html lang>, no inLanguage, no
 * og:locale): detected from its text with franc-min (trigram profiles of the 82 most spoken
 * languages, plus script detection for Chinese, Japanese, Korean, Greek, Thai…). franc answers
 * ISO 639-3; pages and the index use BCP 47 primary tags, which are ISO 639-1 where one exists.
 */
import { francLanguage } from './language-trigrams.js';

/** ISO 639-3 → ISO 639-1 for franc-min's languages that have a two-letter code. */
const TWO_LETTER: Readonly<Record<string, string>> = {
  amh: 'am', arb: 'ar', azj: 'az', bel: 'be', ben: 'bn', bos: 'bs', bul: 'bg', ces: 'cs', ckb: 'ku', cmn: 'zh',
  deu: 'de', ell: 'el', eng: 'en', fra: 'fr', fuv: 'ff', guj: 'gu', hau: 'ha', hin: 'hi', hrv: 'hr', hun: 'hu',
  ibo: 'ig', ind: 'id', ita: 'it', jav: 'jv', jpn: 'ja', kan: 'kn', kaz: 'kk', kin: 'rw', kor: 'ko', lin: 'ln',
  mal: 'ml', mar: 'mr', mya: 'my', nld: 'nl', npi: 'ne', nya: 'ny', pan: 'pa', pbu: 'ps', pes: 'fa', plt: 'mg',
  pol: 'pl', por: 'pt', ron: 'ro', run: 'rn', rus: 'ru', sin: 'si', som: 'so', spa: 'es', srp: 'sr', sun: 'su',
  swe: 'sv', swh: 'sw', tam: 'ta', tel: 'te', tgl: 'tl', tha: 'th', tur: 'tr', ukr: 'uk', urd: 'ur', uzn: 'uz',
  vie: 'vi', yor: 'yo', zlm: 'ms', zul: 'zu',
};

/** Shorter texts are too little evidence: a title alone often reads as a neighbouring language. */
export const MIN_DETECTION_CHARS = 120;
/**
 * Trigram counts settle long before this; more text only costs time (franc compares every
 * distinct trigram with every language of the script). On the 918 development bodies, the first
 * 1,000 characters give the language of the first 4,000 on all but 3, at two thirds of the cost.
 */
const MAX_DETECTION_CHARS = 1_000;

/** The primary language tag of a text ("az", "de", or a three-letter code without a two-letter one), else "und". */
export function detectLanguage(text: string): string {
  const sample = text.length > MAX_DETECTION_CHARS ? text.slice(0, MAX_DETECTION_CHARS) : text;
  if (sample.trim().length < MIN_DETECTION_CHARS) return 'und';
  const code = francLanguage(sample, MIN_DETECTION_CHARS);
  if (code === 'und') return 'und';
  return TWO_LETTER[code] ?? code;
}
