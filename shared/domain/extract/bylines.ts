/**
 * Bylines: "By Leyla Karimova - Trend:" names the author and the outlet the author writes for.
 * The outlet after the dash is an organisation and the author's affiliation.
 */
import { AUTHOR_PREPOSITIONS } from './languages/index.js';
import { part, type Part } from './parts.js';
import type { Prepared } from './tokens.js';

const DASHES = new Set(['-', '–', '—']);

export function bylineAffiliations(prepared: Prepared, parts: Part[]): void {
  prepared.sentences.forEach((sentence, sIdx) => {
    const tokens = sentence.tokens;
    if (!AUTHOR_PREPOSITIONS.has(tokens[0]?.key ?? '') || !tokens[0]?.cap) return;
    const author = parts.find((p) => p.sentence === sIdx && p.type === 'person' && p.from === 1);
    if (!author || !DASHES.has(tokens[author.to]?.text ?? '')) return;
    const from = author.to + 1;
    let to = from;
    while (tokens[to]?.cap && tokens[to]?.kind === 'word') to++;
    const rest = tokens.slice(to);
    if (to === from || to - from > 4 || !rest.every((t) => t.kind === 'punct')) return;
    let outlet = parts.find((p) => p.sentence === sIdx && p.from === from && p.to === to);
    if (!outlet) {
      outlet = part({ prepared, sentence, sIdx }, from, to, 'organisation', 'strong');
      parts.push(outlet);
    }
    outlet.type = 'organisation';
    outlet.strength = 'strong';
    author.affiliation ??= outlet.name;
  });
}
