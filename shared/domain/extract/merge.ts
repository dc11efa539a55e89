/**
 * Within-document merging: every form one document uses for one entity becomes one entity with
 * aliases. Surnames and first names join the full name ("Baghirova" → "Sabina Baghirova"),
 * initial forms join ("A.Garayev"), near-identical first names with the same surname join
 * ("Abulfaz"/"Abulfas Garayev"); organisation and event names join when one's content words are
 * a subset of the other's with the same head ("Culture Ministry" ≡ "Ministry of Culture" ≡
 * "Azerbaijan Culture Ministry"; "Musical Theatre" ⊂ "Azerbaijan State Academic Musical
 * Theatre"); acronyms join the long form whose initials they spell ("TURKSOY" is given in
 * parentheses; "BJF" spells Baku Jazz Festival).
 */
import type { EntityType } from '../model.js';
import { foldName } from '../text/fold.js';
import type { Part } from './analyse.js';
import type { ExtractedEntity } from './types.js';
import { NATIONALITIES } from './lexicon.js';
import { cueType, isKnownPlace } from './names.js';
import { inflectedCueType } from './inflection.js';
import { COMPARED_CUE_HEADS, HEAD_PREPOSITION_WORDS, NAME_FUNCTION_WORDS, SHARED_NAME_WORDS, canonSpelling } from './languages/index.js';
import type { NameMorphology } from './morphology.js';

interface Group {
  type: EntityType;
  /** Surface forms with the number of mentions of each. */
  forms: Map<string, number>;
  firstSentence: number;
  firstFrom: number;
  strong: boolean;
  role?: string;
  affiliation?: string;
  mergedInto?: Group;
}

/** Compared names drop the profiles' function words (no weight, as no initial in an acronym) and the words most national institutions share. */
const BAG_DROP = new Set([...NAME_FUNCTION_WORDS, ...SHARED_NAME_WORDS]);

function canonWords(name: string): string[] {
  return foldName(name).split(' ').filter(Boolean).map(canonSpelling);
}

/**
 * The compared words of a name: where compounds decline in each part, a hyphenated compound stays
 * one word ("dom-muzey"), its parts folded apart, so that the morphology compares it part by part.
 */
function comparedWords(name: string, morphology: NameMorphology): string[] {
  if (!morphology.declinedCompounds) return canonWords(name).map(morphology.wordKey);
  return name.split(/\s+/).map((w) => canonWords(w).map(morphology.wordKey).join('-')).filter(Boolean);
}

function bag(name: string): Set<string> {
  return bagOf(canonWords(name));
}

function bagOf(words: readonly string[]): Set<string> {
  return new Set(words.filter((w) => !BAG_DROP.has(w)));
}

/** The head noun: the word before the first post-modifying preposition ("Institute for …"), else the last word. */
function headOf(ws: readonly string[]): string {
  const of = ws.findIndex((w, i) => i > 0 && HEAD_PREPOSITION_WORDS.has(w));
  if (of > 0) return ws[of - 1] ?? '';
  for (let i = ws.length - 1; i >= 0; i--) if (!/^\d+$/.test(ws[i] ?? '')) return ws[i] ?? '';
  return '';
}

export function orgHead(name: string): string {
  return head(name);
}

function head(name: string): string {
  return headOf(canonWords(name));
}

function initials(name: string): string {
  return canonWords(name)
    .filter((w) => !NAME_FUNCTION_WORDS.has(w) && !/^\d+$/.test(w))
    .map((w) => w.charAt(0))
    .join('');
}

/**
 * Initials in the name's own script: "Национальной академии наук Азербайджана" → "нана" (folding
 * to Latin first would spell "ш" as "sh"). Short function words ("и", "və", "of") carry no letter.
 */
function scriptInitials(name: string): string {
  return name.split(/\s+/).filter((w) => w.length > 2 && /^\p{L}/u.test(w)).map((w) => w.charAt(0).toLowerCase()).join('');
}

function subset(a: Set<string>, b: Set<string>): boolean {
  if (a.size === 0) return false;
  for (const x of a) if (!b.has(x)) return false;
  return true;
}

