/**
 * Entity misses by class, to pick the biggest class to fix next (never to fix one name):
 *
 *   npx tsx bench/entity-misses.ts [gold.jsonl] [--list]
 *
 * Default gold: the English check set (entities/dev2.jsonl). Entity FN/FP are classed by type
 * and name shape (acronym, one word, lower-case words inside, parentheses, quotes, non-ASCII
 * letters); missed pairs by cause (person missed, organisation missed, no affiliation given,
 * another affiliation given) and by how the text states them when both names share a sentence
 * (parenthesis, possessive, "of", apposition by comma, other) or not (across sentences).
 * `--list` prints every miss under its class.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractEntities } from '../shared/domain/extract/index.js';
import { foldName } from '../shared/domain/text/fold.js';
import { scoreDocument, type GoldEntity, type PredictedEntity } from './lib/entity-scoring.js';

interface GoldDoc {
  readonly id: string;
  readonly text: string;
  readonly entities: readonly GoldEntity[];
}

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const list = args.includes('--list');
const path = args.find((a) => !a.startsWith('--')) ?? resolve(projectRoot, '../shared/datasets/entities/dev2.jsonl');

/** The shape of a name, the first that applies. */
function shapeOf(name: string): string {
  if (/[«»"“”]/.test(name)) return 'quoted';
  if (/[()]/.test(name)) return 'parenthesis';
  if (/^[\p{Lu}\p{N}.&-]{2,10}$/u.test(name)) return 'acronym';
  if (!name.includes(' ')) return 'one word';
  const inner = name.split(/\s+/).slice(1);
  if (inner.some((w) => /^\p{Ll}/u.test(w) && !['of', 'the', 'and', 'for', 'in', 'on'].includes(w))) return 'lower-case words';
  if (/[^\p{ASCII}]/u.test(name)) return 'non-ASCII letters';
  if (name.split(/\s+/).length >= 5) return 'long (5+ words)';
  return 'plain';
}

/** How the text states a person's affiliation: the stretch between the two names in one sentence. */
function statedAs(text: string, person: string, org: string): string {
  const sentences = text.split(/(?<=[.!?])\s+|\n+/);
  const both = sentences.find((s) => s.includes(person) && s.includes(org));
  if (!both) return 'across sentences';
  const p = both.indexOf(person);
  const o = both.indexOf(org);
  const between = p < o ? both.slice(p + person.length, o) : both.slice(o + org.length, p);
  if (/\(/.test(between) || /\)/.test(between)) return 'parenthesis';
  if (/['’]s\b/.test(between) || /['’]s\b/.test(both.slice(o + org.length, o + org.length + 3))) return 'possessive';
  if (p < o && /\bof( the)?\s*$/.test(between)) return 'of';
  if (/,/.test(between)) return 'apposition (comma)';
  return 'other';
}

// Piped into head: stop quietly.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

const counts = new Map<string, string[]>();
const note = (cls: string, item: string): void => {
  counts.set(cls, [...(counts.get(cls) ?? []), item]);
};

const docs = readFileSync(path, 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as GoldDoc);
for (const doc of docs) {
  const predicted: PredictedEntity[] = extractEntities({ text: doc.text }).map((e) => ({ type: e.type, name: e.name, affiliation: e.affiliation ?? null }));
  const score = scoreDocument(doc.entities, predicted);
  for (const g of score.falseNegatives) note(`FN ${g.type} · ${shapeOf(g.name)}`, `${doc.id}: ${g.name}`);
  for (const p of score.falsePositives) note(`FP ${p.type} · ${shapeOf(p.name)}`, `${doc.id}: ${p.name}`);
  for (const g of doc.entities) {
    if (g.type !== 'person' || g.uncertain || !g.affiliation) continue;
    const keys = new Set([g.name, ...(g.aliases ?? [])].map(foldName));
    const hit = predicted.find((p) => p.type === 'person' && keys.has(foldName(p.name)));
    const org = doc.entities.find((o) => o.type === 'organisation' && [o.name, ...(o.aliases ?? [])].some((n) => foldName(n) === foldName(g.affiliation ?? '')));
    const orgKeys = new Set([g.affiliation, ...(org?.aliases ?? []), org?.name ?? ''].map(foldName));
    if (hit?.affiliation && orgKeys.has(foldName(hit.affiliation))) continue;
    const orgFound = predicted.some((p) => p.type === 'organisation' && orgKeys.has(foldName(p.name)));
    const cause = !hit ? 'person missed' : !orgFound ? 'organisation missed' : !hit.affiliation ? 'no affiliation given' : 'another affiliation given';
    note(`FN pair · ${cause} · ${statedAs(doc.text, g.name, g.affiliation)}`, `${doc.id}: ${g.name} → ${g.affiliation}${hit?.affiliation ? ` (ours: ${hit.affiliation})` : ''}`);
  }
}

console.log(`misses by class on ${path} (${docs.length} docs)`);
for (const [cls, items] of [...counts].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))) {
  console.log(`${String(items.length).padStart(4)}  ${cls}`);
  if (list) for (const i of items) console.log(`        ${i}`);
}
