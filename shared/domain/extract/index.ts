/**
 * Rule-based named-entity extraction for cultural news (English first; Azerbaijani and Russian
 * texts get the same capitalisation and morphology rules). Pure, deterministic, never throws.
 *
 * Steps: prepare (look-alike letters, hard wraps, sentences, quotes) → capitalised chunks →
 * quoted names → typed parts with roles → roles across chunks → within-document merging.
 */
import { analyseChunk, type Part } from './analyse.js';
import { bylineAffiliations } from './bylines.js';
import { mergeParts } from './merge.js';
import { quotedNames } from './quoted.js';
import { linkRoles, memberAffiliations, parenthesisAffiliations } from './roles.js';
import { boardsOfBodies, laterReferences, splitSubUnits, subUnitOwners } from './references.js';
import { linkRolesInflected, lowerCaseMinistries } from './roles-genitive.js';
import { orgHead } from './merge.js';
import { chunkSentence, type Chunk } from './spans.js';
import { sharedRoles } from './shared-roles.js';
import { splitGluedChunks } from './glued-chunks.js';
import { nominativeNames } from './nominative-names.js';
import { englishName } from './english-names.js';
import { ENGLISH } from './languages/en.js';
import { nameMorphology } from './morphology.js';
import { prepare, type Prepared } from './tokens.js';
import type { ExtractInput, ExtractedEntity } from './types.js';

export type { ExtractInput, ExtractedEntity } from './types.js';

/** Bump when output for the same text can change, so stored articles get re-extracted. */
export const EXTRACTOR_VERSION = 'rules-1.13.1';

export function extractEntities(input: ExtractInput): ExtractedEntity[] {
  try {
    return extract(input);
  } catch {
    // Extraction is best-effort enrichment: a rule bug must never lose the article.
    return [];
  }
}

/** The rules without the safety net, so tests can prove they do not throw on their own. */
export function extractEntitiesStrict(input: ExtractInput): ExtractedEntity[] {
  return extract(input);
}

function extract(input: ExtractInput): ExtractedEntity[] {
  const title = input.title?.trim() ?? '';
  const body = input.text ?? '';
  const text = title !== '' && !body.trimStart().startsWith(title) ? `${title}\n\n${body}` : body;
  if (text.trim() === '') return [];
  const prepared = prepare(text);
  const chunks: Chunk[] = splitGluedChunks(prepared, prepared.sentences.flatMap((s, i) => chunkSentence(s, i)));
  const { parts: quoted, consumed } = quotedNames(prepared, chunks);
  const parts: Part[] = [...quoted];
  for (const c of chunks) if (!consumed.has(c)) analyseChunk(prepared, c, parts);
  for (const step of DOCUMENT_STEPS) step(prepared, parts);
  const entities = mergeParts(parts, (i) => prepared.sentences[i]?.text ?? '', nameMorphology(prepared.language));
  return prepared.language === ENGLISH ? entities : entities.map(withEnglishName);
}

/**
 * Steps over all of a document's parts, in order: each reads the sentences and adds or
 * re-types parts, roles and affiliations. Steps for case-ending languages (lower-case
 * ministries, roles before an inflected name) act only on tokens of such a language.
 */
const DOCUMENT_STEPS: readonly ((prepared: Prepared, parts: Part[]) => void)[] = [
  lowerCaseMinistries,
  attachParenthesisedAcronyms,
  attachParenthesisedOtherNames,
  bylineAffiliations,
  (p, parts) => linkRoles(p.sentences, parts),
  (p, parts) => parenthesisAffiliations(p.sentences, parts),
  (p, parts) => memberAffiliations(p.sentences, parts, orgHead),
  subUnitOwners,
  splitSubUnits,
  boardsOfBodies,
  (p, parts) => laterReferences(p, parts, orgHead),
  withCaseEndings(linkRolesInflected),
  withCaseEndings((p, parts) => nominativeNames(parts, p)),
  sharedRoles,
];

/** A step that only applies to languages whose names carry case endings (Azerbaijani, Russian). */
function withCaseEndings(step: (prepared: Prepared, parts: Part[]) => void): (prepared: Prepared, parts: Part[]) => void {
  return (prepared, parts) => {
    if (prepared.language.morphology === 'case-endings') step(prepared, parts);
  };
}

/** Entities of a text in another language carry their English name where it can be known. */
function withEnglishName(e: ExtractedEntity): ExtractedEntity {
  const en = englishName(e.type, e.name, e.aliases);
  return en ? { ...e, en } : e;
}

/** "International Organization of Turkic Culture (TURKSOY)": the acronym is an alias. */
function attachParenthesisedAcronyms(prepared: Prepared, parts: Part[]): void {
  for (const p of parts) {
    if (p.type !== 'organisation' && p.type !== 'event' && p.type !== 'project') continue;
    const tokens = prepared.sentences[p.sentence]?.tokens ?? [];
    const open = tokens[p.to];
    const acr = tokens[p.to + 1];
    const close = tokens[p.to + 2];
    if (open?.text !== '(' || close?.text !== ')' || !acr) continue;
    if (!/^[\p{Lu}\p{N}][\p{Lu}\p{N}.&-]{1,14}$/u.test(acr.text)) continue;
    p.aliases = [...(p.aliases ?? []), acr.text];
    // The acronym chunk itself becomes a mention of this entity.
    for (const q of parts) {
      if (q !== p && q.sentence === p.sentence && q.from === p.to + 1) {
        q.type = p.type;
        q.name = p.name;
      }
    }
  }
}

/**
 * "Riverside Arts Centre (Lankaran Arts Centre)": a name of the same type and head noun
 * in parentheses right after a name is another name of it — an alias, not a second body.
 */
function attachParenthesisedOtherNames(prepared: Prepared, parts: Part[]): void {
  for (const p of parts) {
    if (p.type !== 'organisation' && p.type !== 'event' && p.type !== 'project') continue;
    const tokens = prepared.sentences[p.sentence]?.tokens ?? [];
    if (tokens[p.to]?.text !== '(') continue;
    const q = parts.find((x) => x !== p && x.sentence === p.sentence && x.from === p.to + 1 && tokens[x.to]?.text === ')');
    if (!q || q.type !== p.type || q.to - q.from < 2 || orgHead(q.name) !== orgHead(p.name)) continue;
    p.aliases = [...(p.aliases ?? []), q.name];
    q.name = p.name;
  }
}
