/** Typed parts of a chunk (entities, roles, candidate surnames) and helpers to make them. */
import type { EntityType } from '../model.js';
import { DEFINITE_ARTICLES, REPORTING_AFTER_PHRASES, REPORTING_BEFORE_PHRASES, phraseAt } from './languages/index.js';
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

/** Phrases by one of their words (the first or the last), so a token is checked against its own few only. */
function byWord(phrases: readonly (readonly string[])[], at: (p: readonly string[]) => string): ReadonlyMap<string, readonly (readonly string[])[]> {
  const out = new Map<string, (readonly string[])[]>();
  for (const p of phrases) out.set(at(p), [...(out.get(at(p)) ?? []), p]);
  return out;
}

const AFTER_BY_FIRST = byWord(REPORTING_AFTER_PHRASES, (p) => p[0] ?? '');
const BEFORE_BY_LAST = byWord(REPORTING_BEFORE_PHRASES, (p) => p[p.length - 1] ?? '');

/** Reporting context, by the profiles' reporting phrases: "<X> reports", "APA xəbər verir", "citing <X>", "told the <X>", "сообщает <X>". */
export function reportingContext(tokens: readonly Token[], a: number, b: number): boolean {
  const after = AFTER_BY_FIRST.get(tokens[b]?.key ?? '');
  if (after?.some((p) => phraseAt(tokens, b, p))) return true;
  const end = DEFINITE_ARTICLES.has(tokens[a - 1]?.key ?? '') ? a - 1 : a;
  const before = BEFORE_BY_LAST.get(tokens[end - 1]?.key ?? '');
  return before?.some((p) => phraseAt(tokens, end - p.length, p)) === true;
}
