/**
 * Miss classes of the entity extractor on a gold set: false negatives and false positives per
 * language and type, pair misses and wrong English names, so the largest classes are fixed first.
 *
 *   npx tsx bench/entity-misses-azru.ts [gold.jsonl]   (default: the az/ru check set, dev2)
 *
 * Reads the gold file by path (third-party texts are never copied into the repo).
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractEntities } from '../shared/domain/extract/index.js';
import { scoreDocument, type GoldEntity } from './lib/entity-scoring.js';

interface GoldDoc {
  readonly id: string;
  readonly text: string;
  readonly language?: string;
  readonly entities: readonly GoldEntity[];
}

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const path = process.argv[2] ?? resolve(projectRoot, '../shared/datasets/entities-azru/dev2.jsonl');
const docs = readFileSync(path, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as GoldDoc);

const counts = new Map<string, number>();
const bump = (key: string): void => void counts.set(key, (counts.get(key) ?? 0) + 1);

for (const d of docs) {
  const lang = d.language ?? 'en';
  const predicted = extractEntities({ text: d.text }).map((e) => ({ type: e.type, name: e.name, affiliation: e.affiliation ?? null, en: e.en ?? null }));
  const s = scoreDocument(d.entities, predicted);
  for (const p of s.falsePositives) bump(`${lang}\tFP\t${p.type}`);
  for (const g of s.falseNegatives) bump(`${lang}\tFN\t${g.type}`);
  for (const e of s.pairErrors) bump(`${lang}\t${e.slice(0, 7)}\tpair`);
  for (const e of s.enErrors) bump(`${lang}\tEN\t${e.split(':')[0]?.replace(/^EN /, '') ?? ''}`);
}

console.log(`miss classes on ${path} (${docs.length} docs), largest first`);
console.log('lang\tkind\ttype\tcount');
for (const [key, n] of [...counts].sort((x, y) => y[1] - x[1])) console.log(`${key}\t${n}`);
