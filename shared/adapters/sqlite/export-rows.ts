import type Database from 'better-sqlite3';
import type { EntityType } from '../../domain/model.js';
import type { ExportRow } from '../../ports/search-index.js';
import { guarded } from './errors.js';
import type { DocRow } from './search-index.js';

/** The columns of a search-index document an export reads, with its position in the export. */
interface ExportDocRow extends Pick<DocRow, 'rowid' | 'id' | 'url' | 'outlet' | 'source_name' | 'title' | 'text' | 'summary' | 'language' | 'published_at'> {
  seq: number;
}

/** Each export gets its own temp table, so exports and searches on one connection never share state. */
let exportSerial = 0;

/**
 * Streams the documents matching `where` (a condition over `index_docs d`), newest first. The
 * matching rowids are ordered once into a temp table (a few bytes per row, bounded by `max`);
 * batches then walk it by position, reading the wide rows of one batch at a time.
 */
export async function* exportMatching(
  db: Database.Database,
  where: { sql: string; params: Record<string, string | number> },
  snippetOf: (row: { text: string; summary: string; language: string }) => string,
  max: number,
  batchSize: number,
): AsyncGenerator<readonly ExportRow[]> {
  exportSerial += 1;
  const table = `temp.export_${exportSerial}`;
  guarded('start an export', () => {
    db.exec(`CREATE TEMP TABLE export_${exportSerial} (seq INTEGER PRIMARY KEY, doc_rowid INTEGER NOT NULL)`);
    db.prepare(
      `INSERT INTO ${table} (doc_rowid) SELECT d.rowid FROM index_docs d WHERE ${where.sql}
       ORDER BY d.published_utc IS NULL, d.published_utc DESC, d.id LIMIT @max`,
    ).run({ ...where.params, max });
  });
  try {
    const page = db.prepare<{ after: number; size: number }, ExportDocRow>(
      `SELECT e.seq, d.rowid, d.id, d.url, d.outlet, d.source_name, d.title, d.text, d.summary, d.language, d.published_at
       FROM ${table} e JOIN index_docs d ON d.rowid = e.doc_rowid WHERE e.seq > @after ORDER BY e.seq LIMIT @size`,
    );
    const entities = db.prepare<{ after: number; last: number }, { doc_rowid: number; type: EntityType; name: string }>(
      `SELECT x.doc_rowid, x.type, x.name FROM index_doc_entities x
       WHERE x.doc_rowid IN (SELECT doc_rowid FROM ${table} WHERE seq > @after AND seq <= @last) ORDER BY x.doc_rowid, x.type, x.name`,
    );
    let after = 0;
    for (;;) {
      const rows = guarded('read an export batch', () => page.all({ after, size: batchSize }));
      if (rows.length === 0) return;
      const last = rows[rows.length - 1]!.seq;
      const byDoc = new Map<number, { type: EntityType; name: string }[]>();
      for (const e of guarded('read export entities', () => entities.all({ after, last }))) {
        const list = byDoc.get(e.doc_rowid) ?? [];
        list.push({ type: e.type, name: e.name });
        byDoc.set(e.doc_rowid, list);
      }
      after = last;
      yield rows.map((row) => ({
        id: row.id,
        url: row.url,
        outlet: row.outlet,
        sourceName: row.source_name ?? row.outlet,
        title: row.title,
        language: row.language,
        publishedAt: row.published_at,
        snippet: snippetOf(row),
        entities: byDoc.get(row.rowid) ?? [],
      }));
    }
  } finally {
    // A consumer that stops early (a client gone) ends here too: the temp table never outlives its export.
    if (db.open) db.exec(`DROP TABLE IF EXISTS ${table}`);
  }
}
