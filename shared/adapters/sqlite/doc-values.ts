import type Database from 'better-sqlite3';
import type { EntityType } from '../../domain/model.js';
import type { SearchFilters } from '../../ports/search-index.js';
import { lowerBound, upperBound } from './dates.js';
import { Bitset } from './bitset.js';
import { Dictionary } from './dictionary.js';
import { DocPairs } from './doc-pairs.js';
import { OutletLabels } from './outlet-labels.js';
import { cachedStatement } from './statements.js';

/**
 * Column-oriented copies of the fields that filters, facets and sorting read ("doc values", as
 * Lucene calls them), held in memory per connection and indexed by document rowid. A query then
 * filters, counts facets and picks its page in one pass over its hits instead of joining tables
 * per hit. The copy follows the database through index_doc_changes, a log of the rowids every
 * write touched (by this process or another): each read applies the entries after the last one
 * it has seen, inside the reader's transaction, so a response never mixes two states.
 */

/** A change log longer than this many entries behind the copy is cheaper to read in full. */
const FULL_RELOAD_SHARE = 0.2;
const NO_DATE = Number.NaN;
/** Syncs whose changed rowids are remembered. */
const RECENT_SYNCS = 16;

interface DocRow {
  rowid: number;
  outlet: string;
  language: string;
  source_name: string | null;
  published_utc: string | null;
  collections: string | null;
}
interface EntityRow {
  doc_rowid: number;
  entity_id: string;
  type: string;
  name: string;
}

/** Filters translated to dictionary ordinals and epoch milliseconds; null = no such filter. */
interface CompiledFilters {
  readonly outlets: ReadonlySet<number> | null;
  readonly languages: ReadonlySet<number> | null;
  readonly collections: ReadonlySet<number> | null;
  readonly entities: readonly number[] | null;
  readonly entityTypes: ReadonlySet<number> | null;
  readonly from: number | null;
  readonly to: { readonly ms: number; readonly inclusive: boolean } | null;
  /** A value no document has was asked for: nothing can match. */
  readonly impossible: boolean;
}

/** The live documents that pass some outlet and language filters, named by `key` (unique per version of the doc values). */
export interface ColumnFiltered {
  readonly key: string;
  readonly bits: Bitset;
  readonly count: number;
}

/** Ordinals for pairs of ordinals (an entity under a name, an outlet with a language), made when first seen. */
export class OrdinalPairs {
  readonly firsts: number[] = [];
  readonly seconds: number[] = [];
  private readonly ords = new Map<number, number>();

  ordOf(first: number, second: number): number {
    // Both ordinals stay far below 2^26, so the key is exact in a double.
    const key = first * 2 ** 26 + second;
    let ord = this.ords.get(key);
    if (ord === undefined) {
      ord = this.firsts.length;
      this.ords.set(key, ord);
      this.firsts.push(first);
      this.seconds.push(second);
    }
    return ord;
  }
}

/** Filtered sets kept per version: a few dozen kilobytes each at 100,000 documents. */
const FILTERED_SETS_KEPT = 16;

export class DocValues {
  private lastChange = -1;
  /** Counts the syncs that changed the copy: structures derived from it follow when it moves. */
  version = 0;
  /** The rowids each recent sync changed (null: it reloaded everything), for derived structures to patch. */
  private readonly recent: { version: number; rowids: readonly number[] | null }[] = [];
  private size = 0;
  live = new Uint8Array(0);
  /** Publication instant in epoch ms; NaN when undated. */
  date = new Float64Array(0);
  /** Per document: its outlet's ordinal (single-valued, so one array slot each). */
  outlet = new Int32Array(0);
  /** Per document: its language's ordinal. */
  language = new Int32Array(0);
  /**
   * Per document: the ordinal of its (outlet, language) pair in `outletLanguages`. Facets count one
   * pair per document and fold the few pairs into outlet and language counts afterwards: one count
   * and one column read per document instead of two.
   */
  outletLanguage = new Int32Array(0);
  /** Pair ordinal → outlet ordinal (`firsts`) and language ordinal (`seconds`). */
  readonly outletLanguages = new OrdinalPairs();
  /** The outlets' names, for facet labels. */
  private readonly outletLabels = new OutletLabels();
  /** Per document: its collection ordinals, in one flat array (see doc-pairs.ts). */
  readonly collectionLists = new DocPairs();
  /** Per document: the mention ordinal (see below) of each entity it names. */
  readonly entities = new DocPairs();
  /**
   * A mention ordinal stands for one (entity, name) pair: a document names an entity once, under
   * one name. A facet count then adds one per mention to a count per mention ordinal, and folds
   * those few hundred or thousand counts into entities and labels afterwards.
   */
  private readonly mentions = new OrdinalPairs();
  /** Mention ordinal → entity ordinal. */
  readonly mentionEntity = this.mentions.firsts;
  /** Mention ordinal → name ordinal. */
  readonly mentionName = this.mentions.seconds;

