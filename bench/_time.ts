import { readFileSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { parseDocument } from 'htmlparser2';
import { loadDocument } from '../shared/domain/parse/dom.js';
import { stripRawBlocks } from '../shared/domain/parse/strip.js';
import { parseArticle } from '../shared/domain/parse/index.js';
const sets = ['/work/shared/datasets/article-extraction', '/work/shared/datasets/article-extraction-dragnet'];
for (const s of sets) {
  const dir = s + '/html';
  const pages = readdirSync(dir).map((f) => gunzipSync(readFileSync(dir + '/' + f)).toString('utf8'));
  const stripped = pages.map((p) => stripRawBlocks(p).html);
  const t = (name: string, fn: (h: string) => unknown, input: string[]) => {
    for (const p of input.slice(0, 5)) fn(p);
    const c0 = process.cpuUsage();
    for (let k = 0; k < 3; k++) for (const p of input) fn(p);
    const c = process.cpuUsage(c0);
    console.log(s.split('/').pop(), name, ((c.user + c.system) / 1e3 / 3 / input.length).toFixed(2), 'ms/page');
  };
  t('htmlparser2 domhandler', (h) => parseDocument(h, { decodeEntities: false }), stripped);
  t('spec load', loadDocument, stripped);
  t('parseArticle', (h) => parseArticle(h), pages);
}
