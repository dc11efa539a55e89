/**
 * The workspace in a real browser (Debian's Chromium through playwright-core), against the real
 * API over loopback: search → filter → compare → brush → entity page → article → export → back,
 * on a desktop window and on a 390 px phone, with axe-core checking each view for serious or
 * critical accessibility violations. Runs only where /usr/bin/chromium exists (.ci/run installs
 * it); elsewhere the suite is skipped and says why.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveApiFixture } from '../support/served-api.js';
import { REPRINT_OUTLET, serveFollowingFixture, WRITE_TOKEN } from '../support/served-following.js';

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
const title = hasChromium ? 'workspace in Chromium' : `workspace in Chromium (skipped: ${CHROMIUM} not found)`;
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

type Browser = import('playwright-core').Browser;
type Page = import('playwright-core').Page;

const server = serveApiFixture();
const following = serveFollowingFixture();

const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'phone (390 px)', width: 390, height: 844 },
] as const;

/** Waits until the page has drawn the answer to its latest request (the signal the speed script uses too). */
async function settled(page: Page, state: 'ready' | 'error' = 'ready'): Promise<void> {
  // Locators, not waitForFunction: its string predicates need eval, which the page's CSP forbids.
  await page.locator(`body[data-state="${state}"]`).waitFor({ state: 'attached', timeout: 15_000 });
}

/** Serious and critical axe-core violations of the page as it is now (rule id and first target). */
async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated through the debugging protocol: the page's CSP (rightly) refuses inline scripts.
  await page.evaluate(AXE_SOURCE);
  // Page-side code as text: this file is type-checked without the DOM library.
  const violations = (await page.evaluate(
    'axe.run().then((result) => result.violations.map((v) => ({ id: v.id, impact: v.impact, target: JSON.stringify(v.nodes[0] ? v.nodes[0].target : []) })))',
  )) as { id: string; impact: string | null; target: string }[];
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}) at ${v.target}`);
}

async function openFilters(page: Page): Promise<void> {
  const details = page.locator('details.filters');
  if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
}

const hits = (page: Page) => page.locator('.hits .hit');
const hitCount = (page: Page, count: number) => expect.poll(() => hits(page).count(), { timeout: 15_000 }).toBe(count);
const params = (page: Page) => new URL(page.url()).searchParams;

/**
 * The page as deployed on AWS, without the cloud: config.json names "/api" as the API's place
 * (CloudFront strips the prefix before the API sees the path); everything else is the local server.
 */
async function startDeployedLike(origin: string): Promise<{ url: string; close(): Promise<void> }> {
  const proxy: Server = createServer((req, res) => {
    if (req.url === '/config.json') {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ apiBase: '/api' }));
      return;
    }
    const path = req.url!.startsWith('/api/') ? req.url!.slice('/api'.length) : req.url!;
    if (!req.url!.startsWith('/api/') && !/^\/($|\?|[\w.-]+\.(js|css|svg|html)$)/.test(req.url!)) {
      res.writeHead(404).end(); // the API is only under /api here
      return;
    }
    fetch(`${origin}${path}`, { method: req.method ?? 'GET' }).then(async (answer) => {
      const headers = Object.fromEntries([...answer.headers].filter(([name]) => name !== 'content-encoding' && name !== 'content-length'));
      res.writeHead(answer.status, headers).end(Buffer.from(await answer.arrayBuffer()));
    }, () => res.writeHead(502).end());
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`,
    close: () => new Promise((resolve) => proxy.close(() => resolve())),
  };
}