  readonly outlets = new Dictionary();
  readonly languages = new Dictionary();
  readonly collectionNames = new Dictionary();
  readonly entityIds = new Dictionary();
  readonly entityNames = new Dictionary();
  readonly entityTypes = new Dictionary();
  /** Entity ordinal → its type's ordinal. */
  entityType: number[] = [];

  /** The live flags as a bitset, for word-wise intersection with a match; rebuilt when the copy moves. */
  private liveBits = new Bitset(0);
  private liveBitsVersion = -1;
  private liveBitsCount = 0;
  /** Per outlet or language ordinal, its documents as a bitset: made when a filter first asks, dropped when the copy moves. */
  private readonly valueBits = new Map<string, Bitset>();
  /** Per set of outlet and language filters, the live documents that pass them (see columnFiltered); dropped when the copy moves. */
  private readonly filteredSets = new Map<string, ColumnFiltered>();
  private valueBitsVersion = -1;

  /** One past the highest rowid held. */
  get end(): number {
    return this.size;
  }

  /** Brings the copy up to the database state the caller's transaction sees. */
  sync(db: Database.Database): void {
    // Two subqueries, not min() and max() in one: SQLite answers a lone min or max from the end
    // of the key, but both together by scanning the whole log (3 ms at 100,000 entries, per query).
    // A statement compiled once per connection: this runs at every query (compiling it was 1.3% of the CPU of the bench's queries).
    const log = cachedStatement<[], { first: number | null; last: number | null }>(
      db,
      'SELECT (SELECT min(seq) FROM index_doc_changes) AS first, (SELECT max(seq) FROM index_doc_changes) AS last',
    ).get();
    const last = log?.last ?? 0;
    if (last === this.lastChange) return;
    const behind = last - this.lastChange;
    const first = log?.first ?? 0;
    let changed: number[] | null = null;
    if (this.lastChange < 0 || first > this.lastChange + 1 || behind > Math.max(1000, this.size * FULL_RELOAD_SHARE)) {
      this.reset();
      this.load(db, null);
    } else {
      changed = db
        .prepare<[number], number>('SELECT DISTINCT doc_rowid FROM index_doc_changes WHERE seq > ?')
        .pluck()
        .all(this.lastChange);
      for (const rowid of changed) this.clear(rowid);
      this.load(db, changed);
    }
    this.lastChange = last;
    this.version += 1;
    this.recent.push({ version: this.version, rowids: changed });
    if (this.recent.length > RECENT_SYNCS) this.recent.shift();
  }

  /** The rowids changed after `version` (repeats possible); null when unknown or everything was reloaded. */
  changedSince(version: number): number[] | null {
    const after = this.recent.filter((entry) => entry.version > version);
    if (after.length !== this.version - version || after.some((entry) => entry.rowids === null)) return null;
    return after.flatMap((entry) => entry.rowids!);
  }

  private reset(): void {
    this.size = 0;
    this.live = new Uint8Array(0);
    this.date = new Float64Array(0);
    this.outlet = new Int32Array(0);
    this.language = new Int32Array(0);
    this.outletLanguage = new Int32Array(0);
    this.collectionLists.reset();
    this.entities.reset();
    this.outletLabels.reset();
  }

