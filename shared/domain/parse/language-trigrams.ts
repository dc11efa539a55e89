/**
 * franc-min's answer (`franc(text, { minLength })`) from franc-min's own data, computed faster.
 * franc scores a text against every language of its script by looking each of the text's
 * distinct trigrams up in each language's profile: ~300 trigrams × ~60 Latin-script languages,
 * which made language detection a seventh of the parser's time on pages that declare no language.
 * Here each trigram is looked up once in an index from trigram to the languages whose profile
 * holds it, so only the hits cost work. Same data, same distance (an integer sum, so the order of
 * the terms does not matter), same tie-break (the first language in franc's order), same answer:
 * tests/unit/parse/language-trigrams.test.ts compares the two on many texts.
 */
import { data } from 'franc-min/data.js';
import { expressions } from 'franc-min/expressions.js';
import { clean } from 'trigram-utils';

/** franc's constants: the longest sample it reads, and the cost of a trigram a profile lacks. */
const MAX_LENGTH = 2048;
const MAX_DIFFERENCE = 300;

interface ScriptIndex {
  /** The script's languages, in franc's order. */
  readonly languages: readonly string[];
  /** trigram → pairs of (language index, rank of the trigram in that language's profile). */
  readonly postings: ReadonlyMap<string, Int32Array>;
}

/** Built as franc builds its dictionaries (a trigram listed twice keeps its lower rank), then inverted. */
function indexScript(profiles: Record<string, string>): ScriptIndex {
  const languages = Object.keys(profiles);
  const lists = new Map<string, number[]>();
  languages.forEach((language, index) => {
    const model = profiles[language]!.split('|');
    const rank = new Map<string, number>();
    for (let weight = model.length - 1; weight >= 0; weight--) rank.set(model[weight]!, weight);
    for (const [trigram, weight] of rank) {
      let list = lists.get(trigram);
      if (!list) lists.set(trigram, (list = []));
      list.push(index, weight);
    }
  });
  const postings = new Map<string, Int32Array>();
  for (const [trigram, list] of lists) postings.set(trigram, Int32Array.from(list));
  return { languages, postings };
}

let indexes: Map<string, ScriptIndex> | undefined;

function scriptIndexes(): Map<string, ScriptIndex> {
  indexes ??= new Map(Object.entries(data).map(([script, profiles]) => [script, indexScript(profiles)]));
  return indexes;
}

/** The script whose characters occur most in `value` (franc's getTopScript: the first on ties). */
function topScript(value: string): { script: string | undefined; count: number } {
  let script: string | undefined;
  let top = -1;
  for (const [name, expression] of Object.entries(expressions)) {
    const matches = value.match(expression);
    const count = (matches ? matches.length : 0) / value.length || 0;
    if (count > top) {
      top = count;
      script = name;
    }
  }
  return { script, count: top };
}

/** trigram-utils' asDictionary (cleaned text, padded with a space each side), counted into a Map without the intermediate list. */
function trigramCounts(value: string): Map<string, number> {
  const padded = ` ${clean(value)} `;
  const counts = new Map<string, number>();
  for (let i = 0; i + 3 <= padded.length; i++) {
    const trigram = padded.slice(i, i + 3);
    counts.set(trigram, (counts.get(trigram) ?? 0) + 1);
  }
  return counts;
}

/** The language franc-min names for `text` (ISO 639-3), or "und". */
export function francLanguage(text: string, minLength: number): string {
  if (!text || text.length < minLength) return 'und';
  const value = text.slice(0, MAX_LENGTH);
  const { script, count } = topScript(value);
  const index = script === undefined ? undefined : scriptIndexes().get(script);
  // A script written by one language only (Greek, Thai, Korean…) is that language.
  if (!index) return !script || count === 0 ? 'und' : script;
  const distance = new Float64Array(index.languages.length);
  for (const [trigram, occurrences] of trigramCounts(value)) {
    const posting = index.postings.get(trigram);
    if (!posting) continue;
    for (let i = 0; i < posting.length; i += 2) distance[posting[i]!]! += Math.abs(occurrences - posting[i + 1]! - 1) - MAX_DIFFERENCE;
  }
  // Every language starts at MAX_DIFFERENCE per trigram; the shared offset does not change the order.
  let best = 0;
  for (let l = 1; l < distance.length; l++) if (distance[l]! < distance[best]!) best = l;
  return index.languages[best]!;
}
