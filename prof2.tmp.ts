import { readFileSync } from 'node:fs';
import { extractEntities } from './shared/domain/extract/index.js';
const docs = readFileSync('/work/shared/datasets/entities/dev.jsonl','utf8').split('\n').filter(Boolean).map(l=>JSON.parse(l).text as string);
for (let i=0;i<300;i++) for (const d of docs) extractEntities({text:d});
