// culture-index search page. Plain browser JavaScript, no build step.
// Everything from the API is inserted as text nodes; the only HTML accepted is <mark> in snippets,
// and even that is rebuilt element by element rather than assigned with innerHTML.
'use strict';

const ENTITY_TYPES = ['person', 'organisation', 'project', 'event', 'work', 'place'];
const API_BASE = (document.querySelector('meta[name="culture-index-api"]')?.getAttribute('content') || '').replace(/\/$/, '');
const PAGE_SIZE = 20;

const state = { q: '', types: [], outlets: [], collections: [], langs: [], entities: [], from: '', to: '', interval: 'month' };
const labels = new Map(); // entity id → display name
let nextCursor = null;
let requestSerial = 0;

const $ = (id) => document.getElementById(id);

/** Creates an element; children are nodes or strings (strings become text nodes, never HTML). */
function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else if (key === 'class') node.className = value;
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function svgEl(tag, attrs, ...children) {
  const node = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [key, value] of Object.entries(attrs || {})) node.setAttribute(key, String(value));
  for (const child of children) node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  return node;
}

const NAMED_ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the character references an escaped snippet may hold; never parses tags. */
function decodeEntities(text) {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

/** Rebuilds a snippet ("escaped text with <mark>…</mark>") as text nodes and <mark> elements. */
function snippetNode(snippet) {
  const container = el('p', { class: 'snippet' });
  let inMark = false;
  for (const part of String(snippet).split(/(<\/?mark>)/)) {
    if (part === '<mark>') inMark = true;
    else if (part === '</mark>') inMark = false;
    else if (part) container.append(inMark ? el('mark', {}, decodeEntities(part)) : document.createTextNode(decodeEntities(part)));
  }
  return container;
}

/** Only http(s) links are rendered as links (no javascript: URLs from data). */
function safeHref(url) {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

function formatDate(iso) {
  if (!iso) return 'undated';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toISOString().slice(0, 10);
}

function queryString(extra) {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const t of state.types) params.append('type', t);
  for (const o of state.outlets) params.append('outlet', o);
  for (const c of state.collections) params.append('collection', c);
  for (const l of state.langs) params.append('lang', l);
  for (const e of state.entities) params.append('entity', e);
  if (state.from) params.set('from', state.from);
  if (state.to) params.set('to', state.to);
  for (const [key, value] of Object.entries(extra || {})) if (value !== undefined && value !== null) params.set(key, String(value));
  return params.toString();
}

// On AWS, auth.js signs the page in and sends the token; locally it is absent or passes through.
const apiFetch = (url, init) => (window.cultureIndexAuth ? window.cultureIndexAuth.fetch(url, init) : fetch(url, init));

async function getJson(path, extra) {
  const qs = queryString(extra);
  const response = await apiFetch(`${API_BASE}${path}${qs ? `?${qs}` : ''}`, { headers: { accept: 'application/json' } });
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    const message = body?.error?.issues?.length ? body.error.issues.map((i) => `${i.path}: ${i.message}`).join('; ') : body?.error?.message;
    throw new Error(message || `HTTP ${response.status}`);
  }
  return body;
}

/** The export links carry the current query and filters; the API streams every match as a file. */
function updateExportLinks() {
  $('export-csv').setAttribute('href', `${API_BASE}/export?${queryString({ format: 'csv', bom: 'true' })}`);
  $('export-jsonl').setAttribute('href', `${API_BASE}/export?${queryString({ format: 'jsonl' })}`);
}

function saveStateToUrl() {
  const qs = queryString(state.interval !== 'month' ? { interval: state.interval } : {});
  history.replaceState(null, '', qs ? `?${qs}` : location.pathname);
}

function loadStateFromUrl() {
  const params = new URLSearchParams(location.search);
  state.q = params.get('q') || '';
  state.types = params.getAll('type').filter((t) => ENTITY_TYPES.includes(t));
  state.outlets = params.getAll('outlet');
  state.collections = params.getAll('collection');
  state.langs = params.getAll('lang');
  state.entities = params.getAll('entity');
  state.from = params.get('from') || '';
  state.to = params.get('to') || '';
  state.interval = ['day', 'week', 'month', 'year'].includes(params.get('interval')) ? params.get('interval') : 'month';
  $('q').value = state.q;
  $('from').value = state.from;
  $('to').value = state.to;
  $('interval').value = state.interval;
}

function setStatus(text, isError) {
  const status = $('status');
  status.textContent = text;
  status.classList.toggle('error', Boolean(isError));
}

