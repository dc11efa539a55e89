import { stripRawBlocks } from '../shared/domain/parse/strip.js';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { parseArticle } from '../shared/domain/parse/index.js';
import { scoreTree } from '../shared/domain/parse/body.js';
import { loadDocument } from '../shared/domain/parse/dom.js';
import { scorePage } from './lib/article-metric.js';
const id = process.argv[2]!;
const dir = '/work/shared/datasets/article-extraction';
const gt = JSON.parse(readFileSync(dir + '/ground-truth.json', 'utf8'))[id];
const html = gunzipSync(readFileSync(`${dir}/html/${id}.html.gz`)).toString('utf8');
const page = parseArticle(html, { url: gt.url });
const { best } = scoreTree(loadDocument(stripRawBlocks(html).html));
const path: string[] = []; let n: any = best; while (n && n.name) { path.unshift(n.name + (n.attribs.id ? '#' + n.attribs.id : '') + (n.attribs.class ? '.' + n.attribs.class.split(/\s+/).join('.') : '')); n = n.parent; }
console.log('BEST', path.join(' > '));
const s = scorePage(page.paragraphs.join('\n\n'), gt.articleBody);
console.log('SCORE', s.f1.toFixed(3), s.precision.toFixed(3), s.recall.toFixed(3));
const { paragraphs, ...meta } = page; console.log(JSON.stringify(meta));
const mode = process.argv[3] ?? 'both';
if (mode !== 'truth') { console.log('--- OURS'); for (const p of paragraphs) console.log('|', p.slice(0, 160)); }
if (mode !== 'ours') { console.log('--- TRUTH'); for (const p of gt.articleBody.split('\n\n')) console.log('|', p.slice(0, 160)); }
