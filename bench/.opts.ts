import { readFileSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { load } from 'cheerio/slim';
import { stripRawBlocks } from '../shared/domain/parse/strip.js';
const dir = '/work/shared/datasets/article-extraction/html';
const htmls = readdirSync(dir).map(f => stripRawBlocks(gunzipSync(readFileSync(dir + '/' + f)).toString('utf8')).html);
const variants: Record<string, object> = {
  default: { xml: false },
  noDecode: { xml: { xmlMode: false, decodeEntities: false } },
  noLower: { xml: { xmlMode: false, lowerCaseTags: false, lowerCaseAttributeNames: false } },
  html2: { xml: { xmlMode: false } },
};
const mins: Record<string, number> = {};
for (let r = 0; r < 6; r++) for (const [k, o] of Object.entries(variants)) { const s = performance.now(); for (const h of htmls) load(h, o as any); mins[k] = Math.min(mins[k] ?? 1e9, performance.now() - s); }
console.log(mins);
const ws = htmls.map(h => h.replace(/>\s+</g, '><'));
const ws2 = htmls.map(h => h.replace(/<\/(?:div|p|li|ul|ol|section|article|header|footer|nav|aside|span|a|td|tr|table|tbody|h[1-6]|figure|main|form|button|i|b|strong|em|img|meta|link|br)>\s+</gi, (m) => m.slice(0, m.indexOf('>') + 1) + '<'));
const m2: Record<string, number> = {};
for (let r = 0; r < 6; r++) for (const [k, arr] of Object.entries({ base: htmls, ws, ws2 })) { const s = performance.now(); for (const h of arr) load(h, { xml: false }); m2[k] = Math.min(m2[k] ?? 1e9, performance.now() - s); }
let s = performance.now(); htmls.map(h => h.replace(/>\s+</g, '><')); console.log('replace cost', performance.now() - s);
console.log(m2);
