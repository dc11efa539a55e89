/**
 * The article-extraction benchmark metric, reimplemented from the dataset README (upstream
 * scrapinghub/article-extraction-benchmark definition): word 4-gram shingles, per-page normalised
 * counts, corpus precision/recall as page means, F1 from the means, exact-token accuracy and a
 * seeded bootstrap for ± one standard deviation.
 */
import { seededRandom } from './random.js';

/**
 * Python's `re.findall(r'\w+')` on a str: \w is str.isalnum() (letters L*, numbers N*) plus "_".
 * Combining marks (M*) and other connector punctuation are NOT word characters in Python, so
 * they are left out here too, to split tokens exactly where Python does.
 */
const PY_WORD = /[\p{L}\p{N}_]+/gu;

export function tokenize(text: string): string[] {
  return text.match(PY_WORD) ?? [];
}

/** Multiset of word 4-grams; 1–3 tokens make one shingle of all tokens; none make nothing. */
export function shingles(tokens: readonly string[], n = 4): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (key: string): void => {
    counts.set(key, (counts.get(key) ?? 0) + 1);
  };
  if (tokens.length === 0) return counts;
  if (tokens.length < n) {
    add(tokens.join('\u0001'));
    return counts;
  }
  for (let i = 0; i + n <= tokens.length; i++) add(tokens.slice(i, i + n).join('\u0001'));
  return counts;
}

export interface PageCounts {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
}

/** Per-page TP/FP/FN, divided by their sum so every page weighs the same. */
export function pageCounts(prediction: string, truth: string): PageCounts {
  const p = shingles(tokenize(prediction));
  const t = shingles(tokenize(truth));
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const keys = new Set([...p.keys(), ...t.keys()]);
  for (const key of keys) {
    const tc = t.get(key) ?? 0;
    const pc = p.get(key) ?? 0;
    tp += Math.min(tc, pc);
    fp += Math.max(0, pc - tc);
    fn += Math.max(0, tc - pc);
  }
  const sum = tp + fp + fn;
  if (sum > 0) return { tp: tp / sum, fp: fp / sum, fn: fn / sum };
  return { tp, fp, fn };
}

export interface PageScore extends PageCounts {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  /** Token lists of prediction and truth are identical. */
  readonly exact: boolean;
}

export function scorePage(prediction: string, truth: string): PageScore {
  const counts = pageCounts(prediction, truth);
  const { tp, fp, fn } = counts;
  let precision: number;
  let recall: number;
  if (fp === 0 && fn === 0) {
    precision = 1;
    recall = 1;
  } else {
    precision = tp + fp === 0 ? 0 : tp / (tp + fp);
    recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  }
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const a = tokenize(prediction);
  const b = tokenize(truth);
  const exact = a.length === b.length && a.every((tok, i) => tok === b[i]);
  return { ...counts, precision, recall, f1, exact };
}

export interface CorpusScore {
  readonly f1: number;
  readonly precision: number;
  readonly recall: number;
  readonly accuracy: number;
}

/** Step 5 and 6: P over pages with TP+FP>0, R over pages with TP+FN>0, F1 from the two means. */
export function corpusScore(pages: readonly PageScore[]): CorpusScore {
  let pSum = 0;
  let pN = 0;
  let rSum = 0;
  let rN = 0;
  let exact = 0;
  for (const page of pages) {
    if (page.tp + page.fp > 0) {
      pSum += page.precision;
      pN++;
    }
    if (page.tp + page.fn > 0) {
      rSum += page.recall;
      rN++;
    }
    if (page.exact) exact++;
  }
  const precision = pN === 0 ? 0 : pSum / pN;
  const recall = rN === 0 ? 0 : rSum / rN;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { f1, precision, recall, accuracy: pages.length === 0 ? 0 : exact / pages.length };
}

function sd(values: readonly number[]): number {
  const mean = values.reduce((s, v) => s + v, 0) / values.length;
  const variance = values.reduce((s, v) => s + (v - mean) ** 2, 0) / values.length;
  return Math.sqrt(variance);
}

/** ± one standard deviation of each corpus score over bootstrap resamples of the pages. */
export function bootstrapSd(pages: readonly PageScore[], resamples = 1000, seed = 42): CorpusScore {
  const random = seededRandom(seed);
  const runs: CorpusScore[] = [];
  for (let r = 0; r < resamples; r++) {
    const sample: PageScore[] = [];
    for (let i = 0; i < pages.length; i++) sample.push(pages[Math.floor(random() * pages.length)]!);
    runs.push(corpusScore(sample));
  }
  return {
    f1: sd(runs.map((s) => s.f1)),
    precision: sd(runs.map((s) => s.precision)),
    recall: sd(runs.map((s) => s.recall)),
    accuracy: sd(runs.map((s) => s.accuracy)),
  };
}
