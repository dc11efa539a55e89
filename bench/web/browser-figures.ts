/**
 * What eval:web measures in Chromium (playwright-core): first load, the bytes `/` loads, query
 * → results drawn, axe-core violations, and screenshots for the README.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { FIRST_RESULTS_SCRIPT, firstResultsAt, timeQuery, viewSettled, type QueryTiming } from './page-timing.js';

export const DESKTOP = { width: 1280, height: 800 } as const;
export const PHONE = { width: 390, height: 844 } as const;

/** Request types that are the page itself rather than API calls. */
const STATIC_TYPES = new Set(['document', 'script', 'stylesheet', 'image', 'font', 'manifest', 'other']);

export interface LoadedFile {
  readonly path: string;
  readonly bytes: number;
  readonly gzipBytes: number;
  /** Whether it had arrived before the first results were drawn (the critical path), or came after (lazy parts). */
  readonly beforeResults: boolean;
}

/** Paths of the same-origin files that had arrived when the first results were drawn (resource timing). */
const ARRIVED_BEFORE_RESULTS = `(() => {
  const drawn = performance.getEntriesByName('results-drawn')[0]?.startTime ?? window.__firstResultsAt ?? Infinity;
  const nav = performance.getEntriesByType('navigation')[0];
  const early = performance.getEntriesByType('resource').filter((entry) => entry.responseEnd <= drawn).map((entry) => new URL(entry.name).pathname);
  return [...early, ...(nav && nav.responseEnd <= drawn ? ['/'] : [])];
})()`;

export interface FirstLoad {
  /** Navigation start → load event, and → first results drawn, ms. */
  readonly loadEventMs: number;
  readonly firstResultsMs: number;
  readonly files: readonly LoadedFile[];
}

async function newPage(browser: Browser, viewport: { width: number; height: number }, options: { bypassCSP?: boolean } = {}): Promise<Page> {
  const context = await browser.newContext({ viewport, ...(options.bypassCSP ? { bypassCSP: true } : {}) });
  await context.addInitScript(FIRST_RESULTS_SCRIPT);
  const page = await context.newPage();
  page.on('pageerror', (error) => console.warn(`  page error: ${error.message}`));
  return page;
}

/** A cold load of `/` in a new context: timings and every same-origin file it loads. */
export async function firstLoad(browser: Browser, origin: string): Promise<FirstLoad> {
  const page = await newPage(browser, DESKTOP);
  const pending: Promise<Omit<LoadedFile, 'beforeResults'> | null>[] = [];
  page.on('response', (response) => {
    const request = response.request();
    const url = new URL(request.url());
    if (url.origin !== origin || !STATIC_TYPES.has(request.resourceType()) || response.status() !== 200) return;
    pending.push(
      response.body().then(
        (body) => ({ path: url.pathname, bytes: body.length, gzipBytes: gzipSync(body, { level: 9 }).length }),
        () => null,
      ),
    );
  });
  try {
    await page.goto(`${origin}/`, { waitUntil: 'load' });
    const firstResultsMs = await firstResultsAt(page);
    const loadEventMs = (await page.evaluate("performance.getEntriesByType('navigation')[0].loadEventEnd")) as number;
    await page.waitForLoadState('networkidle');
    const early = new Set((await page.evaluate(ARRIVED_BEFORE_RESULTS)) as string[]);
    const files = (await Promise.all(pending)).flatMap((file) => (file ? [{ ...file, beforeResults: early.has(file.path) }] : []));
    return { loadEventMs, firstResultsMs, files };
  } finally {
    await page.context().close();
  }
}

/**
 * Query → results drawn, ms, for each query in turn on one open page (after `warmUp` unrecorded
 * ones). Back to back (`settle: false`), each query is typed the moment the previous results are
 * drawn, while that view's chart may still be loading; with `settle: true` it waits until the
 * previous view has finished loading, as an analyst reading the results would.
 */
export async function queryTimes(browser: Browser, origin: string, queries: readonly string[], options: { readonly warmUp?: number; readonly settle?: boolean } = {}): Promise<QueryTiming[]> {
  const page = await newPage(browser, DESKTOP);
  const timeOne = async (query: string): Promise<QueryTiming> => {
    if (options.settle) await viewSettled(page);
    return timeQuery(page, query);
  };
  try {
    await page.goto(`${origin}/`);
    await firstResultsAt(page);
    for (const query of queries.slice(0, options.warmUp ?? 3)) await timeOne(query);
    const times: QueryTiming[] = [];
    for (const query of queries) times.push(await timeOne(query));
    return times;
  } finally {
    await page.context().close();
  }
}

export interface AxeCounts {
  readonly serious: number;
  readonly critical: number;
  /** Rule ids of the serious and critical violations. */
  readonly rules: readonly string[];
}

const axeSource = (): string => readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core on the page after its first results (and after a search for `query`), WCAG 2.x A/AA rules. */
export async function axeCounts(browser: Browser, origin: string, viewport: { width: number; height: number }, query: string): Promise<AxeCounts> {
  // The page's CSP forbids injected scripts; axe is injected for the check only.
  const page = await newPage(browser, viewport, { bypassCSP: true });
  try {
    await page.goto(`${origin}/`);
    await firstResultsAt(page);
    await timeQuery(page, query);
    await page.evaluate(axeSource());
    const violations = (await page.evaluate(
      "axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }).then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact })))",
    )) as { id: string; impact: string | null }[];
    const of = (impact: string) => violations.filter((v) => v.impact === impact);
    return { serious: of('serious').length, critical: of('critical').length, rules: [...of('critical'), ...of('serious')].map((v) => v.id) };
  } finally {
    await page.context().close();
  }
}

/** A screenshot after searching for `query` (full page on the phone: results below the fold count). */
export async function screenshot(browser: Browser, origin: string, viewport: { width: number; height: number }, query: string, path: string): Promise<void> {
  const page = await newPage(browser, viewport);
  try {
    await page.goto(`${origin}/`);
    await firstResultsAt(page);
    await timeQuery(page, query);
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path, fullPage: false });
  } finally {
    await page.context().close();
  }
}
