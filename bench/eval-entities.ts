/**
 * Entity-extraction evaluation: culture-index's extractor next to compromise (the named peer)
 * and, on the Russian documents, natasha (when a Python environment with it is present), in the
 * same run.
 *
 *   npm run eval:entities -- [gold.jsonl ...] [--errors] [--repeat N]   (N timing passes, default 9)
 *
 * Default gold: the English and the az/ru sets, `dev` (tuned on) and `dev2` (checked on), from
 * ../shared/datasets (resolved from the project root). Prints P/R/F1 per type, the micro average
 * over person/organisation/project/event, person→affiliation pairs and, for az/ru, English-name
 * links, per set and per language, and the English-name links again from the rules alone ("English
 * names, rules only": without the tables of well-known works and figures); then a summary against the issue's targets and documents per
 * second with the throughput ratio (English and az/ru documents timed apart). `--errors` lists
 * FP/FN per document.
 *
 * natasha runs through bench/peers/natasha_ner.py with the first Python found among
 * $NATASHA_PYTHON, <root>/.venv/bin/python and <root>/.ci/.venv/bin/python that can import it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import nlp from 'compromise';
import { englishName } from '../shared/domain/extract/english-names.js';
import { extractEntities, EXTRACTOR_VERSION } from '../shared/domain/extract/index.js';
import { ENTITY_TYPES, type EntityType } from '../shared/domain/model.js';
import {
  aggregate,
  prf,
  scoreDocument,
  type CorpusScore,
  type DocScore,
  type GoldEntity,
  type PredictedEntity,
} from './lib/entity-scoring.js';

interface GoldDoc {
  readonly id: string;
  readonly text: string;
  readonly language?: string;
  readonly entities: readonly GoldEntity[];
}

interface GoldSet {
  readonly label: string;
  readonly path: string;
  readonly docs: readonly GoldDoc[];
}

type System = (text: string) => PredictedEntity[];

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const datasets = resolve(projectRoot, '../shared/datasets');
const DEFAULT_SETS: readonly [string, string][] = [
  ['en dev', `${datasets}/entities/dev.jsonl`],
  ['en dev2', `${datasets}/entities/dev2.jsonl`],
  ['az/ru dev', `${datasets}/entities-azru/dev.jsonl`],
  ['az/ru dev2', `${datasets}/entities-azru/dev2.jsonl`],
];

const ours: System = (text) =>
  extractEntities({ text }).map((e) => ({ type: e.type, name: e.name, affiliation: e.affiliation ?? null, en: e.en ?? null }));

/**
 * Ours with English names from the rules alone, without the general tables of well-known works
 * and figures (famous-names.ts): the rules-only figure says how the rules generalise apart from
 * two lists of names (since 2026-12-03 the tables are written blind, from general knowledge,
 * without reading the evaluation texts). Only `en` differs; an
 * entity the tables name has a rule name too (the tables only take precedence).
 */
const oursRulesOnly: System = (text) =>
  extractEntities({ text }).map((e) => ({
    type: e.type,
    name: e.name,
    affiliation: e.affiliation ?? null,
    en: e.en === undefined ? null : (englishName(e.type, e.name, e.aliases, { tables: false }) ?? null),
  }));

const compromise: System = (text) => {
  const doc = nlp(text);
  const names = (view: { out(format: 'array'): string[] }): string[] => view.out('array');
  return [
    ...names(doc.people()).map((name) => ({ type: 'person' as const, name })),
    ...names(doc.organizations()).map((name) => ({ type: 'organisation' as const, name })),
    ...names(doc.places()).map((name) => ({ type: 'place' as const, name })),
  ];
};

function loadGold(label: string, path: string): GoldSet {
  const docs = readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as GoldDoc);
  return { label, path, docs };
}

/** The first Python that can import natasha, or undefined (the peer is then skipped). */
function natashaPython(): string | undefined {
  const candidates = [process.env['NATASHA_PYTHON'], `${projectRoot}/.venv/bin/python`, `${projectRoot}/.ci/.venv/bin/python`];
  for (const py of candidates) {
    if (!py || !existsSync(py)) continue;
    const probe = spawnSync(py, ['-c', 'import natasha'], { encoding: 'utf8' });
    if (probe.status === 0) return py;
  }
  return undefined;
}

