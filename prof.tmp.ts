import { readFileSync } from 'node:fs';
import { extractEntities } from './shared/domain/extract/index.js';
import { prepare } from './shared/domain/extract/tokens.js';
const docs = readFileSync('/work/shared/datasets/entities/dev.jsonl','utf8').split('\n').filter(Boolean).map(l=>JSON.parse(l).text as string);
for (let i=0;i<3;i++) for (const d of docs) extractEntities({text:d});
let t=performance.now(); for (let i=0;i<20;i++) for (const d of docs) prepare(d); console.log('prepare', ((performance.now()-t)/400).toFixed(2),'ms/doc');
t=performance.now(); for (let i=0;i<20;i++) for (const d of docs) extractEntities({text:d}); console.log('all', ((performance.now()-t)/400).toFixed(2),'ms/doc');
