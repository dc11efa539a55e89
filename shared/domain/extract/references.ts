/**
 * Affiliations stated through the organisation's structure or a later reference to it:
 *   'Head of the Ethnography Department of the National Museum, X'   (a named sub-unit: the parent counts)
 *   'Head of the Ministry's Heritage Sector, X'                       (a sub-unit owned by a possessive)
 *   'the museum's director, Academician X' / 'X, chairman of the Council'   (a generic reference to
 *   an organisation the document names: the nearest earlier mention with that head noun)
 */
import { headToken, isAcronymToken, tokenCue, typeByCue } from './names.js';
import { part, textOf, type Part } from './parts.js';
import type { Prepared, Sentence, Token } from './tokens.js';
import {
  AFFILIATION_PREPOSITIONS, AND_WORDS, ARTICLES, BOARD_NOUNS, DEFINITE_ARTICLES, GENITIVE_PREPOSITIONS, REFERENCE_DETERMINERS,
  REFERENCE_HEAD_WORDS, REFERENCE_ROLE_WORDS, SUBUNIT_NOUN_WORDS, canonSpelling } from './languages/index.js';

function isReferenceRole(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'word' && (REFERENCE_ROLE_WORDS.has(t.key) || t.key.split(' ').some((w) => REFERENCE_ROLE_WORDS.has(w)));
}

/**
 * "Ethnography Department of the National Museum": a named sub-unit before "of" splits off, and
 * persons affiliated with the whole get the parent (annotators count the parent as certain).
 */
export function splitSubUnits(prepared: Prepared, parts: Part[]): void {
  for (const o of [...parts]) {
    if (o.type !== 'organisation') continue;
    const sentence = prepared.sentences[o.sentence];
    if (!sentence) continue;
    const tokens = sentence.tokens;
    const slice = tokens.slice(o.from, o.to);
    const ofAt = slice.findIndex((t, i) => i > 0 && GENITIVE_PREPOSITIONS.has(t.key) && !t.cap);
    if (ofAt <= 0 || !SUBUNIT_NOUN_WORDS.has(headToken(slice.slice(0, ofAt))?.key ?? '')) continue;
    let s = o.from + ofAt + 1;
    if (DEFINITE_ARTICLES.has(tokens[s]?.key ?? '') && !tokens[s]?.cap) s++;
    const rest = tokens.slice(s, o.to);
    if (s >= o.to || !(typeByCue(rest) === 'organisation' || (rest.length === 1 && rest[0] && isAcronymToken(rest[0])))) continue;
    const ctx = { prepared, sentence, sIdx: o.sentence };
    const unit = part(ctx, o.from, o.from + ofAt, 'organisation', 'strong');
    const parent = part(ctx, s, o.to, 'organisation', 'strong');
    for (const p of parts) if (p.type === 'person' && p.affiliation === o.name) p.affiliation = parent.name;
    parts.splice(parts.indexOf(o), 1, unit, parent);
  }
}

/** "the Culture Ministry's Heritage Department X": a sub-unit's possessive owner is the affiliation. */
export function subUnitOwners(prepared: Prepared, parts: readonly Part[]): void {
  const orgs = parts.filter((p) => p.type === 'organisation' || (p.type === 'role' && p.roleOrg !== undefined));
  for (const p of parts) {
    if (p.type !== 'person' || !p.affiliation) continue;
    const unit = parts.find((o) => o.type === 'organisation' && o.sentence === p.sentence && o.name === p.affiliation && o.to <= p.from);
    const tokens = prepared.sentences[p.sentence]?.tokens ?? [];
    if (!unit || !SUBUNIT_NOUN_WORDS.has(tokens[unit.to - 1]?.key ?? '')) continue;
    // Walk left over the unit's own words ("Audiovisual and Interactive Media") to a possessive.
    for (let k = unit.from - 1; k >= Math.max(0, unit.from - 5); k--) {
      const t = tokens[k];
      if (!t) break;
      if (t.possessive) {
        const owner = orgs.find((o) => o.sentence === p.sentence && o.to === k + 1);
        const name = owner?.type === 'organisation' ? owner.name : owner?.roleOrg;
        if (name) p.affiliation = name;
        break;
      }
      if (!(t.cap || AND_WORDS.has(t.key))) break;
    }
  }
}

