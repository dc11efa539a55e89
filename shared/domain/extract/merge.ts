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
import { baseForms, inflectedCueType } from './inflection.js';

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

const BAG_DROP = new Set(['of', 'the', 'and', 'for', 'on', 'azerbaijan', 'azerbaijani', 'republic', 'state', 's', 'in']);
const CANON: Readonly<Record<string, string>> = {
  theatre: 'theater', centre: 'center', organisation: 'organization', programme: 'program', honoured: 'honored',
};

function canonWords(name: string): string[] {
  return foldName(name).split(' ').filter(Boolean).map((w) => CANON[w] ?? w);
}

function bag(name: string): Set<string> {
  return bagOf(canonWords(name));
}

function bagOf(words: readonly string[]): Set<string> {
  return new Set(words.filter((w) => !BAG_DROP.has(w)));
}

function headOf(ws: readonly string[]): string {
  const of = ws.indexOf('of');
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
    .filter((w) => !['of', 'the', 'and', 'for', 'on', 's'].includes(w) && !/^\d+$/.test(w))
    .map((w) => w.charAt(0))
    .join('');
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

export function mergeParts(parts: readonly Part[], sentenceText: (i: number) => string, inflected = false): ExtractedEntity[] {
  const groups = new Map<string, Group>();
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
    const id = `${p.type}|${key}`;
    let g = groups.get(id);
    if (!g) {
      g = { type: p.type, forms: new Map(), firstSentence: p.sentence, firstFrom: p.from, strong: false };
      groups.set(id, g);
    }
    g.forms.set(p.name, (g.forms.get(p.name) ?? 0) + 1);
    g.strong ||= p.strength === 'strong';
    if (p.role) g.role ??= p.role;
    if (p.affiliation) g.affiliation ??= p.affiliation;
    for (const alias of p.aliases ?? []) g.forms.set(alias, (g.forms.get(alias) ?? 0) + 1);
    if (p.core) {
      // Case forms of one quoted name ("III международного кинофестиваля «X»", "кинофестиваль «X»").
      const coreId = `${p.type}|${p.core}`;
      const other = byCore.get(coreId);
      if (other) absorb(other, g);
      else byCore.set(coreId, g);
    }
  }
  const all = (): Group[] => [...groups.values()].filter((g) => !g.mergedInto);

  // One folded name, one entity: groups sharing any form join (an acronym given in parentheses
  // and used alone later); across types the strongest evidence wins, then the priority order.
  const byName = new Map<string, Group[]>();
  for (const g of all()) {
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

  if (inflected) mergePlaceCases(all().filter((g) => g.type === 'place'));
  const afterNames = all();
  mergePersons(afterNames.filter((g) => g.type === 'person'), inflected);
  for (const type of ['organisation', 'event', 'project'] as const) mergeBySubset(afterNames.filter((g) => g.type === type && !g.mergedInto), inflected);
  mergeAcronyms(all());

  // Single capitalised words: a surname or first name of a person, an acronym of an organisation.
  const live = all();
  const bySurname = new Map<string, Set<Group>>();
  const byFirst = new Map<string, Set<Group>>();
  const byForm = new Map<string, Group>();
  const index = (m: Map<string, Set<Group>>, k: string, g: Group): void => {
    const set = m.get(k) ?? new Set<Group>();
    set.add(g);
    m.set(k, set);
  };
  for (const g of live) {
    for (const f of g.forms.keys()) {
      if (!byForm.has(foldName(f))) byForm.set(foldName(f), g);
      if (g.type !== 'person' || !f.includes(' ')) continue;
      index(bySurname, lastWord(f), g);
      index(byFirst, firstWord(f), g);
    }
  }
  for (const s of singles) {
    const key = foldName(s.name);
    if (key === '') continue;
    const sur = bySurname.get(key);
    const first = byFirst.get(key);
    const target = sur?.size === 1 ? [...sur][0] : !sur && first?.size === 1 ? [...first][0] : byForm.get(key);
    if (target) target.forms.set(s.name, (target.forms.get(s.name) ?? 0) + 1);
  }

  const finals = all();
  const orgByForm = new Map<string, Group>();
  for (const g of finals) if (g.type === 'organisation') for (const f of g.forms.keys()) orgByForm.set(foldName(f), g);

  return finals
    .sort((x, y) => x.firstSentence - y.firstSentence || x.firstFrom - y.firstFrom)
    .map((g) => {
      const name = canonicalName(g);
      const seen = new Set([foldName(name)]);
      const aliases: string[] = [];
      for (const f of g.forms.keys()) {
        const k = foldName(f);
        if (!seen.has(k)) {
          seen.add(k);
          aliases.push(f);
        }
      }
      const count = [...g.forms.values()].reduce((n, x) => n + x, 0);
      const entity: { -readonly [K in keyof ExtractedEntity]: ExtractedEntity[K] } = {
        type: g.type, name, aliases, count, context: sentenceText(g.firstSentence),
      };
      if (g.type === 'person') {
        if (g.role) entity.role = g.role;
        const org = g.affiliation ? orgByForm.get(foldName(g.affiliation)) : undefined;
        if (org) entity.affiliation = canonicalName(root(org));

      }
      return entity;
    });
}

const firstWord = (f: string): string => foldName(f).split(' ')[0] ?? '';
const lastWord = (f: string): string => {
  const ws = foldName(f).split(' ');
  return ws[ws.length - 1] ?? '';
};

/** "Шуша" / "Шуше", "Bakı" / "Bakıda": case forms of one gazetteer place join. */
function mergePlaceCases(places: Group[]): void {
  const byBase = new Map<string, Group>();
  for (const g of places) {
    for (const f of [...g.forms.keys()]) {
      const key = foldName(f);
      if (key.includes(' ')) continue;
      const base = baseForms(key).find((b) => isKnownPlace(b));
      if (!base) continue;
      const other = byBase.get(base);
      if (other && root(other) !== root(g)) absorb(other, g);
      else if (!other) byBase.set(base, g);
    }
  }
}

/** "Salahov" / "Salahovun", "Керимов" / "Керимовым": one surname in two case forms. */
function sameSurnameCase(x: string, y: string, inflected: boolean): boolean {
  if (x === y) return true;
  if (!inflected) return false;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short.length >= 5 && long.startsWith(short) && long.length - short.length <= 3;
}

function mergePersons(persons: Group[], inflected = false): void {
  const full = persons.filter((g) => [...g.forms.keys()].some((f) => !isInitialForm(f)));
  for (const g of persons) {
    const forms = [...g.forms.keys()];
    // "A.Garayev", "M. Garayev": initial + surname joins the full name with that surname and initial.
    if (forms.every(isInitialForm)) {
      const f = forms[0] ?? '';
      const sur = lastWord(f);
      const initial = foldName(f).charAt(0);
      const matches = full.filter((x) => x !== g && [...x.forms.keys()].some((y) => !isInitialForm(y) && sameSurnameCase(lastWord(y), sur, inflected) && firstWord(y).startsWith(initial)));
      if (matches.length === 1 && matches[0]) absorb(matches[0], g);
    }
  }
  // "Abulfaz Garayev" / "Abulfas Garayev": same surname, first names one letter apart.
  const live = persons
    .filter((g) => !g.mergedInto)
    .map((g) => ({ g, w: foldName(canonicalName(g)).split(' ') }))
    .filter((x) => x.w.length === 2);
  for (let i = 0; i < live.length; i++) {
    for (let j = i + 1; j < live.length; j++) {
      const x = live[i];
      const y = live[j];
      if (!x || !y) continue;
      const a = x.g;
      const b = y.g;
      if (root(a) === root(b)) continue;
      const wa = x.w;
      const wb = y.w;
      const sameSurname = wa[1] === wb[1] && (wa[0] ?? '').length >= 4 && editDistanceAtMost1(wa[0] ?? '', wb[0] ?? '');
      const sameFirst = wa[0] === wb[0] && (wa[1] ?? '').length >= 5 &&
        (editDistanceAtMost1(wa[1] ?? '', wb[1] ?? '') || sameSurnameCase(wa[1] ?? '', wb[1] ?? '', inflected));
      if (sameSurname || sameFirst) absorb(a, b);
    }
  }
}

function isInitialForm(f: string): boolean {
  return /^(\p{Lu}\.\s?)+\p{Lu}/u.test(f.trim());
}

/** Russian "день" changes its stem in the oblique cases (дня, днем, дни). */
const RUSSIAN_DAY = /^dn(ya|yu|em|i|ey|yam|yakh)$/;

/**
 * Azerbaijani/Russian case forms of one word: a common stem of four letters or more and
 * endings of at most six letters ("Teatrında"/"Teatrının", "международный"/"международного").
 */
function sameStem(x: string, y: string): boolean {
  if (x === y) return true;
  let cp = 0;
  while (cp < x.length && cp < y.length && x[cp] === y[cp]) cp++;
  return cp >= 4 && x.length - cp <= 6 && y.length - cp <= 6;
}

function stemSubset(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size === 0) return false;
  for (const x of a) {
    let hit = false;
    for (const y of b) if (sameStem(x, y)) hit = true;
    if (!hit) return false;
  }
  return true;
}

