/** Typed parts of a chunk (entities, roles, candidate surnames) and helpers to make them. */
import type { EntityType } from '../model.js';
import { REPORTING_VERBS } from './lexicon.js';
import { RUSSIAN } from './languages/ru.js';
import { wordsOf } from './languages/types.js';
import type { Prepared, Sentence, Token } from './tokens.js';

export type PartType = EntityType | 'role' | 'single';

export interface Part {
  readonly sentence: number;
  readonly from: number;
  readonly to: number;
  type: PartType;
  name: string;
  strength: 'strong' | 'weak';
  role?: string;
  /** Surface name of the organisation the person is attached to. */
  affiliation?: string;
  /** For role parts: the organisation named inside the role ("Deputy Chairman of <Org>"). */
  roleOrg?: string;
  aliases?: string[];
  /** For names built around a quoted title: the folded title, shared by all its case forms. */
  core?: string;
  /** Where the chunk began, before a stripped honorific or title ("People's Artist X"). */
  leadFrom?: number;
}

export interface Ctx {
  readonly prepared: Prepared;
  readonly sentence: Sentence;
  readonly sIdx: number;
}

/** Surface text of tokens [from, to) with line breaks flattened and a final possessive dropped. */
export function textOf(prepared: Prepared, sentence: Sentence, from: number, to: number): string {
  const first = sentence.tokens[from];
  const last = sentence.tokens[to - 1];
  if (!first || !last) return '';
  let s = prepared.text.slice(first.start, last.end).replace(/\s+/g, ' ');
  if (last.possessive) s = s.slice(0, -2);
  return s.replace(/[,;:]+$/, '').trim();
}

export function keysOf(tokens: readonly Token[]): string {
  return tokens.map((t) => t.key).join(' ');
}

export function part(ctx: Ctx, from: number, to: number, type: PartType, strength: 'strong' | 'weak'): Part {
  return { sentence: ctx.sIdx, from, to, type, strength, name: textOf(ctx.prepared, ctx.sentence, from, to) };
}

/** Russian reporting verbs stand before the outlet: "как сообщает АЗЕРТАДЖ". */
const RU_REPORTING = new Set(wordsOf(RUSSIAN.reportingVerbs));

/** Reporting context: "<X> reports", "citing <X>", "told the <X>". */
export function reportingContext(tokens: readonly Token[], a: number, b: number): boolean {
  const next = tokens[b];
  if (next && REPORTING_VERBS.has(next.key) && !['said', 'says', 'told'].includes(next.key)) return true;
  const prev = tokens[a - 1]?.key === 'the' ? tokens[a - 2] : tokens[a - 1];
  if (prev !== undefined && ['citing', 'told', 'cites', 'via'].includes(prev.key)) return true;
  // Russian "как сообщает АЗЕРТАГ", "передает SalamNews"; Azerbaijani "X xəbər verir".
  if (prev?.inflected && RU_REPORTING.has(prev.key)) return true;
  return next?.inflected === true && next.key === 'xeber' && tokens[b + 1]?.key === 'verir';
}
