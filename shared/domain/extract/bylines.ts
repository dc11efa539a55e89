/**
 * Bylines: "By Leyla Karimova - Trend:", "Müəllif: Leyla Kərimova – AZƏRTAC" name the author and
 * the outlet the author writes for; so does a line that holds only "Leyla Kərimova / AZƏRTAC".
 * The outlet after the dash or slash is an organisation and the author's affiliation.
 */
import { AUTHOR_LABELS, AUTHOR_PREPOSITIONS } from './languages/index.js';
import { part, type Part } from './parts.js';
import type { Prepared, Token } from './tokens.js';

const SEPARATORS = new Set(['-', '–', '—', '/']);

export function bylineAffiliations(prepared: Prepared, parts: Part[]): void {
  prepared.sentences.forEach((sentence, sIdx) => {
    const tokens = sentence.tokens;
    const { authorAt, labelled } = bylineStart(tokens);
    const author = parts.find((p) => p.sentence === sIdx && p.type === 'person' && p.from === authorAt);
    if (!author || !SEPARATORS.has(tokens[author.to]?.text ?? '')) return;
    const from = author.to + 1;
    let to = from;
    while (tokens[to]?.cap && tokens[to]?.kind === 'word') to++;
    const rest = tokens.slice(to);
    if (to === from || to - from > 4 || !rest.every((t) => t.kind === 'punct')) return;
    let outlet = parts.find((p) => p.sentence === sIdx && p.from === from && p.to === to);
    // A line with no byline word says "author / outlet" only when the outlet is known as an organisation.
    if (!labelled && outlet?.type !== 'organisation') return;
    if (!outlet) {
      outlet = part({ prepared, sentence, sIdx }, from, to, 'organisation', 'strong');
      parts.push(outlet);
    }
    outlet.type = 'organisation';
    outlet.strength = 'strong';
    author.affiliation ??= outlet.name;
  });
}

/** Where the author's name starts: after "By", after an author label and its colon ("Müəllif:"), or at the line's start. */
function bylineStart(tokens: readonly Token[]): { authorAt: number; labelled: boolean } {
  const first = tokens[0];
  if (first?.cap && AUTHOR_PREPOSITIONS.has(first.key)) return { authorAt: 1, labelled: true };
  if (first?.cap && AUTHOR_LABELS.has(first.key) && tokens[1]?.text === ':') return { authorAt: 2, labelled: true };
  return { authorAt: 0, labelled: false };
}