function renderTypeChips() {
  const row = $('type-chips');
  row.replaceChildren(
    ...ENTITY_TYPES.map((type) =>
      el('button', {
        type: 'button',
        class: 'chip',
        'aria-pressed': state.types.includes(type) ? 'true' : 'false',
        onclick: () => {
          state.types = state.types.includes(type) ? state.types.filter((t) => t !== type) : [...state.types, type];
          runSearch();
        },
      }, type),
    ),
  );
}

function removableChip(label, onRemove) {
  return el('button', { type: 'button', class: 'chip active', title: 'Remove filter', onclick: onRemove }, `${label} ×`);
}

function renderActiveFilters() {
  const chips = [
    ...state.entities.map((id) => removableChip(`entity: ${labels.get(id) || id}`, () => { state.entities = state.entities.filter((e) => e !== id); runSearch(); })),
    ...state.outlets.map((o) => removableChip(`outlet: ${labels.get(o) || o}`, () => { state.outlets = state.outlets.filter((x) => x !== o); runSearch(); })),
    ...state.collections.map((c) => removableChip(`collection: ${c}`, () => { state.collections = state.collections.filter((x) => x !== c); runSearch(); })),
    ...state.langs.map((l) => removableChip(`language: ${l}`, () => { state.langs = state.langs.filter((x) => x !== l); runSearch(); })),
  ];
  $('active-filters').replaceChildren(...chips);
}

function renderHit(hit) {
  const href = safeHref(hit.url);
  return el('li', { class: 'hit' },
    el('h2', {}, href ? el('a', { href, rel: 'noopener noreferrer', target: '_blank' }, hit.title || '(untitled)') : hit.title || '(untitled)'),
    el('div', { class: 'meta' }, `${hit.sourceName || hit.outlet} · ${formatDate(hit.publishedAt)} · ${hit.language}`),
    snippetNode(hit.snippet || ''),
  );
}

function facetList(title, items, onPick, onLabel) {
  if (!items || items.length === 0) return null;
  return el('section', {},
    el('h3', {}, title),
    el('ul', {}, items.map((item) =>
      el('li', {},
        el('button', { type: 'button', class: 'link', title: onLabel ? 'Show details' : 'Filter by this', onclick: () => (onLabel ? onLabel(item) : onPick(item)) }, item.label || item.value),
        el('span', {},
          onLabel ? el('button', { type: 'button', class: 'link', title: 'Filter by this entity', 'aria-label': `Filter by ${item.label || item.value}`, onclick: () => onPick(item) }, '+ ') : null,
          el('span', { class: 'count' }, item.count),
        ),
      ),
    )),
  );
}

function renderFacets(facets) {
  const aside = $('facets');
  if (!facets) return aside.replaceChildren();
  const pickEntity = (item) => {
    labels.set(item.value, item.label || item.value);
    if (!state.entities.includes(item.value)) state.entities = [...state.entities, item.value];
    runSearch();
  };
  aside.replaceChildren(
    ...ENTITY_TYPES.map((type) => facetList(type, facets.entities?.[type], pickEntity, (item) => showEntity(item.value))).filter(Boolean),
    facetList('outlets', facets.outlets, (item) => { labels.set(item.value, item.label || item.value); if (!state.outlets.includes(item.value)) state.outlets = [...state.outlets, item.value]; runSearch(); }),
    facetList('collections', facets.collections, (item) => { if (!state.collections.includes(item.value)) state.collections = [...state.collections, item.value]; runSearch(); }),
    facetList('languages', facets.languages, (item) => { if (!state.langs.includes(item.value)) state.langs = [...state.langs, item.value]; runSearch(); }),
  );
}

function renderTimeline(buckets) {
  const svg = $('timeline');
  const width = Math.max(svg.clientWidth || 600, 200);
  const height = 90;
  const max = Math.max(1, ...buckets.map((b) => b.count));
  const slot = buckets.length > 0 ? width / buckets.length : width;
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  svg.replaceChildren(
    ...buckets.map((bucket, i) => {
      const barHeight = Math.max(1, Math.round((bucket.count / max) * (height - 18)));
      return svgEl('rect', { x: (i * slot + 1).toFixed(1), y: height - 14 - barHeight, width: Math.max(1, slot - 2).toFixed(1), height: barHeight },
        svgEl('title', {}, `${bucket.key}: ${bucket.count}`));
    }),
    ...(buckets.length > 0
      ? [svgEl('text', { x: 0, y: height - 2 }, buckets[0].key), svgEl('text', { x: width, y: height - 2, 'text-anchor': 'end' }, buckets[buckets.length - 1].key)]
      : []),
  );
  $('timeline-caption').textContent = buckets.length > 0 ? `Articles per ${state.interval}, by publication date` : 'No dated articles match.';
}

