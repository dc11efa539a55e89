/**
 * Dumps every development page's full parse result as JSON lines, so a speed change can be proved
 * output-neutral by diffing two dumps: `npx tsx bench/parse-dump.ts > before.jsonl`.
 * With `--time N` it instead prints the median CPU seconds of N passes over each set (parser only).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decodeHtml } from '../shared/domain/decode.js';
import { parseArticle } from '../shared/domain/parse/index.js';

interface Page { readonly id: string; readonly url: string | undefined; readonly html: string }

const SETS = ['../shared/datasets/article-extraction', '../shared/datasets/article-extraction-dragnet', '../shared/datasets/publication-dates'];

function loadSet(folder: string): Page[] {
  const truth = JSON.parse(readFileSync(join(folder, 'ground-truth.json'), 'utf8')) as Record<string, { url?: string }>;
  const files = readdirSync(join(folder, 'html')).filter((f) => /\.html?(\.gz)?$/.test(f)).sort();
  return files.map((file) => {
    const id = file.replace(/\.html?(\.gz)?$/, '');
    const raw = readFileSync(join(folder, 'html', file));
    const bytes = file.endsWith('.gz') ? gunzipSync(raw) : raw;
    // The dates set is decoded as the fetcher decodes; the body sets are UTF-8, as their eval reads them.
    const html = folder.endsWith('publication-dates') ? decodeHtml(bytes).text : bytes.toString('utf8');
    return { id, url: truth[id]?.url, html };
  });
}

function cpuSeconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}

const timeIndex = process.argv.indexOf('--time');
const only = process.env.PARSE_DUMP_SETS?.split(',');
const sets = SETS.filter((folder) => !only || only.some((name) => folder.endsWith(name))).map((folder) => ({ folder, pages: loadSet(folder) }));
if (timeIndex < 0) {
  for (const { folder, pages } of sets) {
    for (const page of pages) process.stdout.write(`${JSON.stringify({ set: folder, id: page.id, page: parseArticle(page.html, { url: page.url }) })}\n`);
  }
} else {
  const passes = Number(process.argv[timeIndex + 1] ?? 5);
  for (const { folder, pages } of sets) {
    const times: number[] = [];
    for (let pass = 0; pass < passes; pass++) {
      const start = cpuSeconds();
      for (const page of pages) parseArticle(page.html, { url: page.url });
      times.push(cpuSeconds() - start);
    }
    times.sort((a, b) => a - b);
    console.log(`${folder}: median ${times[Math.floor(passes / 2)]!.toFixed(3)} CPU-s over ${pages.length} pages`);
  }
}