  private load(db: Database.Database, rowids: readonly number[] | null): void {
    const where = rowids === null ? '' : 'WHERE rowid IN (SELECT value FROM json_each(@ids))';
    const ids = { ids: JSON.stringify(rowids ?? []) };
    const docs = db.prepare<{ ids: string }, DocRow>(`SELECT rowid, outlet, language, source_name, published_utc, collections FROM index_docs ${where}`);
    for (const row of docs.iterate(rowids === null ? { ids: '[]' } : ids)) this.setDoc(row);
    const entityWhere = rowids === null ? '' : 'WHERE doc_rowid IN (SELECT value FROM json_each(@ids))';
    const entities = db.prepare<{ ids: string }, EntityRow>(`SELECT doc_rowid, entity_id, type, name FROM index_doc_entities ${entityWhere} ORDER BY doc_rowid`);
    let current = -1;
    let pairs: number[] = [];
    const flush = (): void => {
      if (current >= 0) this.entities.set(current, pairs);
    };
    for (const row of entities.iterate(rowids === null ? { ids: '[]' } : ids)) {
      if (row.doc_rowid !== current) {
        flush();
        current = row.doc_rowid;
        pairs = [];
      }
      const ord = this.entityIds.ordOf(row.entity_id);
      this.entityType[ord] = this.entityTypes.ordOf(row.type);
      pairs.push(this.mentions.ordOf(ord, this.entityNames.ordOf(row.name)));
    }
    flush();
  }

  private grow(rowid: number): void {
    if (rowid < this.size) return;
    if (rowid >= this.live.length) {
      const capacity = Math.max(rowid + 1, Math.ceil(this.live.length * 1.5), 1024);
      this.live = copyInto(new Uint8Array(capacity), this.live);
      this.date = copyInto(new Float64Array(capacity), this.date);
      this.outlet = copyInto(new Int32Array(capacity), this.outlet);
      this.language = copyInto(new Int32Array(capacity), this.language);
      this.outletLanguage = copyInto(new Int32Array(capacity), this.outletLanguage);
    }
    this.size = rowid + 1;
    this.entities.reserve(this.live.length);
    this.collectionLists.reserve(this.live.length);
    this.outletLabels.reserve(this.live.length);
  }

  private setDoc(row: DocRow): void {
    this.grow(row.rowid);
    this.live[row.rowid] = 1;
    this.date[row.rowid] = row.published_utc === null ? NO_DATE : Date.parse(row.published_utc);
    this.outlet[row.rowid] = this.outlets.ordOf(row.outlet);
    this.outletLabels.set(row.rowid, this.outlet[row.rowid]!, row.source_name);
    this.language[row.rowid] = this.languages.ordOf(row.language);
    this.outletLanguage[row.rowid] = this.outletLanguages.ordOf(this.outlet[row.rowid]!, this.language[row.rowid]!);
    const collections = row.collections === null ? [] : (JSON.parse(row.collections) as string[]);
    this.collectionLists.set(
      row.rowid,
      collections.map((c) => this.collectionNames.ordOf(c)),
    );
  }

  private clear(rowid: number): void {
    if (rowid >= this.size) return;
    if (this.live[rowid] === 1) this.outletLabels.clear(rowid, this.outlet[rowid]!);
    this.live[rowid] = 0;
    this.collectionLists.clear(rowid);
    this.entities.clear(rowid);
  }

  /** The name an outlet ordinal is listed under: its newest document's source name, else the outlet itself. */
  outletLabel(outlet: number): string {
    return this.outletLabels.labelOf(outlet, this.live, this.outlet, this.size) ?? this.outlets.values[outlet]!;
  }

  /** Every document, as rowids in ascending order. */
  allRowids(): Int32Array {
    const out = new Int32Array(this.size);
    let n = 0;
    for (let r = 0; r < this.size; r += 1) if (this.live[r] === 1) out[n++] = r;
    return out.subarray(0, n);
  }

  /**
   * The documents that exist and pass the filters, as a bitset, from the documents a query
   * matched (null: all documents), which this takes over: the live documents are one word-wise
   * AND, and the filters are tested on its set bits only. A search keeps the bitset: its total is
   * a count of bits, and a large hit set is paged from it without being listed (search-index.ts).
   */
  filterBits(candidates: Bitset | null, filters: SearchFilters): Bitset {
    const compiled = this.compile(filters);
    if (compiled.impossible) return new Bitset(this.size);
    // Outlet and language are single-valued columns: their filters are word-wise ANDs too.
    const passing = compiled.outlets === null && compiled.languages === null ? this.liveSet() : this.columnFilteredSet(compiled).bits;
    const set = candidates === null ? passing.copy() : candidates.and(passing);
    // A date range, the filter every dated search has, is tested alone: fewer tests per hit than passes().
    if (compiled.from !== null || compiled.to !== null) keepDatedIn(set, this.date, compiled.from, compiled.to);
    const rest: CompiledFilters = { ...compiled, outlets: null, languages: null, from: null, to: null };
    return isOpen(rest) ? set : set.retain((rowid) => this.passes(rowid, rest));
  }

