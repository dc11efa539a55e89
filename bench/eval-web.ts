/**
 * `npm run eval:web` — the web workspace measured in Debian's Chromium (playwright-core); prints
 * figures, asserts nothing. On the bundled sample and on the bench's generated corpus
 * (EVAL_WEB_ARTICLES, default 100,000; built once into EVAL_WEB_CACHE, see bench/web/generated-index.ts):
 *   first load      navigation → load event and → first results drawn (median of 5 cold loads)
 *   bundle          bytes and gzip -9 bytes of every file `/` loads (API calls excluded)
 *   query → drawn   p50/p95 over EVAL_WEB_QUERIES (default 60) queries typed into #q, timed in the
 *                   page from the Enter key to the results drawn — back to back, and each after
 *                   the previous view (its chart) finished loading; next to the same /search
 *                   requests from Node's fetch (the API alone, no browser) in the same run
 *   axe-core        serious and critical violations (WCAG 2.1 A/AA) on desktop and a 390 px phone
 *   Lighthouse      accessibility and performance scores, desktop and mobile (390 px)
 * and writes docs/screenshots/desktop-search.png and phone-results.png (from the sample).
 * EVAL_WEB_SKIP_LIGHTHOUSE=1 leaves Lighthouse out; EVAL_WEB_SAMPLE_ONLY=1 the generated corpus.
 */
import { mkdirSync } from 'node:fs';
import { loadavg, cpus } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Browser } from 'playwright-core';
import { projectRoot } from '../bin/paths.js';
import { CORPUS_VOCABULARY, percentile } from './lib/corpus.js';
import { axeCounts, DESKTOP, firstLoad, PHONE, queryTimes, screenshot, type FirstLoad, type LoadedFile } from './web/browser-figures.js';
import type { QueryTiming } from './web/page-timing.js';
import { CHROMIUM_MISSING, findChromium } from './web/chromium.js';
import { generatedIndex } from './web/generated-index.js';
import { lighthouseScores } from './web/lighthouse-scores.js';
import { serveDatabase, serveSample, type ServedIndex } from './web/servers.js';

const ARTICLES = Number(process.env['EVAL_WEB_ARTICLES'] ?? 100_000);
const QUERIES = Math.max(50, Number(process.env['EVAL_WEB_QUERIES'] ?? 60));
const COLD_LOADS = 5;
const SCREENSHOTS = join(projectRoot(), 'docs', 'screenshots');

const ms = (n: number): string => `${n.toFixed(1)} ms`;
const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;
const median = (values: readonly number[]): number => percentile([...values].sort((a, b) => a - b), 50);

/** Queries over the generated corpus, from its own vocabulary: words, names, phrases, prefixes. */
function corpusQueries(count: number): string[] {
  const v = CORPUS_VOCABULARY;
  const pool = [
    ...v.topics,
    ...v.places,
    ...v.events.map((e) => `"${e}"`),
    ...v.organisations.slice(0, 5).map((o) => `"${o}"`),
    ...v.people.first.slice(0, 6).map((f, i) => `${f} ${v.people.last[i]}`),
    ...v.topics.slice(0, 6).map((t, i) => `${t} ${v.places[i]}`),
    ...v.topics.slice(0, 4).map((t) => `${t.slice(0, 4)}*`),
  ];
  return Array.from({ length: count }, (_, i) => pool[i % pool.length]!);
}

/** Queries over the sample: its significant words and most mentioned entities, as the API lists them. */
async function sampleQueries(origin: string, count: number): Promise<string[]> {
  const terms = (await (await fetch(`${origin}/stats/top-terms?size=40`)).json()) as { terms: { term: string }[]; entities: { label?: string }[] };
  const pool = [...terms.terms.map((t) => t.term), ...terms.entities.flatMap((e) => (e.label ? [`"${e.label}"`] : []))];
  if (pool.length === 0) throw new Error('the sample index has no words to query');
  return Array.from({ length: count }, (_, i) => pool[i % pool.length]!);
}

