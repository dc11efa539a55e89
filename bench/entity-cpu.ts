/**
 * CPU time per English document, ours next to compromise (the eval's named peer), in one run:
 *
 *   npx tsx bench/entity-cpu.ts
 *
 * `npm run eval:entities` times wall-clock docs/s; on a machine shared with other work its short
 * passes over our extractor swing with the load far more than compromise's long ones. CPU time
 * (`process.cpuUsage`, after three warm-up passes; median of 7 samples of 10 passes for ours and
 * of 1 pass for compromise, over English dev + dev2) is less sensitive to that, so the ratio can
 * be compared across runs. Report it with the load (`uptime`).
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import { extractEntities, EXTRACTOR_VERSION } from '../shared/domain/extract/index.js';

const datasets = resolve(dirname(fileURLToPath(import.meta.url)), '../../shared/datasets/entities');
const texts = ['dev', 'dev2'].flatMap((set) =>
  readFileSync(`${datasets}/${set}.jsonl`, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => (JSON.parse(l) as { text: string }).text),
);

/** Milliseconds of CPU per document, averaged over `passes` passes of `run`. */
function cpuPerDoc(run: () => void, passes: number): number {
  const start = process.cpuUsage();
  for (let p = 0; p < passes; p++) run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000 / passes / texts.length;
}

const ours = (): void => {
  for (const text of texts) extractEntities({ text });
};
const compromise = (): void => {
  for (const text of texts) {
    const doc = nlp(text);
    doc.people().out('array');
    doc.organizations().out('array');
    doc.places().out('array');
  }
};

const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

for (let i = 0; i < 3; i++) {
  ours();
  compromise();
}
const oursMs: number[] = [];
const peerMs: number[] = [];
for (let i = 0; i < 7; i++) {
  oursMs.push(cpuPerDoc(ours, 10));
  peerMs.push(cpuPerDoc(compromise, 1));
}
const o = median(oursMs);
const c = median(peerMs);
console.log(`extractor ${EXTRACTOR_VERSION}, ${texts.length} English docs: culture-index ${o.toFixed(2)} ms CPU/doc, compromise ${c.toFixed(2)} ms CPU/doc, ratio ${(c / o).toFixed(1)}x`);
