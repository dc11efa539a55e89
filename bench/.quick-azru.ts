import { readFileSync } from 'node:fs';
import { extractEntities } from '../shared/domain/extract/index.js';
import { scoreDocument, HEADLINE_TYPES } from './lib/entity-scoring.js';
for (const set of process.argv.slice(2)) {
  let tp = 0, fp = 0, fn = 0;
  const lines: string[] = [];
  for (const l of readFileSync(`../shared/datasets/${set}`, 'utf8').split('\n').filter((x) => x.trim())) {
    const d = JSON.parse(l);
    const pred = extractEntities({ text: d.text }).map((e) => ({ type: e.type, name: e.name, affiliation: e.affiliation ?? null, en: e.en ?? null }));
    const s = scoreDocument(d.entities, pred);
    for (const t of HEADLINE_TYPES) { tp += s.perType[t].tp; fp += s.perType[t].fp; fn += s.perType[t].fn; }
    for (const p of s.falsePositives) if (HEADLINE_TYPES.includes(p.type)) lines.push(`  ${d.id} FP ${p.type}: ${p.name}`);
    for (const g of s.falseNegatives) if (HEADLINE_TYPES.includes(g.type)) lines.push(`  ${d.id} FN ${g.type}: ${g.name}`);
  }
  console.log(set, 'micro', (2 * tp / (2 * tp + fp + fn)).toFixed(4), { tp, fp, fn });
  if (process.env.V) console.log(lines.join('\n'));
}
