import { readFileSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { parseArticle } from '../shared/domain/parse/index.js';
import { comparable } from '../shared/domain/parse/text.js';
const dir = '/work/shared/datasets/article-extraction';
const gt = JSON.parse(readFileSync(dir + '/ground-truth.json', 'utf8'));
for (const pre of process.argv.slice(2)) {
  const f = readdirSync(dir + '/html').find((x) => x.startsWith(pre))!; const id = f.slice(0, 64);
  const page = parseArticle(gunzipSync(readFileSync(dir + '/html/' + f)).toString('utf8'), { url: gt[id].url });
  const ours = comparable(page.paragraphs.join(' ')); const truth = comparable(gt[id].articleBody);
  console.log('=====', pre, gt[id].url);
  for (const p of gt[id].articleBody.split(/\n+/)) if (!ours.includes(comparable(p))) console.log('  MISSING |', p.slice(0, 140));
  for (const p of page.paragraphs) if (!truth.includes(comparable(p))) console.log('  EXTRA   |', p.slice(0, 140));
}