/** A generic "the <head>" (or "the <head>'s") at token k, not inside a named organisation. */
function genericHeadAt(tokens: readonly Token[], k: number, covered: (k: number) => boolean): string | undefined {
  const t = tokens[k];
  if (!t || t.kind !== 'word' || !REFERENCE_HEAD_WORDS.has(t.key) || covered(k)) return undefined;
  const det = tokens[k - 1];
  if (!det || !REFERENCE_DETERMINERS.has(det.key)) return undefined;
  return canonSpelling(t.key);
}

/**
 * "the museum's director-general, Doctor of Philology X", "director of the museum, X",
 * "X, chairman of the Council": a role tied to a generic reference; the organisation is the
 * document's organisation with that head noun, the nearest mention before (else after).
 */
export function laterReferences(prepared: Prepared, parts: readonly Part[], headOf: (name: string) => string): void {
  const orgs = parts.filter((p) => p.type === 'organisation');
  if (orgs.length === 0) return;
  for (const p of parts) {
    if (p.type !== 'person' || p.affiliation) continue;
    const tokens = prepared.sentences[p.sentence]?.tokens ?? [];
    const inSentence = parts.filter((q) => q.sentence === p.sentence && q !== p);
    // A lone capitalised head noun ("the Ministry's") is a reference, not a name that covers it.
    const covered = (k: number): boolean => inSentence.some((q) => q.type !== 'role' && q.type !== 'single' && q.from <= k && k < q.to);
    const head = referenceBefore(tokens, p, covered) ?? referenceAfter(tokens, p, covered);
    if (!head) continue;
    const candidates = orgs.filter((o) => canonSpelling(headOf(o.name)) === head);
    const before = candidates.filter((o) => o.sentence < p.sentence || (o.sentence === p.sentence && o.to <= p.from));
    const org = before[before.length - 1] ?? candidates[0];
    if (org) p.affiliation = org.name;
  }
}

function referenceBefore(tokens: readonly Token[], p: Part, covered: (k: number) => boolean): string | undefined {
  const lead = p.leadFrom ?? p.from;
  let sawRole = false;
  for (let k = lead - 1; k >= Math.max(0, lead - 10); k--) {
    const t = tokens[k];
    if (!t) return undefined;
    const head = genericHeadAt(tokens, k, covered);
    if (head) {
      // "the museum's director, X" or "director of the museum, X".
      if (t.possessive && sawRole) return head;
      if (!t.possessive && AFFILIATION_PREPOSITIONS.has(tokens[k - 2]?.key ?? '') && isReferenceRole(tokens[k - 3])) return head;
      return undefined;
    }
    if (covered(k)) return undefined;
    sawRole ||= isReferenceRole(t);
    if (t.kind === 'punct' && !/^[,–—-]$/.test(t.text)) return undefined;
  }
  return undefined;
}

function referenceAfter(tokens: readonly Token[], p: Part, covered: (k: number) => boolean): string | undefined {
  if (tokens[p.to]?.text !== ',') return undefined;
  let k = p.to + 1;
  if (ARTICLES.has(tokens[k]?.key ?? '')) k++;
  const roleAt = k;
  while (k < roleAt + 3 && isReferenceRole(tokens[k])) k++;
  if (k === roleAt || !AFFILIATION_PREPOSITIONS.has(tokens[k]?.key ?? '')) return undefined;
  return genericHeadAt(tokens, k + 2, covered);
}

/**
 * "Chairman of the Y OJSC Board X": the board of a body named by its cue word belongs to that
 * body, and annotators affiliate its members with the body — the name ends at the cue word.
 */
export function boardsOfBodies(prepared: Prepared, parts: readonly Part[]): void {
  for (const o of parts) {
    if (o.type !== 'organisation' || o.to - o.from < 3) continue;
    const tokens = prepared.sentences[o.sentence]?.tokens ?? [];
    if (!BOARD_NOUNS.has(tokens[o.to - 1]?.key ?? '') || tokenCue(tokens[o.to - 2]) !== 'organisation') continue;
    const body = textOf(prepared, prepared.sentences[o.sentence] as Sentence, o.from, o.to - 1);
    for (const p of parts) if (p.affiliation === o.name) p.affiliation = body;
    o.name = body;
  }
}
