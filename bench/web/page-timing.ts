/**
 * Times in the browser: from submitting a query to its results being drawn, and from navigation
 * to the first results. The workspace marks `results-drawn` (performance.mark) and sets
 * <body data-state="ready"> after drawing; the older search page does neither, so there the
 * first change of #results (then one frame) counts as drawn. Page-side code is written as
 * script text: it runs in the browser, which this project's TypeScript settings do not describe.
 */
import type { Page } from 'playwright-core';

/** Installed before any page script runs: records when results first appear on an older page. */
export const FIRST_RESULTS_SCRIPT = `(() => {
  const watch = () => {
    const results = document.getElementById('results');
    if (!results) return;
    new MutationObserver((_, observer) => {
      if (results.children.length === 0) return;
      requestAnimationFrame(() => { window.__firstResultsAt ??= performance.now(); });
      observer.disconnect();
    }).observe(results, { childList: true });
  };
  document.addEventListener('DOMContentLoaded', watch);
})()`;

const FIRST_RESULTS_AT = `(() => {
  const mark = performance.getEntriesByName('results-drawn')[0];
  if (mark && document.body.dataset.state === 'ready') return mark.startTime;
  return window.__firstResultsAt ?? null;
})()`;

/** Arms window.__queryTiming: resolves with the ms from the Enter key to the results drawn. */
const ARM_QUERY_TIMER = (timeoutMs: number) => `(() => {
  const marks = () => performance.getEntriesByName('results-drawn').length;
  const before = marks();
  const results = document.getElementById('results');
  window.__queryTiming = new Promise((resolve, reject) => {
    // The clock starts when the Enter key reaches the page, not when the timer is armed.
    let started = performance.now();
    window.addEventListener('keydown', (event) => { if (event.key === 'Enter') started = performance.now(); }, { capture: true, once: true });
    const timer = setTimeout(() => reject(new Error('results were not drawn in time')), ${timeoutMs});
    // The search request's own time (resource timing: sent → last byte), where the page made one.
    const searchRequestMs = () => {
      const sent = performance.getEntriesByType('resource').filter((e) => e.startTime >= started && new URL(e.name).pathname === '/search');
      const last = sent[sent.length - 1];
      return last ? last.responseEnd - last.startTime : null;
    };
    const done = () => { clearTimeout(timer); resolve({ drawnMs: performance.now() - started, searchRequestMs: searchRequestMs() }); };
    if (before > 0 || !results) {
      const poll = () => (marks() > before && document.body.dataset.state === 'ready' ? done() : requestAnimationFrame(poll));
      requestAnimationFrame(poll);
    } else {
      new MutationObserver((_, observer) => { observer.disconnect(); requestAnimationFrame(done); }).observe(results, { childList: true });
    }
  });
  return true;
})()`;

/** Milliseconds from navigation start to the first results drawn. */
export async function firstResultsAt(page: Page, timeoutMs = 30_000): Promise<number> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const at = (await page.evaluate(FIRST_RESULTS_AT)) as number | null;
    if (at !== null) return at;
    await page.waitForTimeout(20);
  }
  throw new Error('no results were drawn after loading the page');
}

export interface QueryTiming {
  /** Enter key → results drawn, ms. */
  readonly drawnMs: number;
  /** Of that, the /search request from sent to its last byte (server and network), ms; null if none was seen. */
  readonly searchRequestMs: number | null;
}

/** Types `query` into #q, presses Enter and returns the ms until its results are drawn (timed in the page). */
export async function timeQuery(page: Page, query: string, timeoutMs = 30_000): Promise<QueryTiming> {
  await page.fill('#q', query);
  await page.evaluate(ARM_QUERY_TIMER(timeoutMs));
  await page.press('#q', 'Enter');
  return (await page.evaluate('window.__queryTiming')) as QueryTiming;
}

/**
 * Waits until the view has finished loading after its results: the workspace's attention chart
 * drawn (its figure no longer aria-busy). Pages without the chart have nothing more to wait for.
 */
export async function viewSettled(page: Page, timeoutMs = 30_000): Promise<void> {
  if ((await page.locator('figure.attention').count()) === 0) return;
  await page.locator('figure.attention[aria-busy="false"]').waitFor({ state: 'attached', timeout: timeoutMs });
}