/** The API alone: the same queries as GET /search with facets, from Node's fetch. */
async function apiTimes(origin: string, queries: readonly string[]): Promise<number[]> {
  const times: number[] = [];
  for (const q of queries) {
    const started = performance.now();
    const response = await fetch(`${origin}/search?${new URLSearchParams({ q, facets: 'true', limit: '20' })}`);
    await response.arrayBuffer();
    times.push(performance.now() - started);
  }
  return times;
}

function printLoad(label: string, loads: readonly FirstLoad[]): void {
  const results = loads.map((l) => l.firstResultsMs);
  console.log(`  first load (${label}, ${loads.length} cold loads)   load event median ${ms(median(loads.map((l) => l.loadEventMs)))}   first results drawn median ${ms(median(results))}, worst ${ms(Math.max(...results))}`);
}

function printBundle(load: FirstLoad): void {
  const total = (files: readonly LoadedFile[]) => ({ bytes: files.reduce((sum, f) => sum + f.bytes, 0), gzip: files.reduce((sum, f) => sum + f.gzipBytes, 0) });
  const all = total(load.files);
  const early = total(load.files.filter((file) => file.beforeResults));
  console.log(`  bundle: ${load.files.length} files, ${kb(all.bytes)} (${all.bytes.toLocaleString('en-US')} B), gzip -9 ${kb(all.gzip)} (${all.gzip.toLocaleString('en-US')} B); before the first results ${kb(early.bytes)}, gzip -9 ${kb(early.gzip)}`);
  for (const file of [...load.files].sort((a, b) => Number(b.beforeResults) - Number(a.beforeResults) || b.bytes - a.bytes)) {
    console.log(`    ${file.path.padEnd(40)} ${kb(file.bytes).padStart(10)}   gzip ${kb(file.gzipBytes).padStart(9)}   ${file.beforeResults ? 'before the first results' : 'after them'}`);
  }
}

function printLatency(label: string, times: { readonly backToBack: readonly QueryTiming[]; readonly settled: readonly QueryTiming[] }, api: readonly number[]): void {
  const line = (what: string, timings: readonly QueryTiming[]): void => {
    const sorted = timings.map((t) => t.drawnMs).sort((a, b) => a - b);
    // What the page itself adds: drawn time minus its /search request's time (resource timing).
    const own = timings.flatMap((t) => (t.searchRequestMs === null ? [] : [t.drawnMs - t.searchRequestMs])).sort((a, b) => a - b);
    const ownText = own.length ? `   (the page's own part, drawn minus its /search request: p50 ${ms(percentile(own, 50))}, p95 ${ms(percentile(own, 95))})` : '';
    console.log(`  ${what}   p50 ${ms(percentile(sorted, 50))}   p95 ${ms(percentile(sorted, 95))}   max ${ms(sorted.at(-1) ?? 0)}${ownText}`);
  };
  line(`query → results drawn (${label}, ${times.backToBack.length} queries, back to back)`, times.backToBack);
  line(`query → results drawn (${label}, ${times.settled.length} queries, each after the previous view settled)`, times.settled);
  const apiSorted = [...api].sort((a, b) => a - b);
  console.log(`  peer: the API alone (GET /search&facets from Node fetch)   p50 ${ms(percentile(apiSorted, 50))}   p95 ${ms(percentile(apiSorted, 95))}`);
}

async function measureIndex(browser: Browser, label: string, served: ServedIndex, queries: readonly string[]): Promise<void> {
  const loads: FirstLoad[] = [];
  for (let i = 0; i < COLD_LOADS; i += 1) loads.push(await firstLoad(browser, served.origin));
  printLoad(label, loads);
  if (loads[0]) printBundle(loads[0]);
  const backToBack = await queryTimes(browser, served.origin, queries);
  const settled = await queryTimes(browser, served.origin, queries, { settle: true });
  printLatency(label, { backToBack, settled }, await apiTimes(served.origin, queries));
}