/** natasha's entities for each document, in one process for all of them. */
function runNatasha(python: string, docs: readonly GoldDoc[]): Map<string, PredictedEntity[]> {
  const input = docs.map((d) => JSON.stringify({ id: d.id, text: d.text })).join('\n');
  const run = spawnSync(python, [`${projectRoot}/bench/peers/natasha_ner.py`], { input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`natasha peer failed: ${run.stderr.slice(-500)}`);
  const out = new Map<string, PredictedEntity[]>();
  for (const line of run.stdout.split('\n')) {
    if (line.trim() === '') continue;
    const rec = JSON.parse(line) as { id: string; entities: { type: EntityType; name: string }[] };
    out.set(rec.id, rec.entities);
  }
  return out;
}

interface Timed {
  readonly predictions: PredictedEntity[][];
  readonly docsPerSecond: number;
  /** Documents per CPU-second (process.cpuUsage): steadier than wall clock on a shared machine. */
  readonly docsPerCpuSecond: number;
}

/** Enough passes for both systems to reach their steady speed (see the warm-up in main). */
const WARM_UP_PASSES = 10;

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((x, y) => x - y);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] ?? 1) : ((s[mid - 1] ?? 1) + (s[mid] ?? 1)) / 2;
};

/**
 * Run both systems over all documents `repeat` times, alternating passes so that both see the
 * same machine load (shared machines are noisy); keep the last pass's predictions. The rate is
 * taken from the median pass, so one pass slowed by a neighbour's burst does not decide it.
 */
function runBoth(a: System, b: System, docs: readonly GoldDoc[], repeat: number): [Timed, Timed] {
  const passSeconds: number[][] = [[], []];
  const passCpuSeconds: number[][] = [[], []];
  const predictions: PredictedEntity[][][] = [[], []];
  for (let r = 0; r < repeat; r++) {
    [a, b].forEach((system, k) => {
      const start = performance.now();
      const cpuStart = process.cpuUsage();
      predictions[k] = docs.map((d) => system(d.text));
      const cpu = process.cpuUsage(cpuStart);
      passCpuSeconds[k]?.push((cpu.user + cpu.system) / 1e6);
      passSeconds[k]?.push((performance.now() - start) / 1000);
    });
  }
  const result = (k: number): Timed => ({
    predictions: predictions[k] ?? [],
    docsPerSecond: docs.length / median(passSeconds[k] ?? []),
    docsPerCpuSecond: docs.length / median(passCpuSeconds[k] ?? []),
  });
  return [result(0), result(1)];
}

const pct = (x: number): string => (x * 100).toFixed(1).padStart(5);

interface Column {
  readonly name: string;
  readonly score: CorpusScore;
}

function table(label: string, columns: readonly Column[]): string {
  const lines = [`${label.padEnd(14)} ${columns.map((c) => `${c.name} P/R/F1`.padEnd(22)).join(' ')}`];
  const row = (name: string, pick: (s: CorpusScore) => CorpusScore['micro']): void => {
    const first = columns[0] ? pick(columns[0].score) : { tp: 0, fp: 0, fn: 0 };
    const cells = columns.map((c) => {
      const x = prf(pick(c.score));
      return `${pct(x.precision)} ${pct(x.recall)} ${pct(x.f1)}`.padEnd(22);
    });
    lines.push(`${name.padEnd(14)} ${cells.join(' ')} (tp${first.tp} fp${first.fp} fn${first.fn})`);
  };
  row('MICRO (4)', (s) => s.micro);
  for (const t of ENTITY_TYPES) row(t, (s) => s.perType[t]);
  row('person→affil', (s) => s.pairs);
  const en = columns[0]?.score.en;
  if (en && en.gold > 0) {
    lines.push(`${'English names'.padEnd(14)} ${pct(en.correct / Math.max(1, en.total))}% of ${en.total} matched entities with gold en (${en.correct}); ${pct(en.correct / en.gold)}% of all ${en.gold} gold en`);
  }
  return lines.join('\n');
}

