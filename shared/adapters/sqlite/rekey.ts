import type Database from 'better-sqlite3';
import type { EntityType, IndexDoc } from '../../domain/model.js';

/** A row of index_docs as stored. */
export interface IndexDocRow {
  rowid: number;
  id: string;
  url: string;
  outlet: string;
  source_name: string | null;
  collections: string | null;
  title: string;
  text: string;
  summary: string;
  authors: string;
  language: string;
  section: string | null;
  published_at: string | null;
  published_utc: string | null;
  content_hash: string;
}

/**
 * Indexed documents rebuilt from index_docs, their entities and the entities' aliases (kept by
 * the article store), for giving documents indexed by an older schema their search keys.
 */
export function* docsNeedingKeys(db: Database.Database): Generator<{ rowid: number; doc: IndexDoc }> {
  const entities = db.prepare<[number], { id: string; type: EntityType; name: string; aliases: string | null }>(
    `SELECT e.entity_id AS id, e.type, e.name,
            (SELECT json_group_array(a.alias) FROM entity_aliases a WHERE a.entity_id = e.entity_id AND a.alias <> e.name) AS aliases
     FROM index_doc_entities e WHERE e.doc_rowid = ?`,
  );
  const rows = db.prepare<[], IndexDocRow>('SELECT * FROM index_docs ORDER BY rowid').all();
  for (const row of rows) {
    const doc: IndexDoc = {
      id: row.id,
      url: row.url,
      outlet: row.outlet,
      sourceId: row.outlet,
      sourceName: row.source_name ?? row.outlet,
      collections: row.collections === null ? [] : (JSON.parse(row.collections) as string[]),
      title: row.title,
      text: row.text,
      summary: row.summary,
      authors: JSON.parse(row.authors) as string[],
      language: row.language,
      section: row.section,
      publishedAt: row.published_at,
      contentHash: row.content_hash,
      entities: entities.all(row.rowid).map((e) => ({ id: e.id, type: e.type, name: e.name, aliases: e.aliases ? (JSON.parse(e.aliases) as string[]) : [] })),
    };
    yield { rowid: row.rowid, doc };
  }
}
