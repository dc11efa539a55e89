import { readFileSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { stripRawBlocks } from '../shared/domain/parse/strip.js';
const dir = '/work/shared/datasets/article-extraction/html';
const by = new Map<string, number>();
for (const f of readdirSync(dir)) {
  const h = stripRawBlocks(gunzipSync(readFileSync(dir + '/' + f)).toString('utf8')).html;
  for (const m of h.matchAll(/\s([^\s=<>"']+)="([^"]*)"/g)) { const k = m[1]!.toLowerCase().startsWith('data-') ? 'data-*' : m[1]!.toLowerCase(); by.set(k, (by.get(k) ?? 0) + m[0].length); }
}
console.log([...by].sort((a, b) => b[1] - a[1]).slice(0, 20));
