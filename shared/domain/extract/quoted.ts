/**
 * Quoted names: 'the "Cinema Park" project', 'exhibition titled "Karabakhname"', 'the play
 * "Thief and Truth"', '"Kharibulbul" International Music Festival'. The words around the quote
 * (or a cue inside it) decide the type; quotes with no such evidence (speech) are left alone.
 */
import type { EntityType } from '../model.js';
import { foldName } from '../text/fold.js';
import type { Part } from './analyse.js';
import { textOf } from './analyse.js';
import { COMMON_TITLE_WORDS, LEADING_CUES, NATIONALITIES, TRAILING_EVENT_CUES, TRAILING_ORG_CUES, TRAILING_PROJECT_CUES, TRAILING_WORK_CUES } from './lexicon.js';
import { cueType, headToken, isGeneric, isPlaceToken, personEvidence, tokenCue, typeByCue } from './names.js';
import { knownMedia } from './gazetteer/organisations.js';
import { inflectedCueType, quoteCueType } from './inflection.js';
import { ADAPTATION_PHRASES, AUTHOR_PREPOSITIONS, phraseAt, AND_WORDS, OR_WORDS, SPEECH_OPENER_WORDS, TITLE_LEAD_IN_WORDS, TITLE_NAMING_WORDS, grammarOf, grammarOfScript, hasPluralEnding, singularOf, startsWithStem } from './languages/index.js';
import type { Chunk } from './spans.js';
import type { Prepared, Token } from './tokens.js';

/** The word's language puts the noun that says what a title names after the title ('"X" festivalı'). */
const cueFollowsTitle = (t: Token | undefined): boolean => grammarOf(t)?.cueAfterTitle === true;

/** The word's language puts a possessor before its head (an izafet: "Azərbaycan Respublikasının Kino Agentliyi"). */
function possessorLeads(t: Token | undefined): boolean {
  const g = grammarOf(t);
  return g !== undefined && g.possessorFollows !== true;
}

/**
 * Languages with case endings: the nearest cue word within a few words before the quote, looking past
 * an author's name and lower-case words ("комедией великого композитора Узеира Гаджибейли
 * «X»", "выставки «X»", "кинотеатре «X»"). Where the cue follows the title (Azerbaijani), a capitalised cue before the quote
 * is mostly a possessor or a place ("Orkestrinin "X" konserti", "Teatrında "X""), so only a
 * bare cue word counts.
 */
function leadingCueInflected(tokens: readonly Token[], openAt: number): EntityType | null {
  let seen = 0;
  for (let i = openAt - 1; i >= 0 && seen < 7; i--) {
    const t = tokens[i];
    if (!t || t.kind !== 'word') break;
    seen++;
    const cueAfter = cueFollowsTitle(t);
    if (t.cap && cueAfter) {
      const exact = cueType(t.key);
      if (exact === 'organisation' && seen === 1) return 'organisation';
      continue;
    }
    const cue = quoteCueType(t.key) ?? (cueAfter ? null : inflectedCueType(t.key));
    if (cue && cue !== 'place') return cue;
  }
  return null;
}

/** 'the festivals "A" and "B"': a cue noun in the plural right before the quote types it as its singular does. */
function pluralCue(t: Token, seen: number): EntityType | undefined {
  return seen === 1 && !t.cap && hasPluralEnding(t.key) ? LEADING_CUES.get(singularOf(t.key)) : undefined;
}

function leadingCue(tokens: readonly Token[], openAt: number): EntityType | null {
  const before = tokens[openAt - 1];
  if (before?.inflected) {
    const cue = leadingCueInflected(tokens, openAt);
    // A language whose cue comes before the title has had its say.
    if (cue || !cueFollowsTitle(before)) return cue;
  }
  let seen = 0;
  for (let i = openAt - 1; i >= 0 && seen < 4; i--) {
    const t = tokens[i];
    if (!t) break;
    if (t.kind === 'punct') {
      if (t.text === ',' || t.text === ':') continue;
      break;
    }
    if (t.kind !== 'word') break;
    seen++;
    if (ADAPTATION_PHRASES.some((p) => phraseAt(tokens, i - p.length + 1, p))) return 'work';
    const cue = LEADING_CUES.get(t.key) ?? pluralCue(t, seen);
    if (cue) return cue;
    if (t.cap && !TITLE_LEAD_IN_WORDS.has(t.key)) {
      // 'Public Union "X"': a capitalised cue word right before the quote.
      const byCue = typeByCue([t]);
      return byCue === 'organisation' ? 'organisation' : null;
    }
    if (!TITLE_LEAD_IN_WORDS.has(t.key) && seen >= 2) break;
  }
  return null;
}

