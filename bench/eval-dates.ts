/**
 * Publication-date evaluation: culture-index's parser next to htmldate (fast and extensive modes,
 * the named peer) in the same run, on the publication-date development set.
 *
 *   npm run eval:dates -- [folder] [--errors]     default ../shared/datasets/publication-dates
 *
 * Metric of htmldate's tests/comparison.py, on the day only: the extracted day equal to the
 * reference is a true positive, another day a false positive, no date a false negative;
 * accuracy = TP / pages, precision = TP / (TP + FP), recall = TP / (TP + FN). Printed for all
 * pages and for the two halves (pages at even positions tuned on, odd positions checked), with pages per CPU-second.
 * htmldate runs through bench/py/htmldate_dates.py with the Python of DATES_PYTHON or of the
 * project's .venv; without one that imports htmldate the peer rows say that they were skipped.
 * --errors lists the pages culture-index gets wrong.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeHtml } from '../shared/domain/decode.js';
import { parseArticle, PARSER_VERSION } from '../shared/domain/parse/index.js';

interface Truth {
  readonly url: string;
  readonly date: string;
}
interface Page {
  readonly id: string;
  readonly file: string;
  readonly url: string;
  readonly html: string;
  readonly truth: string;
}
interface Run {
  readonly name: string;
  /** id → YYYY-MM-DD or null; undefined when the extractor did not run. */
  readonly days: ReadonlyMap<string, string | null> | null;
  readonly cpuSeconds: number;
  readonly note?: string;
}

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const TIMED_PASSES = 3;

function loadPages(folder: string): Page[] {
  const truth = JSON.parse(readFileSync(join(folder, 'ground-truth.json'), 'utf8')) as Record<string, Truth>;
  const files = readdirSync(join(folder, 'html')).filter((f) => /\.html(\.gz)?$/.test(f)).sort();
  const pages: Page[] = [];
  for (const name of files) {
    const id = name.replace(/\.html(\.gz)?$/, '');
    const entry = truth[id];
    if (!entry) continue;
    const file = join(folder, 'html', name);
    const raw = readFileSync(file);
    // Decoded as the fetcher decodes: BOM, then <meta charset>, then UTF-8.
    const html = decodeHtml(name.endsWith('.gz') ? gunzipSync(raw) : raw).text;
    pages.push({ id, file, url: entry.url, html, truth: entry.date });
  }
  return pages;
}

function cpuSeconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}

/** The whole parser (body included) on every page, as the pipeline runs it; median CPU time of TIMED_PASSES. */
function runOurs(pages: readonly Page[]): Run {
  for (const page of pages.slice(0, 5)) parseArticle(page.html, { url: page.url });
  const times: number[] = [];
  let days = new Map<string, string | null>();
  for (let pass = 0; pass < TIMED_PASSES; pass++) {
    const out = new Map<string, string | null>();
    const start = cpuSeconds();
    for (const page of pages) out.set(page.id, parseArticle(page.html, { url: page.url }).publishedDay);
    times.push(cpuSeconds() - start);
    if (pass === 0) days = out;
  }
  times.sort((a, b) => a - b);
  return { name: `culture-index ${PARSER_VERSION}`, days, cpuSeconds: times[Math.floor(times.length / 2)]! };
}

function pythonWithHtmldate(): string | null {
  const candidates = [process.env['DATES_PYTHON'], join(projectRoot, '.venv/bin/python')].filter((p): p is string => !!p);
  for (const python of candidates) {
    if (!existsSync(python)) continue;
    const probe = spawnSync(python, ['-c', 'import htmldate'], { encoding: 'utf8' });
    if (probe.status === 0) return python;
  }
  return null;
}

function runHtmldate(python: string | null, mode: 'fast' | 'extensive', pages: readonly Page[]): Run {
  const name = `htmldate ${mode}`;
  if (!python) return { name, days: null, cpuSeconds: 0, note: 'skipped: no Python with htmldate (set DATES_PYTHON or make .venv with `pip install htmldate`)' };
  const input = JSON.stringify(pages.map((p) => ({ id: p.id, file: p.file, url: p.url })));
  const result = spawnSync(python, [join(projectRoot, 'bench/py/htmldate_dates.py'), mode], { input, encoding: 'utf8', maxBuffer: 64 << 20 });
  if (result.status !== 0) return { name, days: null, cpuSeconds: 0, note: `skipped: htmldate failed (${result.stderr.trim().split('\n').at(-1) ?? result.status})` };
  const out = JSON.parse(result.stdout) as { version: string; cpuSeconds: number; dates: Record<string, string | null> };
  return { name: `htmldate ${out.version} ${mode}`, days: new Map(Object.entries(out.dates)), cpuSeconds: out.cpuSeconds };
}

