import { readFileSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { stripRawBlocks } from '../shared/domain/parse/strip.js';
import { loadDocument, textOf } from '../shared/domain/parse/dom.js';
import { scoreTree } from '../shared/domain/parse/body.js';
const id = process.argv[2]!;
const f = readdirSafe(id);
function readdirSafe(p: string) { return readdirSync('/work/shared/datasets/article-extraction/html').find((x: string) => x.startsWith(p)); }
const html = gunzipSync(readFileSync('/work/shared/datasets/article-extraction/html/' + f)).toString('utf8');
const doc = loadDocument(stripRawBlocks(html).html);
const { best, dropped } = scoreTree(doc);
const d = (n: any) => `${n.name}${n.attribs.id ? '#' + n.attribs.id : ''}${n.attribs.class ? '.' + n.attribs.class.trim().split(/\s+/).slice(0,3).join('.') : ''}`;
const show = (n: any, depth: number, maxDepth: number) => {
  if (depth > maxDepth) return;
  for (const c of n.children) { if (c.type !== 'tag') continue; const t = textOf(c).replace(/\s+/g, ' ').trim(); if (t.length < 30) continue;
    console.log('  '.repeat(depth) + d(c) + (dropped.has(c) ? ' [DROP]' : '') + ' len=' + t.length + ' ' + JSON.stringify(t.slice(0, 60))); show(c, depth + 1, maxDepth); }
};
let n: any = best; const path = []; while (n && n.name) { path.unshift(d(n)); n = n.parent; } console.log('BEST', path.join(' > '));
show(best!.parent ?? best, 0, Number(process.argv[3] ?? 2));