/** A lower-case cue noun right after a quote, in a language that puts the cue after the title ('"X" şirkətinin'). */
function headNounInCase(t: Token | undefined): boolean {
  return t !== undefined && !t.cap && grammarOf(t)?.cueAfterTitle === true && quoteCueType(t.key) !== null;
}

/** The head of the lower-case noun phrase after the quote: '"X" open-air film festival' → festival. */
function trailingCue(tokens: readonly Token[], closeAt: number): EntityType | null {
  let found: EntityType | null = null;
  for (let i = closeAt + 1, seen = 0; i < tokens.length && seen < 3; i++) {
    const t = tokens[i];
    if (!t || t.kind !== 'word' || t.cap) break;
    // '"X" adlı konserti': "named" before the cue noun.
    if (t.inflected && TITLE_NAMING_WORDS.has(t.key)) continue;
    seen++;
    const caseCue = cueFollowsTitle(t) ? quoteCueType(t.key) : null;
    // '"X" qrupunun konserti': a head noun in the genitive closes X's phrase; the nouns after it are its possessions.
    if (caseCue && caseCue !== 'place' && grammarOf(t)?.genitive.test(t.key)) return caseCue;
    const cue = caseCue && caseCue !== 'place' ? caseCue : TRAILING_ORG_CUES.has(t.key) ? 'organisation'
      : TRAILING_PROJECT_CUES.has(t.key) ? 'project'
      : TRAILING_EVENT_CUES.has(t.key) ? 'event'
      : TRAILING_WORK_CUES.has(t.key) ? 'work' : null;
    if (cue) found = cue;
    else if (found) break;
  }
  return found;
}

/** Every profile's "and" and "or": "A" and "B", «A» или «B», "A" və ya "B". */
const LIST_JOINERS: ReadonlySet<string> = new Set([...AND_WORDS, ...OR_WORDS]);

/** A quote in a list right after a typed quote: only commas, "and"/"or" and a parenthesis between. */
function listedAfter(tokens: readonly Token[], prev: { to: number; type: EntityType } | undefined, openAt: number): EntityType | null {
  if (!prev || openAt - prev.to > 8) return null;
  let depth = 0;
  for (let i = prev.to + 1; i < openAt; i++) {
    const t = tokens[i];
    if (!t) return null;
    if (t.text === '(') depth++;
    else if (t.text === ')') depth--;
    else if (depth > 0) continue;
    else if (!(t.text === ',' || t.text === ';' || LIST_JOINERS.has(t.key) || t.kind === 'quote')) return null;
  }
  return prev.type === 'work' || prev.type === 'event' ? prev.type : null;
}

/**
 * «Программой «X» руководит …», «Проект «X» стартовал»: a lone cue word opening the sentence is
 * capitalised only by its place, as "программой «X»" would be written inside a sentence — it
 * describes the quoted name, no word of it. A run with more words ("Международный фестиваль «X»")
 * keeps its capitals as a name's.
 */
function openingCueWord(run: readonly Token[]): boolean {
  return run.length === 1 && run[0]?.sentStart === true;
}

/** The lone sentence-opening cue word right before the quote (see openingCueWord), if any. */
function openingDescriptor(tokens: readonly Token[], chunks: readonly Chunk[], sentence: number, openAt: number, type: EntityType): Chunk | undefined {
  if (!grammarOfScript(tokens[openAt - 1]?.text ?? '')?.genitiveBeforeTitle) return undefined;
  const c = chunks.find((x) => x.sentence === sentence && x.to === openAt);
  return c !== undefined && openingCueWord(tokens.slice(c.from, c.to)) && typeByCue(tokens.slice(c.from, c.to)) === type ? c : undefined;
}

/**
 * A capitalised-or-edition cue phrase ending right before the quote, perhaps with one or two
 * lower-case genitives between ("III международного кинофестиваля тюркского мира «…»"), in a
 * language whose grammar puts such genitives there (the script of the word before the quote says which).
 */
