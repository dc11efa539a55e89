import { readFileSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { load } from 'cheerio/slim';
import { stripRawBlocks } from '../shared/domain/parse/strip.js';
const dir = '/work/shared/datasets/article-extraction/html';
const htmls = readdirSync(dir).map(f => stripRawBlocks(gunzipSync(readFileSync(dir + '/' + f)).toString('utf8')).html);
console.log('pages with uppercase tags', htmls.filter(h => /<\/?[A-Z]/.test(h)).length);
const variants: Record<string, object> = {
  default: { xml: false },
  noDecode: { xml: { xmlMode: false, decodeEntities: false } },
  noLowerTags: { xml: { xmlMode: false, lowerCaseTags: false } },
  all3: { xml: { xmlMode: false, lowerCaseTags: false, lowerCaseAttributeNames: false, decodeEntities: false } },
  noDecodeNoLowerTags: { xml: { xmlMode: false, lowerCaseTags: false, decodeEntities: false } },
};
const mins: Record<string, number> = {};
for (let r = 0; r < 7; r++) for (const [k, o] of Object.entries(variants)) { const s = performance.now(); for (const h of htmls) load(h, o as any); mins[k] = Math.min(mins[k] ?? 1e9, performance.now() - s); }
let s = performance.now(); for (let r = 0; r < 10; r++) htmls.forEach(h => /<\/?[A-Z]/.test(h)); console.log('test cost per pass', (performance.now() - s) / 10);
console.log(mins);
