import { readFileSync } from 'node:fs';
import { prepare } from '/work/main/shared/domain/extract/tokens.js';
import { chunkSentence } from '/work/main/shared/domain/extract/spans.js';
import { analyseChunk, type Part } from '/work/main/shared/domain/extract/analyse.js';
import { extractEntities } from '/work/main/shared/domain/extract/index.js';
const id = process.argv[2];
const file = process.argv[3] ?? '/work/shared/datasets/entities/dev.jsonl';
for (const l of readFileSync(file, 'utf8').split('\n')) {
  if (!l.trim()) continue;
  const d = JSON.parse(l);
  if (!d.id.includes(id)) continue;
  const p = prepare(d.text);
  p.sentences.forEach((s, i) => {
    for (const c of chunkSentence(s, i)) {
      const out: Part[] = [];
      analyseChunk(p, c, out);
      console.log('CHUNK', JSON.stringify(s.tokens.slice(c.from, c.to).map(t => t.text).join(' ')), '=>', out.map(o => `${o.type}:${o.name}${o.role ? ' role=' + o.role : ''}${o.affiliation ? ' aff=' + o.affiliation : ''}${o.roleOrg ? ' roleOrg=' + o.roleOrg : ''}`).join(' | '));
    }
  });
  for (const e of extractEntities({ text: d.text })) console.log('ENT', e.type, '|', e.name, '|', e.aliases.join('; '), '|', e.role ?? '', '|', e.affiliation ?? '');
}