function cuePhraseBefore(tokens: readonly Token[], chunks: readonly Chunk[], sentence: number, openAt: number, type: EntityType): { chunk: Chunk; gapEnd: number } | undefined {
  const genitive = grammarOfScript(tokens[openAt - 1]?.text ?? '')?.genitiveBeforeTitle;
  if (!genitive) return undefined;
  for (let gap = 0; gap <= 2; gap++) {
    const end = openAt - gap;
    const c = chunks.find((x) => x.sentence === sentence && x.to === end);
    if (c) {
      const slice = tokens.slice(c.from, c.to);
      return typeByCue(slice) === type && !slice.some((t) => t.quote !== -1) && !openingCueWord(slice) ? { chunk: c, gapEnd: openAt } : undefined;
    }
    const w = tokens[end - 1];
    // "Министерства культуры и «X»": a conjunction ("и") is no genitive; the quote is a name of its own.
    if (!w || w.kind !== 'word' || w.cap || w.quote !== -1 || w.key.length < 3 || !genitive.test(w.key)) return undefined;
  }
  return undefined;
}

/**
 * '"Report" Azərbaycan Respublikasının Kino Agentliyinin …' — where the possessor leads, a
 * capitalised run that starts with a place in a case form is a name of its own (the genitive
 * opens a new possessive phrase), not the rest of the quoted name.
 */
function possessorAfter(tokens: readonly Token[], after: Chunk): boolean {
  const t = tokens[after.from];
  return possessorLeads(t) && after.to - after.from >= 2 && t !== undefined && isPlaceToken(t);
}

/** The end of the organisation when the span ends in a sub-unit after a genitive ("… Qoruğunun İdarə Heyətinin", "… Muzeyinin şöbəsi"); else `to`. */
function subunitCut(tokens: readonly Token[], from: number, to: number): number {
  const last = tokens[to - 1];
  const g = grammarOf(last);
  if (!last || !g?.subunitsAfterGenitive || !startsWithStem(g.subunitsAfterGenitive, last.key)) return to;
  for (let k = to - 2; k >= Math.max(from, to - 3); k--) {
    if (g.genitive.test(tokens[k]?.key ?? '')) return k + 1;
  }
  return to;
}

/**
 * 'the State Program "X"', 'the International Festival "X"': a capitalised run of common words
 * ending in a cue word, right before the quote, only describes the quoted name — the name takes
 * the run's type, and the run is no entity of its own.
 */
function descriptorBefore(tokens: readonly Token[], chunks: readonly Chunk[], sentence: number, openAt: number): { chunk: Chunk; type: EntityType } | undefined {
  const c = chunks.find((x) => x.sentence === sentence && x.to === openAt);
  if (c === undefined || tokens[openAt - 1]?.inflected) return undefined;
  const slice = tokens.slice(c.from, c.to).filter((t) => !(TITLE_LEAD_IN_WORDS.has(t.key) && !t.cap));
  const type = typeByCue(slice);
  const last = slice[slice.length - 1];
  if (!type || type === 'place' || !last || tokenCue(last) !== type) return undefined;
  const describing = slice.slice(0, -1).every((t) => COMMON_TITLE_WORDS.has(t.key) || NATIONALITIES.has(t.key) || TITLE_LEAD_IN_WORDS.has(t.key));
  return describing ? { chunk: c, type } : undefined;
}

/** A capitalised run with a person's name shape ending right before the quote. */
function authorBefore(tokens: readonly Token[], chunks: readonly Chunk[], sentence: number, openAt: number): boolean {
  const c = chunks.find((x) => x.sentence === sentence && x.to === openAt);
  if (c === undefined) return false;
  // The name may end a longer run: "Konsertdə Ə.Məmmədov".
  for (const from of [c.from, c.to - 3, c.to - 2]) {
    if (from >= c.from && personEvidence(tokens.slice(from, c.to)) === 'strong') return true;
  }
  return false;
}

export interface QuotedResult {
  readonly parts: Part[];
  /** Chunks swallowed by quoted names (inside the quotes or joined after them). */
  readonly consumed: Set<Chunk>;
}