  /**
   * The live documents that pass the outlet and language filters of `filters` (null when it has
   * neither, or asks for a value no document has): a superset of the hits of every query with
   * these filters, whatever its text or other filters. Facets count a large hit set as this set's
   * tally minus the rest (doc-facets.ts). Shared until the copy moves: not to be changed.
   */
  columnFiltered(filters: SearchFilters): ColumnFiltered | null {
    const compiled = this.compile(filters);
    if (compiled.impossible || (compiled.outlets === null && compiled.languages === null)) return null;
    return this.columnFilteredSet(compiled);
  }

  private columnFilteredSet(compiled: CompiledFilters): ColumnFiltered {
    this.dropStaleSets();
    const key = `${ordsKey(compiled.outlets)}/${ordsKey(compiled.languages)}`;
    let known = this.filteredSets.get(key);
    if (known === undefined) {
      const bits = this.liveSet().copy();
      if (compiled.outlets !== null) bits.and(this.columnSet('outlet', this.outlet, compiled.outlets));
      if (compiled.languages !== null) bits.and(this.columnSet('language', this.language, compiled.languages));
      known = { key, bits, count: bits.count() };
      // Bounded: the oldest goes first (a map iterates in insertion order).
      if (this.filteredSets.size >= FILTERED_SETS_KEPT) this.filteredSets.delete(this.filteredSets.keys().next().value!);
      this.filteredSets.set(key, known);
    }
    return known;
  }

  /** Drops the sets derived from an older state of the copy. */
  private dropStaleSets(): void {
    if (this.valueBitsVersion === this.version) return;
    this.valueBits.clear();
    this.filteredSets.clear();
    this.valueBitsVersion = this.version;
  }

  /** The documents whose `column` value is one of `ords`, as a bitset. */
  private columnSet(name: string, column: Int32Array, ords: ReadonlySet<number>): Bitset {
    this.dropStaleSets();
    const union = new Bitset(this.size);
    for (const ord of ords) {
      const key = `${name}:${ord}`;
      let bits = this.valueBits.get(key);
      if (bits === undefined) {
        bits = new Bitset(this.size);
        for (let r = 0; r < this.size; r += 1) if (column[r] === ord) bits.add(r);
        this.valueBits.set(key, bits);
      }
      union.or(bits);
    }
    return union;
  }

  /** The live documents as a bitset (not to be changed: shared until the copy moves). */
  liveSet(): Bitset {
    if (this.liveBitsVersion !== this.version || this.liveBits.size !== this.size) {
      this.liveBits = new Bitset(this.size);
      for (let r = 0; r < this.size; r += 1) if (this.live[r] === 1) this.liveBits.add(r);
      this.liveBitsCount = this.liveBits.count();
      this.liveBitsVersion = this.version;
    }
    return this.liveBits;
  }

  /** How many documents there are (counted with the live set). */
  liveCount(): number {
    this.liveSet();
    return this.liveBitsCount;
  }

  /** The rowids (ascending) that exist and pass the filters; `candidates` null means all documents. */
  filter(candidates: ArrayLike<number> | null, filters: SearchFilters): Int32Array {
    const compiled = this.compile(filters);
    const source = candidates ?? this.allRowids();
    if (compiled.impossible) return new Int32Array(0);
    const out = new Int32Array(source.length);
    let n = 0;
    if (isOpen(compiled)) {
      // No filter: only documents that no longer exist drop out (the common case, kept tight).
      for (let i = 0; i < source.length; i += 1) {
        const rowid = source[i]!;
        if (rowid < this.size && this.live[rowid] === 1) out[n++] = rowid;
      }
      return out.subarray(0, n);
    }
    for (let i = 0; i < source.length; i += 1) {
      const rowid = source[i]!;
      if (rowid < this.size && this.live[rowid] === 1 && this.passes(rowid, compiled)) out[n++] = rowid;
    }
    return out.subarray(0, n);
  }