async function measureSample(browser: Browser, chromium: string): Promise<void> {
  console.log('\nSample (the bundled sample site, ingested as `npm start` does)');
  const served = await serveSample();
  try {
    const queries = await sampleQueries(served.origin, QUERIES);
    await measureIndex(browser, 'sample', served, queries);
    const probe = queries[0]!;
    for (const [name, viewport] of [['desktop', DESKTOP], ['phone 390 px', PHONE]] as const) {
      const axe = await axeCounts(browser, served.origin, viewport, probe);
      console.log(`  axe-core ${name.padEnd(13)} serious ${axe.serious}   critical ${axe.critical}${axe.rules.length ? `   (${axe.rules.join(', ')})` : ''}`);
    }
    mkdirSync(SCREENSHOTS, { recursive: true });
    await screenshot(browser, served.origin, DESKTOP, probe, join(SCREENSHOTS, 'desktop-search.png'));
    await screenshot(browser, served.origin, PHONE, probe, join(SCREENSHOTS, 'phone-results.png'));
    console.log(`  screenshots: docs/screenshots/desktop-search.png, docs/screenshots/phone-results.png (query ${JSON.stringify(probe)})`);
    if (process.env['EVAL_WEB_SKIP_LIGHTHOUSE'] === '1') {
      console.log('  Lighthouse: skipped (EVAL_WEB_SKIP_LIGHTHOUSE=1)');
      return;
    }
    for (const formFactor of ['desktop', 'mobile'] as const) {
      const scores = await lighthouseScores(`${served.origin}/`, chromium, formFactor);
      const failed = scores.failedAccessibility.length ? `   failed a11y audits: ${scores.failedAccessibility.join(', ')}` : '';
      console.log(
        `  Lighthouse ${formFactor.padEnd(7)} accessibility ${scores.accessibility ?? '–'}   performance ${scores.performance ?? '–'}   FCP ${scores.fcpMs === null ? '–' : ms(scores.fcpMs)}   LCP ${scores.lcpMs === null ? '–' : ms(scores.lcpMs)}   TBT ${scores.tbtMs === null ? '–' : ms(scores.tbtMs)}   CLS ${scores.cls === null ? '–' : scores.cls.toFixed(3)}${failed}`,
      );
    }
  } finally {
    await served.close();
  }
}

async function measureGenerated(browser: Browser): Promise<void> {
  console.log(`\nGenerated corpus (${ARTICLES.toLocaleString('en-US')} articles from the bench's generator)`);
  const started = performance.now();
  const path = await generatedIndex(ARTICLES, (done) => console.log(`  building the index: ${done.toLocaleString('en-US')} articles`));
  const seconds = (performance.now() - started) / 1000;
  if (seconds > 5) console.log(`  built in ${seconds.toFixed(0)} s (kept in ${path} for the next run)`);
  const served = await serveDatabase(path);
  try {
    await measureIndex(browser, `${ARTICLES.toLocaleString('en-US')} articles`, served, corpusQueries(QUERIES));
  } finally {
    await served.close();
  }
}

async function main(): Promise<void> {
  const chromium = findChromium();
  if (!chromium) {
    console.error(CHROMIUM_MISSING);
    process.exit(1);
  }
  const { chromium: launcher } = await import('playwright-core');
  const [one, five] = loadavg();
  console.log(`culture-index eval:web · Chromium ${chromium} · node ${process.version} · ${cpus().length} CPUs · load average ${one!.toFixed(2)} (1 min), ${five!.toFixed(2)} (5 min)`);
  const browser = await launcher.launch({ executablePath: chromium, args: ['--no-sandbox'] });
  try {
    await measureSample(browser, chromium);
    if (process.env['EVAL_WEB_SAMPLE_ONLY'] !== '1') await measureGenerated(browser);
  } finally {
    await browser.close();
  }
  const [after] = loadavg();
  console.log(`\nload average at the end ${after!.toFixed(2)} (1 min). Figures from a loaded machine are upper bounds.`);
  // serve.ts keeps signal handlers and the sample's timers; nothing else is left to finish.
  process.exit(0);
}

await main();
