/**
 * Text preparation and tokenisation for extraction: look-alike letters folded, hard-wrapped
 * lines joined, paragraphs cut into sentences of tokens, quoted stretches located.
 */
import { foldHomoglyphs, foldText } from '../text/fold.js';
import { ABBREVIATIONS, languageOf, type LanguageProfile } from './languages/index.js';

export interface Token {
  readonly text: string;
  /** foldName(text) without possessive "'s". */
  readonly key: string;
  readonly start: number;
  readonly end: number;
  readonly kind: 'word' | 'initial' | 'number' | 'punct' | 'quote';
  /** Starts with an upper-case letter (or is a web-domain name such as "1news.az"). */
  readonly cap: boolean;
  readonly allCaps: boolean;
  /** "Azerbaijan's": the name ends here and governs the next noun. */
  readonly possessive: boolean;
  /** First word of its sentence. */
  readonly sentStart: boolean;
  /** Index of the quoted stretch this token lies in, or -1. */
  readonly quote: number;
  /** The document's language marks case with endings (its profile's morphology): cue words and places may carry them. */
  readonly inflected: boolean;
}

export interface Quoted {
  readonly index: number;
  /** Token index range [from, to) of the content. */
  readonly from: number;
  readonly to: number;
}

export interface Sentence {
  readonly tokens: readonly Token[];
  readonly text: string;
  /** The paragraph reads like a title-case heading (most words capitalised). */
  readonly heading: boolean;
  /** The paragraph reads as prose (ends with . ! ? : or a quote, or is long), not as a headline. */
  readonly closed: boolean;
}

export interface Prepared {
  readonly text: string;
  /** The language profile the document is written in. */
  readonly language: LanguageProfile;
  readonly sentences: readonly Sentence[];
  readonly quotes: readonly (Quoted & { readonly sentence: number })[];
}


/**
 * Hard-wrapped texts (MENAFN) break lines inside sentences and names. A line break is joined
 * when the document is wrapped (most single-broken lines do not end a sentence and are long),
 * or always when the next line starts in lower case after a line with no sentence end.
 */
