/**
 * The web page's script against the real API over loopback HTTP, in a linkedom DOM (no browser
 * needed). It proves the page's requests, rendering and escaping; layout is not checked here —
 * api-browser.test.ts does that where Chromium exists.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { serveApiFixture } from '../support/served-api.js';

const webDir = fileURLToPath(new URL('../../web/', import.meta.url));

const server = serveApiFixture();

type LinkedomWindow = ReturnType<typeof parseHTML>;

/** Loads index.html, points its API meta tag at the server, and runs app.js in that DOM. */
async function openPage(search = ''): Promise<{ window: LinkedomWindow; document: LinkedomWindow['document'] }> {
  const html = await (await fetch(`${server.url}/`)).text();
  const window = parseHTML(html.replace('name="culture-index-api" content=""', `name="culture-index-api" content="${server.url}"`));
  const { document } = window;
  giveSelectsAValueSetter(document);
  // The page reads and writes the address bar; a plain object stands in for it.
  const location = { search, pathname: '/' };
  const history = { replaceState: (_s: unknown, _t: string, url: string) => (location.search = url.startsWith('?') ? url : '') };
  const script = readFileSync(`${webDir}app.js`, 'utf8');
  new Function('window', 'document', 'location', 'history', 'fetch', 'Node', 'URLSearchParams', 'URL', script)(
    window, document, location, history, fetch, window.Node, URLSearchParams, URL,
  );
  return { window, document };
}

/** linkedom's <select> has a read-only `value`; browsers let scripts set it. */
function giveSelectsAValueSetter(document: LinkedomWindow['document']): void {
  for (const select of document.querySelectorAll('select')) {
    const options = () => [...select.querySelectorAll('option')];
    Object.defineProperty(select, 'value', {
      get: () => (options().find((o) => o.hasAttribute('selected')) ?? options()[0])?.getAttribute('value') ?? '',
      set: (value: string) => options().forEach((o) => (o.getAttribute('value') === value ? o.setAttribute('selected', '') : o.removeAttribute('selected'))),
    });
  }
}

async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 200; i += 1) {
    if (check()) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('web page script against the API', () => {
  it('lists everything on load, then searches, highlights matches and escapes text', async () => {
    const { window, document } = await openPage();
    await until(() => document.querySelectorAll('#results .hit').length === 3, 'initial results');
    expect(document.querySelector('#status')!.textContent).toBe('3 articles');

    (document.querySelector('#q') as unknown as { value: string }).value = 'rahimova';
    document.querySelector('#search-form')!.dispatchEvent(new window.Event('submit', { cancelable: true }));
    await until(() => document.querySelectorAll('#results .hit').length === 2, 'search results');

    const marks = [...document.querySelectorAll('#results mark')].map((m) => m.textContent);
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.every((m) => /r[əa]himova/i.test(m ?? ''))).toBe(true);
    // The hostile text of an article arrives as text, not as an element.
    expect(document.querySelectorAll('#results script').length).toBe(0);
    expect(document.querySelector('#results')!.textContent).toContain('<script>alert(1)</script>');
    expect(document.querySelectorAll('#timeline rect').length).toBeGreaterThan(0);
    expect(document.querySelector('#facets')!.textContent).toContain('Leyla Rəhimova');
  });

  it('offers the current search as a CSV and a JSONL download of every match', async () => {
    const { document } = await openPage('?q=dubbing&lang=en');
    await until(() => document.querySelectorAll('#results .hit').length === 2, 'results');
    const href = document.querySelector('#export-csv')!.getAttribute('href')!;
    const url = new URL(href);
    expect(url.pathname).toBe('/export');
    expect(Object.fromEntries(url.searchParams)).toEqual({ q: 'dubbing', lang: 'en', format: 'csv', bom: 'true' });
    // Following the link downloads the file the API streams.
    const download = await fetch(href);
    expect(download.headers.get('content-disposition')).toMatch(/^attachment/);
    const lines = (await download.text()).trim().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(new URL(document.querySelector('#export-jsonl')!.getAttribute('href')!).searchParams.get('format')).toBe('jsonl');
  });

  it('restores filters from the address, shows them as chips, and opens the entity panel', async () => {
    const { window, document } = await openPage('?lang=az&type=event');
    await until(() => document.querySelectorAll('#results .hit').length === 1, 'filtered results');
    expect(document.querySelector('#active-filters')!.textContent).toContain('language: az');
    expect(document.querySelector('#type-chips [aria-pressed="true"]')!.textContent).toBe('event');

    const entityButton = [...document.querySelectorAll('#facets button')].find((b) => b.textContent === 'Leyla Rəhimova');
    expect(entityButton).toBeDefined();
    entityButton!.dispatchEvent(new window.Event('click'));
    await until(() => document.querySelector('#entity-panel h2')?.textContent === 'Leyla Rəhimova', 'entity panel');
    const panel = document.querySelector('#entity-panel')!.textContent ?? '';
    expect(panel).toContain('L. Rəhimova');
    expect(panel).toContain('head of dubbing');
    expect(panel).toContain('Mentioned together with');
  });

  it('shows the API error message for a bad date range', async () => {
    const { document } = await openPage('?from=2025-01-01&to=2024-01-01');
    await until(() => document.querySelector('#status')!.textContent!.startsWith('Search failed'), 'error status');
    expect(document.querySelector('#status')!.textContent).toContain('`from` must not be after `to`');
  });
});
