import { readFileSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { parseArticle } from '../shared/domain/parse/index.js';
import { stripRawBlocks } from '../shared/domain/parse/strip.js';
import { readJsonLd, isArticleNode, stringField } from '../shared/domain/parse/jsonld.js';
import { scorePage } from './lib/article-metric.js';
const dir = '/work/shared/datasets/article-extraction';
const gt = JSON.parse(readFileSync(dir + '/ground-truth.json', 'utf8'));
for (const f of readdirSync(dir + '/html')) {
  const id = f.slice(0, 64); const html = gunzipSync(readFileSync(dir + '/html/' + f)).toString('utf8');
  const nodes = readJsonLd(stripRawBlocks(html).jsonLd);
  const body = nodes.map(n => stringField(n, 'articleBody')).find(Boolean);
  if (!body) continue;
  const ours = parseArticle(html).paragraphs.join('\n\n');
  const a = scorePage(ours, gt[id].articleBody), b = scorePage(body, gt[id].articleBody);
  console.log(id.slice(0, 8), 'dom', a.f1.toFixed(3), 'jsonld', b.f1.toFixed(3), b.precision.toFixed(3), b.recall.toFixed(3), 'len', ours.length, body.length, JSON.stringify(body.slice(-60)));
}