function mergeBySubset(groups: Group[], inflected = false): void {
  if (groups.length < 2) return;
  const sized = groups
    .map((g) => {
      const name = canonicalName(g);
      const words = inflected ? canonWords(name).map((w) => (RUSSIAN_DAY.test(w) ? 'den' : w)) : canonWords(name);
      const nations = new Set(words.filter((w) => NATIONALITIES.has(w) || isKnownPlace(w) || w === 'azerbaijan'));
      if (inflected) {
        // The first cue word is the head ("Министерство культуры Азербайджана", "… Dram Teatrı").
        const cueWord = words.find((w) => cueType(w) !== null || inflectedCueType(w) !== null);
        return { g, name, bag: bagOf(words), head: cueWord ?? headOf(words), cue: cueWord !== undefined, nations };
      }
      return { g, name, bag: bagOf(words), head: headOf(words), cue: words.some((w) => CUE_HEADS.has(w)), nations };
    })
    .sort((x, y) => y.bag.size - x.bag.size);
  const sub = inflected ? stemSubset : subset;
  const sameHead = (x: string, y: string): boolean => (inflected ? sameStem(x, y) : x === y);
  // Largest first, so mid-size forms are already joined when the shortest ones look for a home.
  for (let i = 0; i < sized.length; i++) {
    const small = sized[i];
    if (!small || small.bag.size === 0) continue;
    // "UNESCO" inside "National Commission for UNESCO" is another organisation, not a short form:
    // an acronym joins only the name whose initials it spells (mergeAcronyms).
    if (/^[\p{Lu}\p{N}]{2,10}$/u.test(small.name)) continue;
    const candidates = sized.filter(
      (big, j) => j < i && big.bag.size > small.bag.size - 0 && big.g !== small.g && sub(small.bag, big.bag) && (sameHead(big.head, small.head) || !small.cue) &&
        !differentNations(small.nations, big.nations),
    );
    const roots = new Set(candidates.map((c) => root(c.g)));
    if (roots.size === 1) {
      const [target] = roots;
      if (target && target !== root(small.g)) absorb(target, small.g);
    } else if (roots.size === 0) {
      // Equal bags (e.g. "Culture Ministry" / "Ministry of Culture") with the same head.
      const twin = sized.find((big, j) => j !== i && sameHead(big.head, small.head) && sub(big.bag, small.bag) && sub(small.bag, big.bag));
      if (twin && root(twin.g) !== root(small.g)) absorb(twin.g, small.g);
    }
  }
}