export function quotedNames(prepared: Prepared, chunks: readonly Chunk[]): QuotedResult {
  const parts: Part[] = [];
  const consumed = new Set<Chunk>();
  /** The last typed quote per sentence: '"A," "B" (in Russian), "C"' share the type of A. */
  const lastTyped = new Map<number, { to: number; type: EntityType }>();
  for (const q of prepared.quotes) {
    const sentence = prepared.sentences[q.sentence];
    if (!sentence) continue;
    const tokens = sentence.tokens;
    let from = q.from;
    let to = q.to;
    while (to > from && tokens[to - 1]?.kind === 'punct' && /[,.;:]/.test(tokens[to - 1]?.text ?? '')) to--;
    const content = tokens.slice(from, to);
    const words = content.filter((t) => t.kind === 'word' || t.kind === 'number' || t.kind === 'initial');
    const first = words[0];
    if (!first || words.length > 12 || !(first.cap || first.kind === 'number')) continue;
    // Speech: "We expect …", "It will take …".
    if (SPEECH_OPENER_WORDS.has(first.key) && words.length > 3) continue;
    const long = words.filter((t) => t.text.length > 3);
    const capRatio = long.length === 0 ? 1 : long.filter((t) => t.cap).length / long.length;
    const openAt = from - 1;
    const closeAt = q.to;
    // '"Kharibulbul" International Music Festival': a capitalised run right after the quote.
    const after = chunks.find((c) => c.sentence === q.sentence && c.from === closeAt + 1);
    const afterType = after ? typeByCue(tokens.slice(after.from, after.to)) : null;

    const lead = leadingCue(tokens, openAt);
    const headCue = tokenCue(headToken(content));
    const inner = words.length <= 8 && capRatio >= 0.5 && !isGeneric(content) ? headCue : null;
    const innerStrategy = typeByCue(content) === 'project' ? 'project' : null;
    const trail = trailingCue(tokens, closeAt);
    const byAuthor = AUTHOR_PREPOSITIONS.has(tokens[closeAt + 1]?.key ?? '') && tokens[closeAt + 2]?.cap === true;

    const descriptor = descriptorBefore(tokens, chunks, q.sentence, openAt);

    let type: EntityType | null = null;
    let end = to;
    // '"İçərişəhər" Dövlət Tarix-Memarlıq Qoruğunda': a place name with a quoted part, where the modifier leads.
    const placeAfter = afterType === 'place' && possessorLeads(first);
    if (after && afterType && (afterType !== 'place' || placeAfter) && words.length <= 3 && !possessorAfter(tokens, after)) {
      type = afterType;
      end = subunitCut(tokens, after.from, after.to);
      consumed.add(after);
    } else if (descriptor) {
      type = descriptor.type;
      consumed.add(descriptor.chunk);
    }
    // '"DD Expo" şirkətinin', 'filmi "X" festivalında': the head noun after an Azerbaijani quote,
    // in any case, says what it names, whatever cue word the title holds or a work noun before it.
    else if (trail && headNounInCase(tokens[closeAt + 1])) type = trail;
    else if (lead === 'work') type = 'work';
    else if (inner && inner !== 'place') type = inner;
    else if (innerStrategy) type = 'project';
    else if (trail) type = trail;
    else if (lead) type = lead;
    else if (byAuthor && capRatio >= 0.5) type = 'work';
    // Russian and Azerbaijani titles are in sentence case: "У самого синего моря".
    else if ((capRatio >= 0.6 || first.inflected) && words.length <= 8) type = listedAfter(tokens, lastTyped.get(q.sentence), openAt);
    // A quoted outlet name: '"Report" … müsahibə edib'.
    if (!type && words.length === 1 && knownMedia(first.key) !== 'no') type = 'organisation';
    // Azerbaijani/Russian: an author's name right before a quoted title ('F.Əlizadə "…"',
    // 'панно Рафига Гамбарова «…»').
    if (!type && first.inflected && words.length <= 6 && authorBefore(tokens, chunks, q.sentence, openAt)) type = 'work';
    if (!type) continue;
    lastTyped.set(q.sentence, { to: closeAt, type });
    if (type === 'organisation' && words.length > 8) continue;

    // 'кинофестиваль тюркского мира «Деде Горгуд»': the Russian cue phrase before the quote is
    // part of the name.
    const cueLed = type === lead && (type === 'event' || type === 'organisation' || type === 'project');
    const lead0 = cueLed ? cuePhraseBefore(tokens, chunks, q.sentence, openAt, type) : undefined;
    const opening = cueLed && lead0 === undefined ? openingDescriptor(tokens, chunks, q.sentence, openAt, type) : undefined;
    if (opening) consumed.add(opening);
    const start = lead0 ? lead0.chunk.from : from;
    const p: Part = { sentence: q.sentence, from: start, to: end, type, strength: 'strong', name: '' };
    p.name = end === to ? textOf(prepared, sentence, from, to) : `${textOf(prepared, sentence, from, to)} ${textOf(prepared, sentence, closeAt + 1, end)}`;
    if (p.name === '') continue;
    if (lead0) {
      p.core = foldName(p.name);
      p.name = `${textOf(prepared, sentence, lead0.chunk.from, lead0.gapEnd)} ${p.name}`;
      consumed.add(lead0.chunk);
    } else if (first.inflected) p.core = foldName(p.name);
    parts.push(p);
    for (const c of chunks) if (c.sentence === q.sentence && c.from >= from && c.to <= q.to) consumed.add(c);
  }
  return { parts, consumed };
}
