import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { loadDocument, allElements, textOf } from '../shared/domain/parse/dom.js';
import { isSkipped as isDropped, hasBoilerplateName } from '../shared/domain/parse/boilerplate.js';
const id = process.argv[2]!; const needle = process.argv[3]!;
const html = gunzipSync(readFileSync(`/work/shared/datasets/article-extraction/html/${id}.html.gz`)).toString('utf8');
const doc = loadDocument(html);
const els = allElements(doc).filter(e => e.children.some((c: any) => c.type === 'text' && c.data.includes(needle)));
for (const e of els.slice(0,2)) { let n: any = e; const out: string[] = [];
  while (n && n.name) { out.unshift(`${n.name}${n.attribs.id ? '#' + n.attribs.id : ''}${n.attribs.class ? '.' + n.attribs.class.trim().split(/\s+/).join('.') : ''}${(isDropped(n) || hasBoilerplateName(n)) ? '[DROP]' : ''}`); n = n.parent; }
  console.log(out.join('\n  > ')); }