interface Score {
  readonly accuracy: number;
  readonly precision: number;
  readonly recall: number;
  readonly withoutDate: number;
}

function score(days: ReadonlyMap<string, string | null>, pages: readonly Page[]): Score {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const page of pages) {
    const day = days.get(page.id) ?? null;
    if (day === null) fn++;
    else if (day === page.truth) tp++;
    else fp++;
  }
  const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);
  return { accuracy: ratio(tp, pages.length), precision: ratio(tp, tp + fp), recall: ratio(tp, tp + fn), withoutDate: ratio(fn, pages.length) };
}

function printTable(runs: readonly Run[], pages: readonly Page[]): void {
  const halves: [string, Page[]][] = [
    ['all', [...pages]],
    // Pages are sorted by id; ids are all even here (the odd ones are kept aside), so halve by position.
    ['even positions (tuned)', pages.filter((_, i) => i % 2 === 0)],
    ['odd positions (check)', pages.filter((_, i) => i % 2 === 1)],
  ];
  const header = ['extractor', 'pages', 'accuracy', 'precision', 'recall', 'without date', 'pages/CPU-s'];
  const rows: string[][] = [];
  for (const run of runs) {
    if (!run.days) {
      rows.push([run.name, '—', run.note ?? 'skipped', '', '', '', '']);
      continue;
    }
    for (const [label, subset] of halves) {
      const s = score(run.days, subset);
      rows.push([
        label === 'all' ? run.name : `  ${label}`,
        String(subset.length),
        s.accuracy.toFixed(3),
        s.precision.toFixed(3),
        s.recall.toFixed(3),
        `${(s.withoutDate * 100).toFixed(1)}%`,
        label === 'all' ? (pages.length / run.cpuSeconds).toFixed(1) : '',
      ]);
    }
  }
  const widths = header.map((h, i) => Math.max(h.length, ...rows.filter((r) => r[1] !== '—').map((r) => r[i]!.length)));
  const line = (cells: readonly string[]): string => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
  console.log(line(header));
  for (const row of rows) console.log(row[1] === '—' ? `${row[0]}  ${row[2]}` : line(row));
}

function main(): void {
  const args = process.argv.slice(2);
  const folderArg = args.find((a) => !a.startsWith('-'));
  const folder = folderArg ? resolve(process.cwd(), folderArg) : resolve(projectRoot, '../shared/datasets/publication-dates');
  const pages = loadPages(folder);
  if (pages.length === 0) {
    console.error(`No pages found in ${folder}`);
    process.exitCode = 1;
    return;
  }
  console.log(`Publication dates on ${pages.length} pages from ${folder} (day only, htmldate's metric)\n`);
  const ours = runOurs(pages);
  const python = args.includes('--no-peers') ? null : pythonWithHtmldate();
  const runs = [ours, runHtmldate(python, 'fast', pages), runHtmldate(python, 'extensive', pages)];
  printTable(runs, pages);
  console.log(`\npages per CPU-second: culture-index runs its whole parser (body included, median of ${TIMED_PASSES} passes); htmldate only finds the date (one pass, pages read before timing).`);
  if (args.includes('--errors')) {
    const peers = runs.slice(1).filter((r) => r.days);
    console.log(`\nculture-index errors (half, id, found, expected${peers.map((p) => `, ${p.name}`).join('')}, url):`);
    for (const page of pages) {
      const day = ours.days!.get(page.id) ?? null;
      const peerDays = peers.map((p) => p.days!.get(page.id) ?? 'none      ').join('  ');
      if (day !== page.truth) console.log(`  ${pages.indexOf(page) % 2 === 0 ? 'tune ' : 'check'} ${page.id}  ${day ?? 'none      '}  ${page.truth}  ${peerDays}  ${page.url}`);
    }
  }
}

main();