  private compile(filters: SearchFilters): CompiledFilters {
    let impossible = false;
    const ords = (values: readonly string[] | undefined, dictionary: Dictionary): Set<number> | null => {
      if (values === undefined || values.length === 0) return null;
      const found = values.flatMap((v) => {
        const ord = dictionary.find(v);
        return ord === undefined ? [] : [ord];
      });
      if (found.length === 0) impossible = true;
      return new Set(found);
    };
    const entities = filters.entities && filters.entities.length > 0 ? filters.entities.map((id) => this.entityIds.find(id) ?? -1) : null;
    if (entities?.includes(-1)) impossible = true;
    const upper = filters.to === undefined ? null : upperBound(filters.to);
    return {
      outlets: ords(filters.outlets, this.outlets),
      languages: ords(filters.languages, this.languages),
      collections: ords(filters.collections, this.collectionNames),
      entityTypes: ords(filters.entityTypes as readonly EntityType[] | undefined, this.entityTypes),
      entities,
      from: filters.from === undefined ? null : Date.parse(lowerBound(filters.from)),
      to: upper === null ? null : { ms: Date.parse(upper.value), inclusive: upper.inclusive },
      impossible,
    };
  }

  private passes(rowid: number, f: CompiledFilters): boolean {
    if (f.outlets !== null && !f.outlets.has(this.outlet[rowid]!)) return false;
    if (f.languages !== null && !f.languages.has(this.language[rowid]!)) return false;
    const date = this.date[rowid]!;
    if (f.from !== null && !(date >= f.from)) return false;
    if (f.to !== null && !(f.to.inclusive ? date <= f.to.ms : date < f.to.ms)) return false;
    if (f.collections !== null && !anyIn(this.collectionLists, rowid, f.collections)) return false;
    if (f.entities !== null || f.entityTypes !== null) {
      const { data, start, length } = this.entities;
      const first = start[rowid]!;
      const end = first + length[rowid]!;
      if (first === end) return false;
      if (f.entities !== null && !f.entities.every((ord) => hasEntity(data, first, end, this.mentionEntity, ord))) return false;
      if (f.entityTypes !== null && !hasEntityType(data, first, end, this.mentionEntity, this.entityType, f.entityTypes)) return false;
    }
    return true;
  }
}

/** Whether a document's date lies in the range; an undated one (NaN) lies in none. */
/**
 * In place: only the members dated within [from, to] (to exclusive when not inclusive); undated
 * members (NaN) fail every bound. Its own loop over the set bits rather than Bitset.retain with a
 * predicate: a no-text query with a date range tests every live document, and a call per member
 * through retain's shared (megamorphic) call site cost more than the comparisons.
 */
function keepDatedIn(set: Bitset, date: Float64Array, from: number | null, to: CompiledFilters['to']): void {
  const low = from ?? Number.NEGATIVE_INFINITY;
  const high = to?.ms ?? Number.POSITIVE_INFINITY;
  const inclusive = to === null || to.inclusive;
  const words = set.words;
  for (let i = 0; i < words.length; i += 1) {
    // As an int32 from the start: a word read as a uint32 above 2^31 would be a heap number.
    let word = words[i]! | 0;
    let kept = word;
    while (word !== 0) {
      const bit = word & -word;
      word ^= bit;
      const ms = date[(i << 5) + 31 - Math.clz32(bit)]!;
      if (!(ms >= low && (inclusive ? ms <= high : ms < high))) kept ^= bit;
    }
    words[i] = kept;
  }
}

/** The same key for the same set of ordinals, in any order. */
function ordsKey(ords: ReadonlySet<number> | null): string {
  return ords === null ? '*' : [...ords].sort((a, b) => a - b).join(',');
}

function isOpen(f: CompiledFilters): boolean {
  return f.outlets === null && f.languages === null && f.collections === null && f.entities === null && f.entityTypes === null && f.from === null && f.to === null;
}

function copyInto<T extends Uint8Array | Int32Array | Float64Array>(target: T, source: T): T {
  target.set(source as never);
  return target;
}

function anyIn(lists: DocPairs, rowid: number, wanted: ReadonlySet<number>): boolean {
  const first = lists.start[rowid]!;
  const end = first + lists.length[rowid]!;
  for (let i = first; i < end; i += 1) if (wanted.has(lists.data[i]!)) return true;
  return false;
}

/** Whether the mentions data[first … end) name the entity `ord`. */
function hasEntity(data: Int32Array, first: number, end: number, entityOf: readonly number[], ord: number): boolean {
  for (let i = first; i < end; i += 1) if (entityOf[data[i]!] === ord) return true;
  return false;
}

function hasEntityType(data: Int32Array, first: number, end: number, entityOf: readonly number[], types: readonly number[], wanted: ReadonlySet<number>): boolean {
  for (let i = first; i < end; i += 1) if (wanted.has(types[entityOf[data[i]!]!]!)) return true;
  return false;
}
