import { readFileSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { stripRawBlocks } from '../shared/domain/parse/strip.js';
import { loadDocument, allElements, textOf } from '../shared/domain/parse/dom.js';
import { scoreTree, emitParagraphs } from '../shared/domain/parse/body.js';
import { gatherSources } from '../shared/domain/parse/metadata.js';
import { readJsonLd } from '../shared/domain/parse/jsonld.js';
import { parseArticle } from '../shared/domain/parse/index.js';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
const dir = '/work/shared/datasets/article-extraction/html';
const htmls = readdirSync(dir).map(f => gunzipSync(readFileSync(dir + '/' + f)).toString('utf8'));
const T: Record<string, number> = {};
const t = <X>(k: string, fn: () => X): X => { const s = performance.now(); const r = fn(); T[k] = (T[k] ?? 0) + performance.now() - s; return r; };
for (let round = 0; round < 3; round++) {
  for (const k of Object.keys(T)) T[k] = 0;
  for (const h of htmls) {
    const st = t('strip', () => stripRawBlocks(h));
    const doc = t('load', () => loadDocument(st.html));
    const els = t('allElements', () => allElements(doc));
    t('gather', () => gatherSources(els));
    t('jsonld', () => readJsonLd(st.jsonLd));
    const sc = t('score', () => scoreTree(doc));
    t('emit', () => sc.best && emitParagraphs(sc.best, sc.dropped));
    t('headline', () => els.filter(e => e.name === 'h1' || e.name === 'h2').map(e => textOf(e)));
    t('TOTAL parseArticle', () => parseArticle(h));
    t('READABILITY', () => { const { document } = parseHTML(h); return new Readability(document as any).parse(); });
  }
  console.log(Object.entries(T).map(([k, v]) => `${k}=${v.toFixed(0)}`).join(' '));
}