function printErrors(docs: readonly GoldDoc[], scores: readonly DocScore[]): void {
  docs.forEach((d, i) => {
    const s = scores[i];
    if (!s) return;
    const errs = [
      ...s.falsePositives.map((p) => `  FP ${p.type}: ${p.name}`),
      ...s.falseNegatives.map((g) => `  FN ${g.type}: ${g.name}`),
      ...s.pairErrors.map((e) => `  ${e}`),
      ...s.enErrors.map((e) => `  ${e}`),
    ];
    if (errs.length > 0) console.log(`--- ${d.id}\n${errs.join('\n')}`);
  });
}

interface SetResult {
  readonly set: GoldSet;
  readonly ours: CorpusScore;
  /** English names from the rules alone (no tables of well-known works and figures). */
  readonly rulesOnly: CorpusScore['en'];
}

/** "English names, rules only": the same links as the English-names line, with the tables off. */
function rulesOnlyLine(en: CorpusScore['en']): string {
  return `English names, rules only: ${pct(en.correct / Math.max(1, en.total))}% of ${en.total} matched entities with gold en (${en.correct}); ${pct(en.correct / Math.max(1, en.gold))}% of all ${en.gold} gold en`;
}

function reportSet(set: GoldSet, oursPred: readonly PredictedEntity[][], peerPred: readonly PredictedEntity[][], natasha: Map<string, PredictedEntity[]> | undefined, showErrors: boolean): SetResult {
  const { docs } = set;
  const oursScores = docs.map((d, i) => scoreDocument(d.entities, oursPred[i] ?? []));
  const rulesOnly = aggregate(docs.map((d) => scoreDocument(d.entities, d.language === undefined || d.language === 'en' ? [] : oursRulesOnly(d.text)))).en;
  const peerScores = docs.map((d, i) => scoreDocument(d.entities, peerPred[i] ?? []));
  console.log(`\n== ${set.label}: ${set.path} (${docs.length} docs)`);
  const columns = (idx: readonly number[], withNatasha: boolean): Column[] => {
    const pick = (s: readonly DocScore[]): DocScore[] => idx.map((i) => s[i]).filter((x): x is DocScore => x !== undefined);
    const cols: Column[] = [{ name: 'culture-index', score: aggregate(pick(oursScores)) }, { name: 'compromise', score: aggregate(pick(peerScores)) }];
    if (withNatasha && natasha) {
      const scores = idx.map((i) => scoreDocument(docs[i]?.entities ?? [], natasha.get(docs[i]?.id ?? '') ?? []));
      cols.push({ name: 'natasha', score: aggregate(scores) });
    }
    return cols;
  };
  const all = docs.map((_, i) => i);
  console.log(table('ALL', columns(all, false)));
  if (rulesOnly.gold > 0) console.log(rulesOnlyLine(rulesOnly));
  const languages = [...new Set(docs.map((d) => d.language).filter((l): l is string => l !== undefined))];
  if (languages.length > 1) {
    for (const lang of languages) {
      const idx = all.filter((i) => docs[i]?.language === lang);
      console.log(`\n${table(`lang=${lang}`, columns(idx, lang === 'ru'))}`);
      if (lang === 'ru' && !natasha) console.log('natasha: skipped (no Python with natasha; see bench/eval-entities.ts)');
    }
  }
  if (showErrors) printErrors(docs, oursScores);
  return { set, ours: aggregate(oursScores), rulesOnly };
}

const TARGETS: Readonly<Record<string, { micro: number; pairs?: number; en?: number }>> = {
  'en dev2': { micro: 0.92, pairs: 0.8 },
  'az/ru dev2': { micro: 0.88, en: 0.8 },
};

function summary(results: readonly SetResult[]): void {
  console.log(`\n${'set'.padEnd(12)} ${'micro F1'.padStart(9)} ${'pairs F1'.padStart(9)} ${'en names'.padStart(9)} ${'rules only'.padStart(10)}   target (dev2)`);
  for (const r of results) {
    const t = TARGETS[r.set.label];
    const micro = prf(r.ours.micro).f1;
    const pairs = prf(r.ours.pairs).f1;
    const en = r.ours.en.total > 0 ? r.ours.en.correct / r.ours.en.total : undefined;
    const rules = r.rulesOnly.total > 0 ? pct(r.rulesOnly.correct / r.rulesOnly.total) : '-';
    const goal = t ? [`micro ≥ ${pct(t.micro)}`, t.pairs ? `pairs ≥ ${pct(t.pairs)}` : '', t.en ? `en ≥ ${pct(t.en)}` : ''].filter(Boolean).join(', ') : '';
    const met = t ? (micro >= t.micro && (!t.pairs || pairs >= t.pairs) && (!t.en || (en ?? 0) >= t.en) ? ' (met)' : ' (NOT met)') : '';
    console.log(`${r.set.label.padEnd(12)} ${pct(micro).padStart(9)} ${pct(pairs).padStart(9)} ${(en === undefined ? '-' : pct(en)).padStart(9)} ${rules.padStart(10)}   ${goal}${met}`);
  }
}