describe.skipIf(!hasChromium)(title, () => {
  let browser: Browser;

  beforeAll(async () => {
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const viewport of VIEWPORTS) {
    it(`runs search → filter → compare → brush → entity → article → export → back (${viewport.name})`, { timeout: 120_000 }, async () => {
      const context = await browser.newContext({ viewport: { width: viewport.width, height: viewport.height }, acceptDownloads: true });
      const page = await context.newPage();
      const problems: string[] = [];
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('response', (response) => {
        // Files the page loads must exist (the favicon too); API probes of optional routes and of
        // config.json (present only on AWS) may answer 404 — the page does without them.
        const type = response.request().resourceType();
        if (response.status() === 404 && type !== 'fetch' && type !== 'xhr') problems.push(`404: ${response.url()}`);
      });

      await page.goto(`${server.url}/`);
      await settled(page);
      expect(await hits(page).count()).toBe(3);
      expect(await axeViolations(page)).toEqual([]);

      // Search: highlighted snippets, hostile text shown as text.
      await page.fill('#q', 'rahimova');
      await page.press('#q', 'Enter');
      await hitCount(page, 2);
      await settled(page);
      expect(params(page).get('q')).toBe('rahimova');
      const marks = await page.locator('.hits mark').allTextContents();
      expect(marks.length).toBeGreaterThan(0);
      expect(marks.every((mark) => /r[əa]himova/i.test(mark))).toBe(true);
      expect(await page.locator('.hits script').count()).toBe(0);
      expect(await page.textContent('.hits')).toContain('<script>alert(1)</script>');
      expect(await page.locator('.hit .meta').first().textContent()).toMatch(/\d{4}-\d{2}-\d{2}/);

      // On a phone the first result is on the first screen.
      const firstHit = await hits(page).first().boundingBox();
      expect(firstHit!.y).toBeLessThan(viewport.height);

      // Filter by language.
      await openFilters(page);
      await page.getByRole('group', { name: 'Languages' }).getByLabel('az').check();
      await hitCount(page, 1);
      expect(params(page).getAll('lang')).toEqual(['az']);
      expect(await page.textContent('.chips')).toContain('language: az');
      await page.getByRole('button', { name: 'Remove filter language: az' }).click();
      await hitCount(page, 2);

      // Compare a second query on the chart: two series in the legend and the URL.
      await page.fill('#compare-q', 'festival');
      await page.press('#compare-q', 'Enter');
      await expect.poll(() => page.locator('.u-legend .u-series').count(), { timeout: 15_000 }).toBe(3);
      expect(params(page).getAll('compare')).toEqual(['festival']);
      expect(await page.locator('.u-legend').textContent()).toContain('festival');
      const chartRequest = await page.inputValue('#chart-api-request');
      expect(new URL(chartRequest).searchParams.getAll('q')).toEqual(['rahimova', 'festival']);
      expect(((await (await fetch(chartRequest)).json()) as { series: unknown[] }).series).toHaveLength(2);
      await page.selectOption('#measure', 'share');
      expect(params(page).get('measure')).toBe('share');
      await page.locator('.u-axis').first().waitFor();

      // Brush: dragging across the chart sets the date filter.
      await page.locator('.u-over').scrollIntoViewIfNeeded();
      const over = await page.locator('.u-over').boundingBox();
      await page.mouse.move(over!.x + over!.width * 0.02, over!.y + over!.height / 2);
      await page.mouse.down();
      await page.mouse.move(over!.x + over!.width * 0.6, over!.y + over!.height / 2, { steps: 8 });
      await page.mouse.up();
      await expect.poll(() => params(page).has('from'), { timeout: 15_000 }).toBe(true);
      const from = params(page).get('from')!;
      const to = params(page).get('to')!;
      expect(from <= to).toBe(true);
      await settled(page);
      await openFilters(page);
      expect(await page.inputValue('#from')).toBe(from);

      // Entity page at its own URL, from the top entities of the results.
      await page.goto(`${server.url}/?q=rahimova`);
      await settled(page);
      await openFilters(page);
      await page.locator('.top-entities').getByRole('link', { name: 'Leyla Rəhimova' }).click();
      await page.waitForSelector('.entity-page h2');
      await settled(page);
      expect(params(page).get('page')).toBe('entity');
      expect(await page.textContent('.entity-page h2')).toBe('Leyla Rəhimova');
      const entityText = await page.textContent('.entity-page');
      expect(entityText).toContain('L. Rəhimova');
      expect(entityText).toContain('head of dubbing');
      expect(await page.locator('.network a').count()).toBeGreaterThan(0);
      // Edge widths come from the API's network weights: a shape mismatch would draw NaN.
      const widths = await page.locator('.network line').evaluateAll((lines) => lines.map((l) => Number(l.getAttribute('stroke-width'))));
      expect(widths.length).toBeGreaterThan(0);
      expect(widths.every((w) => Number.isFinite(w) && w >= 1)).toBe(true);
      await page.locator('.entity-page .u-over').waitFor();
      expect(await axeViolations(page)).toEqual([]);
      const entityUrl = page.url();

      // Article page: body paragraphs with the mentions highlighted and linked.
      await page.locator('.entity-page .articles a').first().click();
      await page.waitForSelector('.article-page h2');
      await settled(page);
      expect(params(page).get('page')).toBe('article');
      const mentions = await page.locator('.article-body a.mention').allTextContents();
      expect(mentions.some((mention) => /R[əa]himova/.test(mention))).toBe(true);
      expect(await page.locator('.article-page .links a', { hasText: 'Original page' }).count()).toBe(1);
      expect(await axeViolations(page)).toEqual([]);

      // Back returns to the entity page, then to the search.
      await page.goBack();
      await page.waitForSelector('.entity-page h2');
      expect(page.url()).toBe(entityUrl);
      await page.goBack();
      await page.waitForSelector('.hits .hit');
      expect(params(page).get('q')).toBe('rahimova');
      expect(params(page).get('page')).toBeNull();

      // Export: the CSV of every match of the current view.
      const download = page.waitForEvent('download');
      await page.click('#export-csv');
      const file = await download;
      const csv = readFileSync((await file.path())!, 'utf8');
      expect(csv.trim().split('\r\n')).toHaveLength(3);

      // "Copy as API request" gives the dashboard-ready URL; it answers what the page shows.
      const request = await page.inputValue('#api-request');
      const answer = (await (await fetch(request)).json()) as { total: number };
      expect(answer.total).toBe(2);

      expect(problems).toEqual([]);
      await context.close();
    });
  }

  for (const viewport of VIEWPORTS) {
    it(`follows coverage: "also published by", collapse reprints, saved searches with the token, source health (${viewport.name})`, { timeout: 120_000 }, async () => {
      const context = await browser.newContext({ viewport: { width: viewport.width, height: viewport.height } });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));

      // The reprint and its original carry each other as "also published by", the first publisher marked.
      await page.goto(`${following.url}/?q=dubbing`);
      await settled(page);
      const expanded = await hits(page).count();
      const original = hits(page).filter({ hasText: 'Film agency talks dubbing' });
      expect(await original.locator('.also-published').textContent()).toContain(REPRINT_OUTLET);
      expect(await original.locator('.also-published').textContent()).toMatch(/^First published here/);
      const reprint = hits(page).filter({ hasText: 'Agency official discusses dubbing' });
      expect(await reprint.locator('.also-published li', { hasText: '(first published)' }).count()).toBe(1);
      expect(await hits(page).filter({ hasText: 'Dubbing festival announced' }).locator('.also-published').count()).toBe(0);
      expect(await axeViolations(page)).toEqual([]);

      // Collapse reprints: one hit per story, in the view URL and in "copy as API request".
      await openFilters(page);
      await page.getByLabel(/Collapse reprints/).check();
      await hitCount(page, expanded - 1);
      expect(params(page).get('collapse')).toBe('cluster');
      const request = new URL(await page.inputValue('#api-request'));
      expect(request.searchParams.get('collapse')).toBe('cluster');
      expect(((await (await fetch(request)).json()) as { total: number }).total).toBe(expanded - 1);
      await openFilters(page);
      await page.getByLabel(/Collapse reprints/).uncheck();
      await hitCount(page, expanded);
      expect(params(page).has('collapse')).toBe(false);

      // Saved searches: refused without the token (saying where it is), saved with it, listed, deleted.
      const name = `Dubbing desk ${viewport.width}`;
      await page.getByRole('tab', { name: 'Saved searches' }).click();
      await page.fill('#saved-name', name);
      await page.fill('#saved-owner', 'film-desk');
      await page.click('.save-search button[type="submit"]');
      await expect.poll(() => page.textContent('#save-status'), { timeout: 15_000 }).toContain('HTTP 401');
      expect(await page.textContent('#save-status')).toContain('api-token');
      await page.fill('#write-token', WRITE_TOKEN);
      await page.selectOption('#saved-digest', 'daily');
      await page.click('.save-search button[type="submit"]');
      await expect.poll(() => page.textContent('#save-status'), { timeout: 15_000 }).toContain(`Saved “${name}”`);
      const listed = page.locator('.saved-searches li', { hasText: name });
      await listed.waitFor();
      expect(await listed.textContent()).toContain('digest daily');
      const stored = ((await (await fetch(`${following.url}/saved-searches`)).json()) as { items: { name: string; query: string; owner: string; feed: string }[] }).items.find((item) => item.name === name);
      expect(stored).toMatchObject({ query: 'dubbing', owner: 'film-desk' });
      expect(await listed.getByRole('link', { name: /Atom feed/ }).getAttribute('href')).toBe(`${following.url}${stored!.feed}`);
      expect(await axeViolations(page)).toEqual([]);
      await listed.getByRole('button', { name: `Delete “${name}”` }).click();
      await expect.poll(() => page.locator('.saved-searches li', { hasText: name }).count(), { timeout: 15_000 }).toBe(0);

      // The token is remembered; an invalid query is refused with where the mistake is.
      await page.goto(`${following.url}/?q=${encodeURIComponent('"unclosed phrase')}`);
      await settled(page, 'error');
      expect(await page.inputValue('#write-token')).toBe(WRITE_TOKEN);
      await page.fill('#saved-name', 'Broken');
      await page.click('.save-search button[type="submit"]');
      await expect.poll(() => page.textContent('#save-status'), { timeout: 15_000 }).toMatch(/Not saved: .*at character \d+/);

      // Source health: the silent source first, failures by reason.
      await page.getByRole('tab', { name: 'Source health' }).click();
      const rows = page.locator('table.health tbody tr');
      await rows.first().waitFor();
      expect(await rows.first().locator('th').textContent()).toContain('outlet-b');
      expect(await rows.first().textContent()).toContain('silent');
      const outletA = rows.filter({ hasText: 'outlet-a' });
      expect(await outletA.textContent()).toContain('http-404: 1');
      expect(await outletA.textContent()).not.toContain('silent');
      expect(await axeViolations(page)).toEqual([]);

      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it('suggests entities as you type; picking one turns the typed word into a filter (keyboard only)', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/?q=dubbing`);
    await settled(page);
    await page.fill('#q', 'dubbing Leyl');
    await page.getByRole('option', { name: /Leyla Rəhimova/ }).waitFor();
    expect(await page.getAttribute('#q', 'aria-expanded')).toBe('true');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => params(page).getAll('entity').length, { timeout: 15_000 }).toBe(1);
    expect(params(page).get('q')).toBe('dubbing');
    await settled(page);
    expect(await page.textContent('.chips')).toContain('entity: Leyla Rəhimova');
    await page.close();
  });

  it('finds the API where config.json says (under /api, as deployed on AWS)', async () => {
    const deployed = await startDeployedLike(server.url);
    const page = await browser.newPage();
    try {
      await page.goto(`${deployed.url}/?q=rahimova`);
      await settled(page);
      expect(await hits(page).count()).toBe(2);
      expect(await page.inputValue('#api-request')).toBe(`${deployed.url}/api/search?q=rahimova&limit=20`);
      expect(await page.getAttribute('#export-csv', 'href')).toMatch(new RegExp(`^${deployed.url}/api/export\\?`));
      await page.locator('.u-over').waitFor();
    } finally {
      await page.close();
      await deployed.close();
    }
  });

  it('opens an article from a bookmarked URL; its Back button leads to the search, not off the site', async () => {
    const { hits: found } = (await (await fetch(`${server.url}/search?q=rahimova`)).json()) as { hits: { id: string }[] };
    const page = await browser.newPage();
    await page.goto(`${server.url}/?q=rahimova&page=article&id=${encodeURIComponent(found[0]!.id)}`);
    await page.waitForSelector('.article-page h2');
    await page.getByRole('button', { name: '← Back' }).click();
    await page.waitForSelector('.hits .hit');
    expect(params(page).get('page')).toBeNull();
    expect(params(page).get('q')).toBe('rahimova');
    await page.close();
  });

  it('pages through results by cursor with "More results"', async () => {
    const page = await browser.newPage();
    // The fixture has three articles: pages of two (the API's own limit parameter) make a second page.
    await page.route(/\/search\?/, (route) => {
      const url = new URL(route.request().url());
      url.searchParams.set('limit', '2');
      return route.continue({ url: url.toString() });
    });
    await page.goto(`${server.url}/`);
    await settled(page);
    expect(await hits(page).count()).toBe(2);
    expect(await page.textContent('#status')).toBe('3 articles — showing 2');
    await page.click('#more');
    await hitCount(page, 3);
    expect(await page.textContent('#status')).toBe('3 articles');
    expect(await page.locator('#more').count()).toBe(0);
    const titles = await page.locator('.hit h3').allTextContents();
    expect(new Set(titles).size).toBe(3);
    await page.close();
  });

  it('draws one series per compared query when the main query is empty', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${server.url}/?compare=festival&compare=rahimova&measure=share`);
    await settled(page);
    await expect.poll(() => page.locator('.u-legend .u-series').count(), { timeout: 15_000 }).toBe(3);
    expect(await page.locator('.u-legend').textContent()).toMatch(/festival.*rahimova/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('reaches the first result in three Tab presses (skip link) and clears stale results on an error', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/`);
    await settled(page);
    await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement.textContent')).toBe('Skip to results');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await page.evaluate("document.activeElement.closest('.hit') !== null")).toBe(true);

    // From after To: the API's 400 replaces the results, chart and facets.
    await page.fill('#q', 'dubbing');
    await page.press('#q', 'Enter');
    await settled(page);
    expect(await hits(page).count()).toBeGreaterThan(0);
    await openFilters(page);
    await page.fill('#to', '2024-01-01');
    await settled(page);
    await page.fill('#from', '2025-01-01');
    await settled(page, 'error');
    expect(await page.textContent('#status')).toContain('`from` must not be after `to`');
    expect(await hits(page).count()).toBe(0);
    expect(await page.locator('.u-over').count()).toBe(0);

    // A query-syntax mistake says where it is.
    await page.goto(`${server.url}/`);
    await settled(page);
    await page.fill('#q', '"unclosed phrase');
    await page.press('#q', 'Enter');
    await settled(page, 'error');
    expect(await page.textContent('#status')).toMatch(/at character \d+/);
    await page.close();
  });
});
