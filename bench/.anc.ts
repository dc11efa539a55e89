import { stripRawBlocks } from '../shared/domain/parse/strip.js';
import { readFileSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { loadDocument, allElements, textOf } from '../shared/domain/parse/dom.js';
import { isSkipped as isDropped, hasBoilerplateName } from '../shared/domain/parse/boilerplate.js';
const id = process.argv[2]!; const needle = process.argv[3]!;
const full = readdirSync('/work/shared/datasets/article-extraction/html').find((x) => x.startsWith(id))!; const html = gunzipSync(readFileSync('/work/shared/datasets/article-extraction/html/' + full)).toString('utf8');
const doc = loadDocument(stripRawBlocks(html).html);
const els = allElements(doc).filter(e => e.children.some((c: any) => c.type === 'text' && c.data.includes(needle)));
for (const e of els.slice(0,2)) { let n: any = e; const out: string[] = [];
  while (n && n.name) { out.unshift(`${n.name}${n.attribs.id ? '#' + n.attribs.id : ''}${n.attribs.class ? '.' + n.attribs.class.trim().split(/\s+/).join('.') : ''}${(isDropped(n) || hasBoilerplateName(n)) ? '[DROP]' : ''}`); n = n.parent; }
  console.log(out.join('\n  > ')); }
