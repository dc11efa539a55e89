import { readFileSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { parseArticle } from '../shared/domain/parse/index.js';
import { stripRawBlocks } from '../shared/domain/parse/strip.js';
import { loadDocument } from '../shared/domain/parse/dom.js';
const dir = '/work/shared/datasets/article-extraction/html';
const htmls = readdirSync(dir).map(f => gunzipSync(readFileSync(dir + '/' + f)).toString('utf8'));
let a = 1e9, b = 1e9;
for (let r = 0; r < 7; r++) {
  let s = performance.now(); for (const h of htmls) parseArticle(h); a = Math.min(a, performance.now() - s);
  s = performance.now(); for (const h of htmls) loadDocument(stripRawBlocks(h).html); b = Math.min(b, performance.now() - s);
}
console.log('parseArticle min', a.toFixed(0), 'strip+load min', b.toFixed(0), 'overhead', (a - b).toFixed(0));
