import { readFileSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { stripRawBlocks } from '../shared/domain/parse/strip.js';
import { loadDocument } from '../shared/domain/parse/dom.js';
const dir = '/work/shared/datasets/article-extraction/html';
const htmls = readdirSync(dir).map(f => stripRawBlocks(gunzipSync(readFileSync(dir + '/' + f)).toString('utf8')).html);
const HEAVY = /\s(?:href|src|srcset|data-[\w-]+|title|alt|onclick|onload|onerror|target|sizes|role|value|d|width|height|loading|decoding|tabindex|aria-(?!hidden)[\w-]+)\s*=\s*(?:"[^"]*"|'[^']*')/gi;
const mins = [1e9, 1e9, 1e9]; for (let r = 0; r < 8; r++) {
  let s = performance.now(); for (const h of htmls) loadDocument(h); const a = performance.now() - s;
  s = performance.now(); const light = htmls.map(h => h.replace(HEAVY, '')); const b = performance.now() - s;
  s = performance.now(); for (const h of light) loadDocument(h); const c = performance.now() - s;
  mins[0] = Math.min(mins[0]!, a); mins[1] = Math.min(mins[1]!, b); mins[2] = Math.min(mins[2]!, c);
}
console.log(mins.map(x => x.toFixed(0)));
