import { readFileSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { parseArticle } from '../shared/domain/parse/index.js';
import { scorePage, corpusScore } from './lib/article-metric.js';
const dir = '/work/shared/datasets/article-extraction';
const gt = JSON.parse(readFileSync(dir + '/ground-truth.json', 'utf8'));
const rows: any[] = [];
for (const f of readdirSync(dir + '/html')) {
  const id = f.slice(0, 64); const html = gunzipSync(readFileSync(dir + '/html/' + f)).toString('utf8');
  const s = scorePage(parseArticle(html, { url: gt[id].url }).paragraphs.join('\n\n'), gt[id].articleBody);
  rows.push({ id, url: gt[id].url, ...s });
}
const c = corpusScore(rows); console.log('F1', c.f1.toFixed(4), 'P', c.precision.toFixed(4), 'R', c.recall.toFixed(4));
const lostP = rows.reduce((a, r) => a + (1 - r.precision), 0), lostR = rows.reduce((a, r) => a + (1 - r.recall), 0);
console.log('lostP', lostP.toFixed(2), 'lostR', lostR.toFixed(2));
rows.sort((a, b) => a.f1 - b.f1);
for (const r of rows.slice(0, Number(process.argv[2] ?? 30))) console.log(r.f1.toFixed(3), r.precision.toFixed(3), r.recall.toFixed(3), r.id.slice(0, 10), r.url.slice(0, 90));
