import { readFileSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { stripRawBlocks } from '../shared/domain/parse/strip.js';
const dir = '/work/shared/datasets/article-extraction/html';
const by: Record<string, number> = {}; let total = 0;
for (const f of readdirSync(dir)) {
  const h = stripRawBlocks(gunzipSync(readFileSync(dir + '/' + f)).toString('utf8')).html; total += h.length;
  for (const tag of ['nav', 'footer', 'aside', 'noscript', 'iframe', 'select', 'template', 'head', 'form', 'button', 'header', 'picture', 'figure', 'ul']) {
    const re = new RegExp(`<${tag}[\\s>][\\s\\S]*?</${tag}>`, 'gi'); for (const m of h.matchAll(re)) by[tag] = (by[tag] ?? 0) + m[0].length;
  }
}
console.log(total, by);