/** "Days of Kazakh Cinema" and "Days of Azerbaijani Cinema" name different countries: never one entity. */
function differentNations(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size === 0 || b.size === 0) return false;
  const norm = (w: string): string => (w.startsWith('azerbaijan') ? 'azerbaijan' : w);
  const bn = new Set([...b].map(norm));
  return ![...a].map(norm).some((w) => bn.has(w));
}


const CUE_HEADS = new Set(['ministry', 'agency', 'union', 'fund', 'guild', 'center', 'studio', 'theater', 'museum', 'festival', 'forum', 'week', 'days', 'award', 'awards', 'exhibition', 'project', 'conference', 'university', 'foundation', 'council', 'committee', 'association', 'institute', 'organization', 'department']);

/** An all-capitals single word joins the one organisation/event whose initials it spells. */
function mergeAcronyms(groups: Group[]): void {
  for (const g of groups) {
    if (g.mergedInto || g.forms.size !== 1) continue;
    const form = [...g.forms.keys()][0] ?? '';
    if (!/^[\p{Lu}]{2,8}$/u.test(form)) continue;
    const acr = form.toLowerCase();
    const targets = groups.filter(
      (x) => x !== g && !x.mergedInto && (x.type === 'organisation' || x.type === 'event') && [...x.forms.keys()].some((f) => f.includes(' ') && initials(f) === acr),
    );
    if (targets.length === 1 && targets[0]) absorb(targets[0], g);
  }
}
