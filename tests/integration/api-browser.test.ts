/**
 * The web page in a real browser (Chromium through playwright-core). Runs only where
 * /usr/bin/chromium exists; elsewhere the suite is skipped and says why.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../shared/api/node-server.js';
import { openApiFixture, type ApiFixture } from '../unit/api/corpus.js';

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
const title = hasChromium ? 'web page in Chromium' : `web page in Chromium (skipped: ${CHROMIUM} not found)`;
const webDir = fileURLToPath(new URL('../../web/', import.meta.url));

describe.skipIf(!hasChromium)(title, () => {
  let fixture: ApiFixture;
  let server: RunningServer;
  let browser: import('playwright-core').Browser;

  beforeAll(async () => {
    const { chromium } = await import('playwright-core');
    fixture = await openApiFixture();
    server = await startServer({ api: fixture.api, port: 0, webDir });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await fixture?.cleanup();
  });

  it('searches, highlights matches, filters by a facet and opens an entity', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${server.url}/`);
    await page.fill('#q', 'rahimova');
    await page.press('#q', 'Enter');
    await page.locator('#results .hit').nth(1).waitFor();
    expect(await page.locator('#results .hit').count()).toBe(2);
    expect(await page.locator('#results mark').count()).toBeGreaterThan(0);
    expect(await page.locator('#results script').count()).toBe(0);
    expect(await page.locator('#timeline rect').count()).toBeGreaterThan(0);

    await page.getByRole('button', { name: 'Leyla Rəhimova' }).first().click();
    await page.waitForSelector('#entity-panel h2');
    expect(await page.textContent('#entity-panel h2')).toBe('Leyla Rəhimova');
    expect(await page.textContent('#entity-panel')).toContain('Mentioned together with');
    expect(errors).toEqual([]);
    await page.close();
  });
});
