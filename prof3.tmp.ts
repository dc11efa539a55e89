import { readFileSync } from 'node:fs';
import nlp from 'compromise';
import { extractEntities } from './shared/domain/extract/index.js';
const docs = readFileSync('/work/shared/datasets/entities/dev.jsonl','utf8').split('\n').filter(Boolean).map(l=>JSON.parse(l).text as string);
const time = (label: string, f: (t: string) => unknown, passes: number) => { const t = performance.now(); for (let i=0;i<passes;i++) for (const d of docs) f(d); const ms = performance.now()-t; console.log(label, (docs.length*passes/(ms/1000)).toFixed(0), 'docs/s'); };
time('ours cold', (t) => extractEntities({text:t}), 5);
time('ours warm', (t) => extractEntities({text:t}), 20);
time('compromise', (t) => { const d = nlp(t); d.people().out('array'); d.organizations().out('array'); d.places().out('array'); }, 5);
time('ours after', (t) => extractEntities({text:t}), 20);