function editDistanceAtMost1(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

const INITIAL_WORD = /^\p{Lu}\.?$|\p{Lu}\.\p{Lu}/u;

/** The fullest form: most words, initials last, then most mentions, then first seen. */
function canonicalName(g: Group): string {
  let best = '';
  let bestScore = -Infinity;
  for (const [f, n] of g.forms) {
    const ws = f.split(' ');
    let hasInitial = false;
    for (const w of ws) if (INITIAL_WORD.test(w)) hasInitial = true;
    const score = ws.length * 10 - (hasInitial ? 15 : 0) + n * 0.01;
    if (score > bestScore) {
      best = f;
      bestScore = score;
    }
  }
  return best;
}

function root(g: Group): Group {
  let r = g;
  while (r.mergedInto) r = r.mergedInto;
  return r;
}

function absorb(into: Group, from: Group): void {
  const a = root(into);
  const b = root(from);
  if (a === b) return;
  for (const [f, n] of b.forms) a.forms.set(f, (a.forms.get(f) ?? 0) + n);
  if (b.firstSentence < a.firstSentence || (b.firstSentence === a.firstSentence && b.firstFrom < a.firstFrom)) {
    a.firstSentence = b.firstSentence;
    a.firstFrom = b.firstFrom;
    // Forms keep the order of first mention, which decides between equally full names (the
    // text's first "Дом-музей X" before a later "Доме-музее X").
    a.forms = new Map([...b.forms.keys(), ...a.forms.keys()].map((f) => [f, a.forms.get(f) ?? 0]));
  }
  a.strong ||= b.strong;
  a.role ??= b.role;
  a.affiliation ??= b.affiliation;
  b.mergedInto = a;
}

function spelledOut(g: Group): boolean {
  for (const f of g.forms.keys()) if (f.includes(' ')) return true;
  return false;
}

const TYPE_PRIORITY: readonly EntityType[] = ['organisation', 'event', 'project', 'work', 'place', 'person'];

/** The groups of one document while they merge: typed groups by id, and the one-word mentions set aside. */
interface Groups {
  readonly byId: Map<string, Group>;
  readonly singles: Part[];
}

const liveGroups = (groups: Groups): Group[] => [...groups.byId.values()].filter((g) => !g.mergedInto);

/**
 * Merge one document's parts into entities, as a pipeline of named steps. The morphology of the
 * document's language says how two forms of a word compare (see morphology.ts).
 */
export function mergeParts(parts: readonly Part[], sentenceText: (i: number) => string, morphology: NameMorphology): ExtractedEntity[] {
  const groups = groupParts(parts);
  joinSameNames(groups);
  mergePlaceCases(liveGroups(groups).filter((g) => g.type === 'place'), morphology);
  const afterNames = liveGroups(groups);
  mergePersons(afterNames.filter((g) => g.type === 'person'), morphology);
  for (const type of ['organisation', 'event', 'project'] as const) mergeBySubset(afterNames.filter((g) => g.type === type && !g.mergedInto), morphology);
  mergeAcronyms(liveGroups(groups));
  attachSingles(groups);
  return toEntities(liveGroups(groups), sentenceText);
}

/** One group per type and folded name; roles leave, one-word mentions wait for a full name. */
function groupParts(parts: readonly Part[]): Groups {
  const byId = new Map<string, Group>();
  const byCore = new Map<string, Group>();
  const singles: Part[] = [];
  for (const p of parts) {
    if (p.type === 'role') continue;
    if (p.type === 'single') {
      singles.push(p);
      continue;
    }
    const key = foldName(p.name);
    if (key === '') continue;
    const g = groupOf(byId, p, key);
    if (p.core) joinByCore(byCore, g, `${p.type}|${p.core}`);
  }
  return { byId, singles };
}

function groupOf(byId: Map<string, Group>, p: Part, key: string): Group {
  const id = `${p.type}|${key}`;
  let g = byId.get(id);
  if (!g) {
    g = { type: p.type as EntityType, forms: new Map(), firstSentence: p.sentence, firstFrom: p.from, strong: false };
    byId.set(id, g);
  }
  addForm(g, p.name);
  g.strong ||= p.strength === 'strong';
  if (p.role) g.role ??= p.role;
  if (p.affiliation) g.affiliation ??= p.affiliation;
  for (const alias of p.aliases ?? []) addAlias(g, alias);
  return g;
}

/** One mention of the entity under this form. */
function addForm(g: Group, form: string): void {
  g.forms.set(form, (g.forms.get(form) ?? 0) + 1);
}

/**
 * Another name of the same mention: the case form a name was set back from ("Марины Ивановой" →
 * Марина Иванова), an acronym given in parentheses. It is a form of the entity, not a second
 * mention, so it adds none to the count.
 */
function addAlias(g: Group, form: string): void {
  g.forms.set(form, g.forms.get(form) ?? 0);
}

/** Case forms of one quoted name ("III международного кинофестиваля «X»", "кинофестиваль «X»"). */
function joinByCore(byCore: Map<string, Group>, g: Group, coreId: string): void {
  const other = byCore.get(coreId);
  if (other) absorb(other, g);
  else byCore.set(coreId, g);
}

/**
 * One folded name, one entity: groups sharing any form join (an acronym given in parentheses
 * and used alone later); across types the strongest evidence wins, then the priority order.
 */
function joinSameNames(groups: Groups): void {
  const byName = new Map<string, Group[]>();
  for (const g of liveGroups(groups)) {
    for (const f of g.forms.keys()) {
      const k = foldName(f);
      const list = byName.get(k) ?? [];
      if (!list.includes(g)) list.push(g);
      byName.set(k, list);
    }
  }
  for (const list of byName.values()) {
    const live = [...new Set(list.map(root))];
    if (live.length < 2) continue;
    // An acronym alone says nothing about the type: the spelled-out name decides ("Baku Cinema
    // Breeze Festival (BCB)" is an event, though "BCB" alone reads as an organisation).
    live.sort((x, y) => Number(y.strong) - Number(x.strong) || Number(spelledOut(y)) - Number(spelledOut(x)) || TYPE_PRIORITY.indexOf(x.type) - TYPE_PRIORITY.indexOf(y.type));
    const [keep, ...rest] = live;
    if (keep) for (const r of rest) absorb(keep, r);
  }
}

/** Single capitalised words: a surname or first name of a person, an acronym of an organisation. */
function attachSingles(groups: Groups): void {
  const bySurname = new Map<string, Set<Group>>();
  const byFirst = new Map<string, Set<Group>>();
  const byForm = new Map<string, Group>();
  for (const g of liveGroups(groups)) {
    for (const f of g.forms.keys()) {
      if (!byForm.has(foldName(f))) byForm.set(foldName(f), g);
      if (g.type !== 'person' || !f.includes(' ')) continue;
      addToIndex(bySurname, lastWord(f), g);
      addToIndex(byFirst, firstWord(f), g);
    }
  }
  for (const s of groups.singles) {
    const key = foldName(s.name);
    if (key === '') continue;
    const sur = bySurname.get(key);
    const first = byFirst.get(key);
    // A surname shared by two people, or a first name alone shared by two, stays unattached.
    const target = sur?.size === 1 ? [...sur][0] : !sur && first?.size === 1 ? [...first][0] : byForm.get(key);
    if (target) addForm(target, s.name);
  }
}

function addToIndex(m: Map<string, Set<Group>>, k: string, g: Group): void {
  const set = m.get(k) ?? new Set<Group>();
  set.add(g);
  m.set(k, set);
}

/** Entities in order of first mention: the fullest form as name, the other forms as aliases. */
function toEntities(finals: readonly Group[], sentenceText: (i: number) => string): ExtractedEntity[] {
  const orgByForm = new Map<string, Group>();
  for (const g of finals) if (g.type === 'organisation') for (const f of g.forms.keys()) orgByForm.set(foldName(f), g);
  return [...finals]
    .sort((x, y) => x.firstSentence - y.firstSentence || x.firstFrom - y.firstFrom)
    .map((g) => toEntity(g, sentenceText, orgByForm));
}

function toEntity(g: Group, sentenceText: (i: number) => string, orgByForm: ReadonlyMap<string, Group>): ExtractedEntity {
  const name = canonicalName(g);
  const count = [...g.forms.values()].reduce((n, x) => n + x, 0);
  const entity: { -readonly [K in keyof ExtractedEntity]: ExtractedEntity[K] } = {
    type: g.type, name, aliases: aliasesOf(g, name), count, context: sentenceText(g.firstSentence),
  };
  if (g.type === 'person') {
    if (g.role) entity.role = g.role;
    const org = g.affiliation ? orgByForm.get(foldName(g.affiliation)) : undefined;
    if (org) entity.affiliation = canonicalName(root(org));
  }
  return entity;
}

/** The group's other forms, one per folded spelling, in the order first seen. */
function aliasesOf(g: Group, name: string): string[] {
  const seen = new Set([foldName(name)]);
  const aliases: string[] = [];
  for (const f of g.forms.keys()) {
    const k = foldName(f);
    if (!seen.has(k)) {
      seen.add(k);
      aliases.push(f);
    }
  }
  return aliases;
}

const firstWord = (f: string): string => foldName(f).split(' ')[0] ?? '';
const lastWord = (f: string): string => {
  const ws = foldName(f).split(' ');
  return ws[ws.length - 1] ?? '';
};

/** "Шуша" / "Шуше", "Bakı" / "Bakıda": case forms of one gazetteer place join. */
function mergePlaceCases(places: Group[], morphology: NameMorphology): void {
  const byBase = new Map<string, Group>();
  for (const g of places) {
    for (const f of [...g.forms.keys()]) {
      const key = foldName(f);
      if (key.includes(' ')) continue;
      const base = morphology.placeBases(key).find((b) => isKnownPlace(b));
      if (!base) continue;
      const other = byBase.get(base);
      if (other && root(other) !== root(g)) absorb(other, g);
      else if (!other) byBase.set(base, g);
    }
  }
}

function mergePersons(persons: Group[], morphology: NameMorphology): void {
  // Spellings first: "Fikrat"/"Fikret Amirov" are one person, so "F. Amirov" has one full name to join.
  joinNearSpellings(persons, morphology);
  joinInitialForms(persons.filter((g) => !g.mergedInto), morphology);
}

/** "A.Garayev", "M. Garayev": initial + surname joins the full name with that surname and initial. */
function joinInitialForms(persons: Group[], morphology: NameMorphology): void {
  const full = persons.filter((g) => [...g.forms.keys()].some((f) => !isInitialForm(f)));
  for (const g of persons) {
    const forms = [...g.forms.keys()];
    if (!forms.every(isInitialForm)) continue;
    const f = forms[0] ?? '';
    const sur = lastWord(f);
    const initial = foldName(f).charAt(0);
    const matches = full.filter((x) => x !== g && [...x.forms.keys()].some((y) => !isInitialForm(y) && morphology.sameSurname(lastWord(y), sur) && firstWord(y).startsWith(initial)));
    if (matches.length === 1 && matches[0]) absorb(matches[0], g);
  }
}

/** "Abulfaz Garayev" / "Abulfas Garayev": same surname, first names one letter apart (or the reverse). */
function joinNearSpellings(persons: Group[], morphology: NameMorphology): void {
  const live = persons
    .filter((g) => !g.mergedInto)
    .map((g) => ({ g, w: foldName(canonicalName(g)).split(' ') }))
    .filter((x) => x.w.length === 2);
  for (let i = 0; i < live.length; i++) {
    for (let j = i + 1; j < live.length; j++) {
      const x = live[i];
      const y = live[j];
      if (!x || !y || root(x.g) === root(y.g)) continue;
      if (nearSpelling(x.w, y.w, morphology)) absorb(x.g, y.g);
    }
  }
}

function nearSpelling(wa: readonly string[], wb: readonly string[], morphology: NameMorphology): boolean {
  const [fa = '', sa = ''] = wa;
  const [fb = '', sb = ''] = wb;
  const sameSurname = sa === sb && fa.length >= 4 && editDistanceAtMost1(fa, fb);
  const sameFirst = fa === fb && sa.length >= 5 && (editDistanceAtMost1(sa, sb) || morphology.sameSurname(sa, sb));
  return sameSurname || sameFirst;
}

function isInitialForm(f: string): boolean {
  return /^(\p{Lu}\.\s?)+\p{Lu}/u.test(f.trim());
}

/** Every word of a has a form in b. */
function wordSubset(a: ReadonlySet<string>, b: ReadonlySet<string>, sameWord: (x: string, y: string) => boolean): boolean {
  if (a.size === 0) return false;
  for (const x of a) {
    if (b.has(x)) continue;
    let hit = false;
    for (const y of b) if (sameWord(x, y)) hit = true;
    if (!hit) return false;
  }
  return true;
}

interface SizedName {
  readonly g: Group;
  readonly name: string;
  readonly bag: Set<string>;
  readonly head: string;
  /** The name has a cue word (so its head must match). */
  readonly cue: boolean;
  readonly nations: Set<string>;
}

function nationsIn(words: readonly string[]): Set<string> {
  return new Set(words.filter((w) => NATIONALITIES.has(w) || isKnownPlace(w) || w === 'azerbaijan'));
}

/** The nations every form of a group names: a short form joined to "Azerbaijan X" is Azerbaijan's. */
function groupNations(g: Group, morphology: NameMorphology): Set<string> {
  return new Set([...root(g).forms.keys()].flatMap((f) => [...nationsIn(canonWords(f).map(morphology.wordKey))]));
}

function sizedName(g: Group, morphology: NameMorphology): SizedName {
  const name = canonicalName(g);
  const words = comparedWords(name, morphology);
  const nations = nationsIn(words.flatMap((w) => w.split('-')));
  if (morphology.headIsFirstCue) {
    const cueWord = words.find((w) => w.split('-').some((part) => cueType(part) !== null || inflectedCueType(part) !== null));
    return { g, name, bag: bagOf(words), head: cueWord ?? headOf(words), cue: cueWord !== undefined, nations };
  }
  return { g, name, bag: bagOf(words), head: headOf(words), cue: words.some((w) => COMPARED_CUE_HEADS.has(w)), nations };
}

/** Names whose words are a subset of one larger name with the same head join it. */
function mergeBySubset(groups: Group[], morphology: NameMorphology): void {
  if (groups.length < 2) return;
  const sized = groups.map((g) => sizedName(g, morphology)).sort((x, y) => y.bag.size - x.bag.size);
  const sub = (a: ReadonlySet<string>, b: ReadonlySet<string>): boolean => wordSubset(a, b, morphology.sameWord);
  const sameHead = morphology.sameWord;
  // Largest first, so mid-size forms are already joined when the shortest ones look for a home.
  for (let i = 0; i < sized.length; i++) {
    const small = sized[i];
    if (!small || small.bag.size === 0) continue;
    // "UNESCO" inside "National Commission for UNESCO" is another organisation, not a short form:
    // an acronym joins only the name whose initials it spells (mergeAcronyms).
    if (isAcronym(small.name)) continue;
    const candidates = sized.filter(
      (big, j) => j < i && big.bag.size > small.bag.size && big.g !== small.g && sub(small.bag, big.bag) && (sameHead(big.head, small.head) || !small.cue) &&
        !differentNations(small.nations, big.nations) && !differentNations(groupNations(small.g, morphology), groupNations(big.g, morphology)),
    );
    let roots = new Set(candidates.map((c) => root(c.g)));
    // "Национальная библиотека" inside "Азербайджанская национальная библиотека" and "Национальная
    // академическая библиотека …": the short form is the name that holds its words side by side.
    if (roots.size > 1) roots = new Set(candidates.filter((c) => contiguousIn(small.name, c.name, morphology)).map((c) => root(c.g)));
    if (roots.size === 1) {
      const [target] = roots;
      if (target && target !== root(small.g)) absorb(target, small.g);
    } else if (roots.size === 0) {
      // Equal bags (e.g. "Culture Ministry" / "Ministry of Culture") with the same head.
      const twin = sized.find((big, j) => j !== i && !isAcronym(big.name) && sameTwinHead(big, small, morphology) && sub(big.bag, small.bag) && sub(small.bag, big.bag));
      if (twin && root(twin.g) !== root(small.g)) absorb(twin.g, small.g);
    }
  }
}

/** An all-capitals word: it stands for a name by its initials only (mergeAcronyms), never by a shared start ("AZƏRTAC" is not "Azərkitab"). */
function isAcronym(name: string): boolean {
  return /^[\p{Lu}\p{N}]{2,10}$/u.test(name);
}

/** Same head; two one-word names are the head itself, so they must be forms of one proper noun. */
function sameTwinHead(big: SizedName, small: SizedName, morphology: NameMorphology): boolean {
  const oneWord = !big.name.includes(' ') && !small.name.includes(' ');
  return oneWord ? morphology.sameName(big.head, small.head) : morphology.sameWord(big.head, small.head);
}

/** The words of `small`, in order and side by side, inside `big` (compared through the morphology). */
function contiguousIn(small: string, big: string, morphology: NameMorphology): boolean {
  const a = canonWords(small).map(morphology.wordKey);
  const b = canonWords(big).map(morphology.wordKey);
  for (let k = 0; k + a.length <= b.length; k++) if (a.every((w, n) => morphology.sameWord(w, b[k + n] ?? ''))) return true;
  return false;
}

/** "Days of Kazakh Cinema" and "Days of Azerbaijani Cinema" name different countries: never one entity. */
function differentNations(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size === 0 || b.size === 0) return false;
  const norm = (w: string): string => (w.startsWith('azerbaijan') ? 'azerbaijan' : w);
  const bn = new Set([...b].map(norm));
  return ![...a].map(norm).some((w) => bn.has(w));
}

/** An all-capitals single word joins the one organisation/event whose initials it spells. */
function mergeAcronyms(groups: Group[]): void {
  for (const g of groups) {
    if (g.mergedInto || g.forms.size !== 1) continue;
    const form = [...g.forms.keys()][0] ?? '';
    if (!/^[\p{Lu}]{2,8}$/u.test(form)) continue;
    const acr = form.toLowerCase();
    const targets = groups.filter(
      (x) => x !== g && !x.mergedInto && (x.type === 'organisation' || x.type === 'event') && [...x.forms.keys()].some((f) => f.includes(' ') && (initials(f) === acr || scriptInitials(f) === acr)),
    );
    if (targets.length === 1 && targets[0]) absorb(targets[0], g);
  }
}