export function unwrapLines(text: string): string {
  const lines = text.split('\n');
  const broken = lines.filter((l, i) => l.trim() !== '' && (lines[i + 1] ?? '').trim() !== '');
  const open = broken.filter((l) => !/[.!?:"”»]\s*$/.test(l));
  const meanLength = broken.reduce((n, l) => n + l.length, 0) / Math.max(1, broken.length);
  const wrapped = broken.length >= 6 && open.length / broken.length >= 0.5 && meanLength >= 30;
  let out = lines[0] ?? '';
  for (let i = 1; i < lines.length; i++) {
    const prev = lines[i - 1] ?? '';
    const line = lines[i] ?? '';
    const join =
      prev.trim() !== '' &&
      line.trim() !== '' &&
      !/[.!?:"”»]\s*$/.test(prev) &&
      (wrapped || /^\s*\p{Ll}/u.test(line));
    out += join ? ` ${line.trimStart()}` : `\n${line}`;
  }
  return out;
}

const TOKEN_RE =
  /((?:\p{Lu}\.){1,3}(?=\s?\p{Lu}))|((?:St|Dr|Mr|Mrs|Ms|Prof|Jr|Mt)\.)|(\p{N}+(?:[.,:\-–/]\p{N}+)*(?:-?[\p{L}]+)?)|([\p{L}\p{N}]+(?:[-'’`][\p{L}\p{N}]+)*(?:(?<=s)['’](?![\p{L}]))?)|([“”«»„"])|(\S)/gu;

/** Web domains written as names: "REPORT.AZ", "Day.Az", "1news.az". */
const TLD = /^(?:az|com|ru|org|net|tv|info|uz|tr|ge|kz|ua|by)$/i;

function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** Locate quote pairs in a paragraph: curly/guillemet by direction, straight quotes toggle. */
function quoteRanges(tokens: readonly { text: string; kind: string }[]): [number, number][] {
  const ranges: [number, number][] = [];
  let open = -1;
  tokens.forEach((t, i) => {
    if (t.kind !== 'quote') return;
    const opener = t.text === '“' || t.text === '«' || t.text === '„';
    const closer = t.text === '”' || t.text === '»';
    if (open < 0 && (opener || t.text === '"')) open = i;
    else if (open >= 0 && (closer || t.text === '"' || (t.text === '“' && tokens[open]?.text === '„'))) {
      ranges.push([open, i]);
      open = -1;
    } else if (opener) open = i;
  });
  return ranges;
}

interface RawToken {
  text: string;
  start: number;
  end: number;
  kind: Token['kind'];
}

function rawTokens(paragraph: string, offset: number): RawToken[] {
  const out: RawToken[] = [];
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(paragraph); m !== null; m = TOKEN_RE.exec(paragraph)) {
    const text = m[0];
    const start = offset + m.index;
    const kind: Token['kind'] =
      m[1] !== undefined ? 'initial' : m[3] !== undefined ? 'number' : m[5] !== undefined ? 'quote' : m[6] !== undefined ? 'punct' : 'word';
    const dot = out[out.length - 1];
    const name = out[out.length - 2];
    if (dot?.text === '.' && kind === 'word' && dot.start === start - 1 && name && name.end === dot.start && name.kind !== 'punct' && name.kind !== 'quote' && TLD.test(text)) {
      out.length -= 2;
      out.push({ text: name.text + '.' + text, start: name.start, end: start + text.length, kind: 'word' });
      continue;
    }
    out.push({ text, start, end: start + text.length, kind });
  }
  return out;
}

interface WordInfo {
  readonly key: string;
  readonly cap: boolean;
  readonly allCaps: boolean;
  readonly possessive: boolean;
}

/** Token properties depend on the text alone; documents repeat words, so remember them. */
const INFO_LIMIT = 20_000;
const wordMemo = new Map<string, WordInfo>();
const otherMemo = new Map<string, WordInfo>();

function wordInfo(text: string, kind: Token['kind']): WordInfo {
  const infoMemo = kind === 'word' ? wordMemo : otherMemo;
  const memoKey = kind === 'word' ? text : `${kind}:${text}`;
  const hit = infoMemo.get(memoKey);
  if (hit) return hit;
  const word = kind === 'word' || kind === 'initial';
  // "People's Artist" is a title, not a possessive.
  const possessive = kind === 'word' && /['’]s$/i.test(text) && !/^people['’]s$/i.test(text);
  const base = possessive ? text.slice(0, -2) : text;
  const info: WordInfo = {
    key: foldText(base),
    cap: (word && isUpper(text.charAt(0))) || (kind === 'word' && /\.(az|com|ru|org|net|tv)$/i.test(text)),
    allCaps: word && /\p{Lu}/u.test(base) && base === base.toUpperCase() && /\p{L}{2,}/u.test(base),
    possessive,
  };
  if (infoMemo.size >= INFO_LIMIT) infoMemo.clear();
  infoMemo.set(memoKey, info);
  return info;
}

function isSentenceEnd(tokens: readonly RawToken[], i: number, inQuote: boolean): boolean {
  const t = tokens[i];
  if (!t || t.kind !== 'punct' || !/^[.!?…]$/.test(t.text) || inQuote) return false;
  const prev = tokens[i - 1];
  if (t.text === '.' && prev && prev.kind === 'word' && ABBREVIATIONS.has(prev.text.toLowerCase())) return false;
  const next = tokens[i + 1];
  return next === undefined || next.kind !== 'punct' || /[“"«(—–-]/.test(next.text);
}

/** Prepare a text: fold look-alikes, unwrap, tokenise into sentences. */
export function prepare(input: string): Prepared {
  let text = input.includes('\r') ? input.replace(/\r\n?/g, '\n') : input;
  if (ODD_SPACE.test(text)) text = text.replace(ODD_SPACE_G, ' ');
  text = unwrapLines(foldHomoglyphs(text));
  // "director-Nijat Mirzazade": a role glued to a name by a hyphen.
  if (GLUED_ROLE.test(text)) text = text.replace(/(?<![\p{L}])(\p{Ll}{3,})-(?=\p{Lu}\p{Ll})/gu, '$1 - ');
  const language = languageOf(text);
  const out: Builder = { text, sentences: [], quotes: [], quoteCount: 0, inflected: language.morphology === 'case-endings' };
  let offset = 0;
  for (const paragraph of text.split('\n')) {
    const raw = rawTokens(paragraph, offset);
    offset += paragraph.length + 1;
    if (raw.length > 0) addParagraph(out, paragraph, raw);
  }
  return { text, language, sentences: out.sentences, quotes: out.quotes };
}

const ODD_SPACE = /[\u00a0\u2007\u202f\t]/;
const ODD_SPACE_G = /[\u00a0\u2007\u202f\t]/g;
const GLUED_ROLE = /\p{Ll}-\p{Lu}\p{Ll}/u;

interface Builder {
  readonly inflected: boolean;
  readonly text: string;
  readonly sentences: Sentence[];
  readonly quotes: (Quoted & { sentence: number })[];
  quoteCount: number;
}

interface ParagraphQuote {
  readonly index: number;
  readonly a: number;
  readonly b: number;
}

function addParagraph(out: Builder, paragraph: string, raw: readonly RawToken[]): void {
  const quoteOf = new Array<number>(raw.length).fill(-1);
  const paragraphQuotes: ParagraphQuote[] = [];
  for (const [a, b] of quoteRanges(raw)) {
    const index = out.quoteCount++;
    for (let k = a + 1; k < b; k++) quoteOf[k] = index;
    paragraphQuotes.push({ index, a, b });
  }
  let wordCount = 0;
  let capCount = 0;
  for (const t of raw) {
    if (t.kind !== 'word') continue;
    wordCount++;
    if (isUpper(t.text.charAt(0))) capCount++;
  }
  // Headlines are short and unpunctuated; a long paragraph cut off mid-sentence is still prose.
  const closed = /[.!?:"”»)]\s*$/.test(paragraph) || paragraph.length >= 150;
  const heading = wordCount >= 3 && capCount / wordCount >= 0.7 && !/[.!?]\s*$/.test(paragraph);

  let current: Token[] = [];
  let sentenceStartRaw = 0;
  let expectStart = true;
  for (let i = 0; i < raw.length; i++) {
    const t = raw[i] as RawToken;
    const word = t.kind === 'word' || t.kind === 'initial';
    const info = wordInfo(t.text, t.kind);
    current.push({
      text: t.text,
      key: info.key,
      start: t.start,
      end: t.end,
      kind: t.kind,
      cap: info.cap,
      allCaps: info.allCaps,
      possessive: info.possessive,
      sentStart: word && expectStart,
      quote: quoteOf[i] ?? -1,
      inflected: out.inflected,
    });
    if (word || t.kind === 'number') expectStart = false;
    if (isSentenceEnd(raw, i, quoteOf[i] !== -1)) {
      flushSentence(out, current, heading, closed, paragraphQuotes, sentenceStartRaw, i);
      current = [];
      sentenceStartRaw = i + 1;
      expectStart = true;
    }
  }
  flushSentence(out, current, heading, closed, paragraphQuotes, sentenceStartRaw, raw.length);
}

function flushSentence(
  out: Builder,
  tokens: Token[],
  heading: boolean,
  closed: boolean,
  paragraphQuotes: readonly ParagraphQuote[],
  startRaw: number,
  endRaw: number,
): void {
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  if (!first || !last) return;
  const sIdx = out.sentences.length;
  out.sentences.push({ tokens, text: out.text.slice(first.start, last.end), heading, closed });
  for (const q of paragraphQuotes) {
    if (q.a < startRaw || q.b > endRaw) continue;
    let from = 0;
    while (from < tokens.length && tokens[from]?.quote !== q.index) from++;
    if (from === tokens.length) continue;
    let to = from;
    while (to < tokens.length && tokens[to]?.quote === q.index) to++;
    out.quotes.push({ index: q.index, from, to, sentence: sIdx });
  }
}
