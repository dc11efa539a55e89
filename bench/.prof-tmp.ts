import { readFileSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { parseArticle } from '../shared/domain/parse/index.js';
import { stripRawBlocks } from '../shared/domain/parse/strip.js';
const dir = '/work/shared/datasets/article-extraction/html';
const htmls = readdirSync(dir).map(f => gunzipSync(readFileSync(dir + '/' + f)).toString('utf8'));
let a=0,b=0; for (const h of htmls) { a+=h.length; b+=stripRawBlocks(h).html.length; } console.log('chars', a, 'after strip', b);
for (let i = 0; i < 4; i++) { const s = performance.now(); for (const h of htmls) parseArticle(h); console.log((performance.now() - s).toFixed(0)); }