function main(): void {
  const args = process.argv.slice(2);
  const showErrors = args.includes('--errors');
  const repeatAt = args.indexOf('--repeat');
  const repeat = repeatAt >= 0 ? Math.max(1, Number(args[repeatAt + 1]) || 1) : 9;
  const files = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--repeat');
  const sets = files.length > 0
    ? files.map((f) => loadGold(basename(f), resolve(process.cwd(), f)))
    : DEFAULT_SETS.map(([label, path]) => loadGold(label, path));
  const docs = sets.flatMap((s) => s.docs);

  // Warm both systems with full passes so neither pays start-up or JIT compilation inside the
  // timing. Our rules are many small functions that V8 optimises over several passes: measured
  // pass by pass, ours took 2.2, 1.8, 2.0, 2.1, 1.1, then 0.6 ms per document from the fourth to the
  // ninth pass and stayed there, so two warm-up passes timed mostly the optimising compiler.
  for (let w = 0; w < WARM_UP_PASSES; w++) for (const d of docs) (ours(d.text), compromise(d.text));
  // Timed per script family: compromise finds next to nothing in Cyrillic text and is faster
  // there, so the English figure (the issue's ≥ 10× target) and the az/ru one are given apart.
  const isEnglish = (d: GoldDoc): boolean => d.language === undefined || d.language === 'en';
  const english = docs.filter(isEnglish);
  const other = docs.filter((d) => !isEnglish(d));
  const [ae, be] = runBoth(ours, compromise, english, repeat);
  const [ao, bo] = other.length > 0 ? runBoth(ours, compromise, other, repeat) : [undefined, undefined];
  const merge = (x: Timed, y: Timed | undefined): PredictedEntity[][] => {
    let ei = 0;
    let oi = 0;
    return docs.map((d) => (isEnglish(d) ? x.predictions[ei++] : y?.predictions[oi++]) ?? []);
  };
  const a = { predictions: merge(ae, ao) };
  const b = { predictions: merge(be, bo) };

  const python = natashaPython();
  const russian = docs.filter((d) => d.language === 'ru');
  const natasha = python && russian.length > 0 ? runNatasha(python, russian) : undefined;

  console.log(`extractor ${EXTRACTOR_VERSION}; speed from the median of ${repeat} alternating passes (English and az/ru documents timed apart)`);
  const results: SetResult[] = [];
  let offset = 0;
  for (const set of sets) {
    const slice = (t: { predictions: PredictedEntity[][] }): PredictedEntity[][] => t.predictions.slice(offset, offset + set.docs.length);
    results.push(reportSet(set, slice(a), slice(b), natasha, showErrors));
    offset += set.docs.length;
  }
  summary(results);
  const rate = (label: string, x: Timed, y: Timed, n: number, target: string): void => {
    console.log(`docs per CPU-second on ${label} (${n} docs): culture-index ${x.docsPerCpuSecond.toFixed(1)}, compromise ${y.docsPerCpuSecond.toFixed(1)}, ratio ${(x.docsPerCpuSecond / y.docsPerCpuSecond).toFixed(1)}x${target}`);
    console.log(`  by wall clock: culture-index ${x.docsPerSecond.toFixed(1)} docs/s, compromise ${y.docsPerSecond.toFixed(1)}, ratio ${(x.docsPerSecond / y.docsPerSecond).toFixed(1)}x (load average ${loadavg()[0]?.toFixed(1)})`);
  };
  console.log('');
  if (english.length > 0) rate('English', ae, be, english.length, ' (target ≥ 10x)');
  if (ao && bo) rate('az/ru', ao, bo, other.length, '');
}

main();