async function runSearch(append) {
  const serial = ++requestSerial;
  if (!append) {
    nextCursor = null;
    saveStateToUrl();
    updateExportLinks();
    renderTypeChips();
    renderActiveFilters();
  }
  setStatus('Searching…');
  try {
    const [result, timeline] = await Promise.all([
      getJson('/search', { limit: PAGE_SIZE, facets: append ? undefined : 'true', cursor: append ? nextCursor : undefined }),
      append ? null : getJson('/stats/timeline', { interval: state.interval }),
    ]);
    if (serial !== requestSerial) return; // a newer search replaced this one
    for (const e of result.entities || []) if (e.name) labels.set(e.id, e.name);
    const items = result.hits.map(renderHit);
    if (append) $('results').append(...items);
    else $('results').replaceChildren(...items);
    if (!append) {
      renderFacets(result.facets);
      renderActiveFilters();
      if (timeline) renderTimeline(timeline.buckets);
    }
    nextCursor = result.nextCursor;
    $('more').hidden = !nextCursor;
    const shown = $('results').children.length;
    setStatus(result.total === 0 ? 'No articles match.' : `${result.total} article${result.total === 1 ? '' : 's'}${shown < result.total ? ` — showing ${shown}` : ''}`);
  } catch (error) {
    if (serial === requestSerial) setStatus(`Search failed: ${error.message}`, true);
  }
}

async function showEntity(id) {
  const panel = $('entity-panel');
  panel.hidden = false;
  panel.replaceChildren(el('p', { class: 'status' }, 'Loading…'));
  try {
    const response = await apiFetch(`${API_BASE}/entities/${encodeURIComponent(id)}`);
    const entity = await response.json();
    if (!response.ok) throw new Error(entity?.error?.message || `HTTP ${response.status}`);
    labels.set(entity.id, entity.name);
    const roles = entity.roles.filter((r) => r.role || r.affiliation);
    // replaceChildren does not flatten: the optional sections are arrays, so flatten them first.
    panel.replaceChildren(...[
      el('button', { type: 'button', class: 'link close', 'aria-label': 'Close', onclick: () => { panel.hidden = true; } }, '✕'),
      el('h2', {}, entity.name),
      el('div', { class: 'meta' }, `${entity.type} · ${entity.articleCount} article${entity.articleCount === 1 ? '' : 's'}`),
      el('button', { type: 'button', class: 'chip', onclick: () => { if (!state.entities.includes(entity.id)) state.entities = [...state.entities, entity.id]; runSearch(); } }, 'Filter results by this entity'),
      entity.aliases.length ? [el('h3', {}, 'Also written'), el('ul', {}, entity.aliases.map((a) => el('li', {}, a)))] : null,
      roles.length ? [el('h3', {}, 'Roles over time'), el('ul', {}, roles.map((r) => el('li', {}, `${formatDate(r.publishedAt)}: ${[r.role, r.affiliation].filter(Boolean).join(', ')}`)))] : null,
      entity.coMentioned.length
        ? [el('h3', {}, 'Mentioned together with'), el('ul', {}, entity.coMentioned.map((c) => el('li', {}, el('button', { type: 'button', class: 'link', onclick: () => showEntity(c.value) }, c.label || c.value), ` (${c.count})`)))]
        : null,
      entity.articles.length ? [el('h3', {}, 'Recent articles'), el('ul', {}, entity.articles.slice(0, 10).map((a) => el('li', {}, `${formatDate(a.publishedAt)} · ${a.outlet}: ${a.title}`)))] : null,
    ].flat().filter(Boolean));
  } catch (error) {
    panel.replaceChildren(el('p', { class: 'status error' }, `Could not load the entity: ${error.message}`));
  }
}

function init() {
  loadStateFromUrl();
  $('search-form').addEventListener('submit', (event) => {
    event.preventDefault();
    state.q = $('q').value.trim();
    runSearch();
  });
  for (const id of ['from', 'to']) {
    $(id).addEventListener('change', () => {
      state[id] = $(id).value;
      runSearch();
    });
  }
  $('interval').addEventListener('change', () => {
    state.interval = $('interval').value;
    runSearch();
  });
  $('more').addEventListener('click', () => runSearch(true));
  runSearch();
}

init();
