import { Dictionary } from './dictionary.js';

/**
 * The name each outlet (source id) is listed under in facets: the source name its newest
 * document (highest rowid) gives, or none when that document has none — what
 * `SELECT source_name … WHERE outlet = ? ORDER BY rowid DESC LIMIT 1` answers, held in memory with
 * the doc values (doc-values.ts) so that a facet list costs no SQL statement per outlet.
 */
export class OutletLabels {
  /** Per document: its source name's ordinal in `names`, or −1 when it has none. */
  private nameOf = new Int32Array(0);
  private readonly names = new Dictionary();
  /** Per outlet ordinal: its newest live document; STALE once that one went and no scan has looked since. */
  private newest: number[] = [];

  /** Makes room for rowids below `capacity`. */
  reserve(capacity: number): void {
    if (capacity <= this.nameOf.length) return;
    const nameOf = new Int32Array(capacity);
    nameOf.set(this.nameOf);
    this.nameOf = nameOf;
  }

  set(rowid: number, outlet: number, name: string | null): void {
    this.nameOf[rowid] = name === null ? NO_NAME : this.names.ordOf(name);
    const known = this.newest[outlet];
    // A stale entry stays stale: a document above this one may have come back too.
    if (known === undefined || (known !== STALE && rowid > known)) this.newest[outlet] = rowid;
  }

  /** The document `rowid` (of outlet ordinal `outlet`) is gone or about to be rewritten. */
  clear(rowid: number, outlet: number): void {
    if (this.newest[outlet] === rowid) this.newest[outlet] = STALE;
  }

  reset(): void {
    this.nameOf = new Int32Array(0);
    this.newest = [];
  }

  /** The outlet's label, or null when its newest document gives no name; `live` and `outletOf` are the doc values' columns. */
  labelOf(outlet: number, live: Uint8Array, outletOf: Int32Array, end: number): string | null {
    let rowid = this.newest[outlet];
    if (rowid === STALE) {
      // Rare (the newest document of an outlet was removed or moved): one scan down from the end.
      rowid = end - 1;
      while (rowid >= 0 && !(live[rowid] === 1 && outletOf[rowid] === outlet)) rowid -= 1;
      this.newest[outlet] = rowid < 0 ? STALE : rowid;
    }
    if (rowid === undefined || rowid < 0) return null;
    const name = this.nameOf[rowid]!;
    return name === NO_NAME ? null : this.names.values[name]!;
  }
}

const NO_NAME = -1;
const STALE = -1;
