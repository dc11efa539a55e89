import type Database from 'better-sqlite3';
import { FTS_COLUMNS } from './fts-match.js';

/**
 * Versioned schema. `PRAGMA user_version` holds the number of migrations applied; a migration is
 * never edited once released — add a new one instead.
 */
/**
 * Empties both key tables and the positional table and marks every stored document for the rekey
 * rebuild when the index next opens; the fold counter moves, so every connection's copy of the
 * pending rows reloads. Migrations 15 and 16 run it: never edit it, append a new statement instead.
 */
const REBUILD_KEY_TABLES = `INSERT INTO search_fts (search_fts) VALUES ('delete-all');
  DELETE FROM search_key_blocks;
  DELETE FROM search_doc_keys;
  DELETE FROM search_key_pending;
  UPDATE search_key_state SET pending = 0, folds = folds + 1;
  INSERT INTO search_rekey_pending (pending) SELECT 1 FROM index_docs LIMIT 1;`;

const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE articles (
    id TEXT PRIMARY KEY,
    url TEXT NOT NULL,
    canonical_url TEXT NOT NULL,
    outlet TEXT NOT NULL,
    title TEXT NOT NULL,
    authors TEXT NOT NULL,
    published_at TEXT,
    published_utc TEXT,
    modified_at TEXT,
    language TEXT NOT NULL,
    section TEXT,
    paragraphs TEXT NOT NULL,
    text TEXT NOT NULL,
    summary TEXT NOT NULL,
    image TEXT,
    content_hash TEXT NOT NULL,
    fetched_at TEXT NOT NULL,
    parser_version TEXT NOT NULL,
    extractor_version TEXT NOT NULL
  );
  CREATE INDEX articles_by_fetched ON articles (fetched_at);

  CREATE TABLE entities (
    id TEXT PRIMARY KEY,
    type TEXT NOT NULL,
    name TEXT NOT NULL,
    article_count INTEGER NOT NULL DEFAULT 0
  );
  CREATE INDEX entities_by_count ON entities (article_count DESC, id);
  CREATE INDEX entities_by_type_count ON entities (type, article_count DESC, id);

  -- Every surface form of an entity (its name included), folded for case/diacritic-free lookups.
  CREATE TABLE entity_aliases (
    entity_id TEXT NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
    alias TEXT NOT NULL,
    folded TEXT NOT NULL,
    folded_alt TEXT NOT NULL,
    PRIMARY KEY (entity_id, alias)
  );
  CREATE INDEX entity_aliases_by_folded ON entity_aliases (folded);
  CREATE INDEX entity_aliases_by_folded_alt ON entity_aliases (folded_alt);

  CREATE TABLE mentions (
    article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    entity_id TEXT NOT NULL REFERENCES entities (id),
    position INTEGER NOT NULL,
    type TEXT NOT NULL,
    name TEXT NOT NULL,
    aliases TEXT NOT NULL,
    count INTEGER NOT NULL,
    role TEXT,
    affiliation TEXT,
    context TEXT NOT NULL,
    PRIMARY KEY (article_id, entity_id)
  );
  -- (entity_id, name) covers both the article count and the most-used-name query of a recount.
  CREATE INDEX mentions_by_entity ON mentions (entity_id, name);

  CREATE TABLE url_states (
    url TEXT PRIMARY KEY,
    status TEXT NOT NULL,
    reason TEXT,
    article_id TEXT,
    etag TEXT,
    last_modified TEXT,
    content_hash TEXT,
    attempts INTEGER NOT NULL,
    updated_at TEXT NOT NULL,
    source_id TEXT
  );
  CREATE INDEX url_states_by_status ON url_states (status, url);

  -- The search index: documents as indexed (independent of the article tables, like OpenSearch).
  CREATE TABLE index_docs (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    url TEXT NOT NULL,
    outlet TEXT NOT NULL,
    title TEXT NOT NULL,
    text TEXT NOT NULL,
    summary TEXT NOT NULL,
    authors TEXT NOT NULL,
    language TEXT NOT NULL,
    section TEXT,
    published_at TEXT,
    published_utc TEXT,
    content_hash TEXT NOT NULL
  );
  CREATE INDEX index_docs_by_published ON index_docs (published_utc);
  CREATE INDEX index_docs_by_outlet ON index_docs (outlet);
  CREATE INDEX index_docs_by_language ON index_docs (language);

  CREATE TABLE index_doc_entities (
    doc_rowid INTEGER NOT NULL REFERENCES index_docs (rowid) ON DELETE CASCADE,
    entity_id TEXT NOT NULL,
    type TEXT NOT NULL,
    name TEXT NOT NULL,
    PRIMARY KEY (doc_rowid, entity_id)
  );
  CREATE INDEX index_doc_entities_by_entity ON index_doc_entities (entity_id, doc_rowid);
  CREATE INDEX index_doc_entities_by_type ON index_doc_entities (type, doc_rowid);

  -- Holds folded text only (ə→e, ı→i … are beyond remove_diacritics), so it keeps no content;
  -- snippets are cut from index_docs.text.
  CREATE VIRTUAL TABLE index_fts USING fts5 (
    title, body, entities,
    content = '', contentless_delete = 1,
    tokenize = "unicode61 remove_diacritics 2"
  );
  `,
  `
  -- Search speed. Newest-first listing walks this index instead of sorting every document.
  CREATE INDEX index_docs_by_recency ON index_docs ((published_utc IS NULL), published_utc DESC);
  -- Document entities become a WITHOUT ROWID table keyed by (doc_rowid, entity_id): one b-tree
  -- fewer to write per mention, which pays for the wider covering index below.
  CREATE TABLE index_doc_entities_v2 (
    doc_rowid INTEGER NOT NULL REFERENCES index_docs (rowid) ON DELETE CASCADE,
    entity_id TEXT NOT NULL,
    type TEXT NOT NULL,
    name TEXT NOT NULL,
    PRIMARY KEY (doc_rowid, entity_id)
  ) WITHOUT ROWID;
  INSERT INTO index_doc_entities_v2 (doc_rowid, entity_id, type, name) SELECT doc_rowid, entity_id, type, name FROM index_doc_entities;
  DROP TABLE index_doc_entities;
  ALTER TABLE index_doc_entities_v2 RENAME TO index_doc_entities;
  CREATE INDEX index_doc_entities_by_entity ON index_doc_entities (entity_id, doc_rowid);
  -- Covers entity facets and top entities: one ordered pass, no table look-ups, no sorting.
  -- It also serves the entity-type filter, which had an index of its own before.
  CREATE INDEX index_doc_entities_by_group ON index_doc_entities (type, entity_id, name, doc_rowid);
  `,
  `
  -- Search keys computed by the domain (spellings, stems, keywords; shared/domain/search): the
  -- ascii tokenizer only splits them on spaces, exactly as OpenSearch's whitespace tokenizer does.
  DROP TABLE index_fts;
  CREATE VIRTUAL TABLE search_fts USING fts5 (
    ${FTS_COLUMNS.join(', ')},
    content = '', contentless_delete = 1, tokenize = "ascii"
  );
  -- Documents indexed before this version are re-keyed from index_docs when the index opens.
  CREATE TABLE search_rekey_pending (pending INTEGER NOT NULL);
  INSERT INTO search_rekey_pending (pending) SELECT 1 FROM index_docs LIMIT 1;
  -- Relevance paging: the order of a query's hits as it was on its first page (see search-index.ts).
  CREATE TABLE search_snapshots (
    id TEXT PRIMARY KEY,
    fingerprint TEXT NOT NULL,
    created_ms INTEGER NOT NULL,
    rowids BLOB NOT NULL
  );
  CREATE INDEX search_snapshots_by_age ON search_snapshots (created_ms);
  `,
  `
  -- Named sources: the outlet column holds the source id; its display name and collections join it
  -- (NULL in rows written before: read back as the id and no collections).
  ALTER TABLE articles ADD COLUMN source_name TEXT;
  ALTER TABLE articles ADD COLUMN collections TEXT;
  ALTER TABLE index_docs ADD COLUMN source_name TEXT;
  ALTER TABLE index_docs ADD COLUMN collections TEXT;
  -- One row per (document, collection): the collection filter and facet read it like entities.
  CREATE TABLE index_doc_collections (
    doc_rowid INTEGER NOT NULL REFERENCES index_docs (rowid) ON DELETE CASCADE,
    collection TEXT NOT NULL,
    PRIMARY KEY (doc_rowid, collection)
  ) WITHOUT ROWID;
  CREATE INDEX index_doc_collections_by_collection ON index_doc_collections (collection, doc_rowid);
  `,
  `
  -- Index outbox: written in the article's own transaction, cleared once the index has the
  -- document, so a crash between store and index heals on the next drain (issue 11).
  CREATE TABLE index_outbox (
    article_id TEXT PRIMARY KEY,
    version INTEGER NOT NULL DEFAULT 1
  ) WITHOUT ROWID;
  -- Databases written before the outbox may already have drifted: queue what the index lacks.
  INSERT INTO index_outbox (article_id)
    SELECT a.id FROM articles a
    WHERE NOT EXISTS (SELECT 1 FROM index_docs d WHERE d.id = a.id AND d.content_hash = a.content_hash);
  INSERT OR IGNORE INTO index_outbox (article_id)
    SELECT d.id FROM index_docs d WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = d.id);

  -- Ingest runs: one without finished_at was killed and is resumed by the next run.
  CREATE TABLE ingest_runs (
    id INTEGER PRIMARY KEY,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    trigger TEXT NOT NULL,
    counts TEXT,
    reasons TEXT,
    problems INTEGER
  );

  -- Retries: the last failure and when to try again, per URL.
  ALTER TABLE url_states ADD COLUMN last_error TEXT;
  ALTER TABLE url_states ADD COLUMN next_attempt_at TEXT;
  `,
  `
  -- Saved searches and their delivery ledger (issue 14): one ledger row per (search, article),
  -- written once, so alerts are exactly-once per pair however often runs repeat.
  CREATE TABLE saved_searches (
    id TEXT PRIMARY KEY,
    created_at TEXT NOT NULL,
    watermark TEXT NOT NULL,
    definition TEXT NOT NULL
  );
  CREATE TABLE alert_deliveries (
    saved_search_id TEXT NOT NULL REFERENCES saved_searches (id) ON DELETE CASCADE,
    article_id TEXT NOT NULL,
    matched_at TEXT NOT NULL,
    article TEXT NOT NULL,
    webhook_status TEXT,
    webhook_attempts INTEGER NOT NULL DEFAULT 0,
    webhook_next_attempt_at TEXT,
    webhook_last_error TEXT,
    webhook_sent_at TEXT,
    PRIMARY KEY (saved_search_id, article_id)
  ) WITHOUT ROWID;
  CREATE INDEX alert_deliveries_by_match ON alert_deliveries (saved_search_id, matched_at);
  CREATE INDEX alert_deliveries_pending ON alert_deliveries (saved_search_id, webhook_status, webhook_next_attempt_at);
  `,
  `
  -- Store throughput that does not fall as the store grows (issue 8): an entity's article count
  -- and display name were recounted from every one of its mentions on each article write (a
  -- popular entity has tens of thousands). Counts per (entity, name) are now maintained instead.
  CREATE TABLE entity_name_counts (
    entity_id TEXT NOT NULL,
    name TEXT NOT NULL,
    articles INTEGER NOT NULL,
    PRIMARY KEY (entity_id, name)
  ) WITHOUT ROWID;
  INSERT INTO entity_name_counts (entity_id, name, articles) SELECT entity_id, name, count(*) FROM mentions GROUP BY entity_id, name;
  `,
  `
  -- Search at 100,000 articles (issue 8): filters, facets and sorting read in-memory doc values
  -- (doc-values.ts), which follow this log of the documents each index write touched; relevance
  -- pages are keyset pages on a score that needs no snapshot of the hit order any more.
  CREATE TABLE index_doc_changes (
    seq INTEGER PRIMARY KEY,
    doc_rowid INTEGER NOT NULL
  );
  DROP TABLE search_snapshots;
  `,
  `
  -- Syndication clusters (issue 14): every clustered article with its MinHash signature, and its
  -- LSH keys (band keys within a language, entity-pair keys per day across languages).
  CREATE TABLE cluster_members (
    article_id TEXT PRIMARY KEY,
    cluster_id TEXT NOT NULL,
    outlet TEXT NOT NULL,
    source_name TEXT NOT NULL,
    url TEXT NOT NULL,
    title TEXT NOT NULL,
    language TEXT NOT NULL,
    published_at TEXT,
    fetched_at TEXT NOT NULL,
    signature TEXT,
    shingles INTEGER NOT NULL,
    entity_ids TEXT NOT NULL
  ) WITHOUT ROWID;
  CREATE INDEX cluster_members_by_cluster ON cluster_members (cluster_id);
  CREATE TABLE cluster_keys (
    key TEXT NOT NULL,
    article_id TEXT NOT NULL,
    PRIMARY KEY (key, article_id)
  ) WITHOUT ROWID;
  CREATE INDEX cluster_keys_by_article ON cluster_keys (article_id);
  -- The search index keeps each document's cluster id, for collapse=cluster.
  ALTER TABLE index_docs ADD COLUMN cluster_id TEXT;
  CREATE INDEX index_docs_by_cluster ON index_docs (cluster_id);
  `,
  `
  -- Source health (issue 14): per source and UTC day, what the pipeline saw.
  CREATE TABLE source_health (
    source_id TEXT NOT NULL,
    day TEXT NOT NULL,
    fetched INTEGER NOT NULL DEFAULT 0,
    stored INTEGER NOT NULL DEFAULT 0,
    unchanged INTEGER NOT NULL DEFAULT 0,
    empty_bodies INTEGER NOT NULL DEFAULT 0,
    missing_dates INTEGER NOT NULL DEFAULT 0,
    zero_entities INTEGER NOT NULL DEFAULT 0,
    failed TEXT NOT NULL DEFAULT '{}',
    PRIMARY KEY (source_id, day)
  ) WITHOUT ROWID;
  CREATE INDEX source_health_by_day ON source_health (day);
  `,
  `
  -- Search at 100,000 articles without positions (issue 8): the keys of every document once per
  -- field and stream, tagged, with no positions (fts-match.ts), for queries without phrases or
  -- NEAR. Both key tables are rebuilt from index_docs when the index next opens.
  DROP TABLE search_fts;
  CREATE VIRTUAL TABLE search_fts USING fts5 (
    ${FTS_COLUMNS.join(', ')},
    content = '', contentless_delete = 1, tokenize = "ascii"
  );
  CREATE VIRTUAL TABLE search_words USING fts5 (
    words,
    content = '', contentless_delete = 1, detail = none, tokenize = "ascii"
  );
  INSERT INTO search_rekey_pending (pending) SELECT 1 FROM index_docs LIMIT 1;
  `,
  `
  -- Exact /entities paging (issue 8): the first page records the whole matching order, in chunks
  -- of (id, count) pairs; later pages read it (shared/domain/entity-cursor.ts). Rows expire after
  -- an hour and are removed when the next snapshot is written.
  CREATE TABLE entity_snapshot_chunks (
    snapshot_id TEXT NOT NULL,
    chunk INTEGER NOT NULL,
    created_ms INTEGER NOT NULL,
    filter TEXT NOT NULL,
    total INTEGER NOT NULL,
    entries TEXT NOT NULL,
    PRIMARY KEY (snapshot_id, chunk)
  );
  CREATE INDEX entity_snapshot_chunks_by_age ON entity_snapshot_chunks (created_ms);
  `,
  `
  -- Search at 100,000 articles as set algebra (issue 8): the keys without positions become posting
  -- bitmaps per block of 4,096 rowids (key-blocks.ts), read by primary key and combined in memory;
  -- each document's keys are kept (deflated) so that removing it clears exactly its bits. Both key
  -- tables are rebuilt from index_docs when the index next opens.
  DROP TABLE search_words;
  CREATE TABLE search_key_blocks (
    key TEXT NOT NULL,
    block INTEGER NOT NULL,
    bits BLOB NOT NULL,
    PRIMARY KEY (key, block)
  ) WITHOUT ROWID;
  CREATE TABLE search_doc_keys (
    rowid INTEGER PRIMARY KEY,
    keys BLOB NOT NULL
  );
  INSERT INTO search_fts (search_fts) VALUES ('delete-all');
  INSERT INTO search_rekey_pending (pending) SELECT 1 FROM index_docs LIMIT 1;
  `,
  `
  -- The key blocks written as an LSM (issue 8): indexing a document writes its keys as one row
  -- here (keys NULL: removed), not ~200 block rows; reads OR the pending documents into the
  -- blocks' bitmaps, and pending rows are folded into the blocks in one batched pass when enough
  -- have gathered (pending-keys.ts). search_key_state counts the writes since the last fold and
  -- the folds, so that every connection's in-memory copy of the pending rows knows when to reload.
  CREATE TABLE search_key_pending (
    rowid INTEGER PRIMARY KEY,
    keys TEXT
  );
  CREATE TABLE search_key_state (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    folds INTEGER NOT NULL,
    pending INTEGER NOT NULL
  );
  INSERT INTO search_key_state (id, folds, pending) VALUES (1, 0, 0);
  `,
  `
  -- Body phrases from posting bitmaps (issue 8): every pair of adjacent keys of every field is a
  -- key of search_key_blocks under the any-field tags (fts-match.ts keyTokens). Both key tables
  -- are rebuilt from index_docs when the index next opens; the fold counter moves, so every
  -- connection's copy of the pending rows reloads.
  ${REBUILD_KEY_TABLES}
  `,
  `
  -- Each document's keys stored as its key sequences (issue 8, key-lines.ts), the tokens and pairs
  -- derived from them, instead of every token spelled out: search_doc_keys was 262 MB of 758 at
  -- 100,000 documents. Rows written token by token would still read right (a line without a tab
  -- is one token), but they keep the old size: both key tables are rebuilt from index_docs when
  -- the index next opens, and the fold counter moves so that every connection's copy reloads.
  ${REBUILD_KEY_TABLES}
  `,
];

export const SCHEMA_VERSION = MIGRATIONS.length;

/** Applies missing migrations under a write lock, so two processes opening one file do not race. */
export function migrate(db: Database.Database): void {
  db.transaction(() => {
    const current = db.pragma('user_version', { simple: true }) as number;
    if (current > SCHEMA_VERSION) {
      throw new Error(`Database schema version ${current} is newer than this code (${SCHEMA_VERSION})`);
    }
    for (let version = current; version < SCHEMA_VERSION; version += 1) db.exec(MIGRATIONS[version]!);
    if (current < SCHEMA_VERSION) db.pragma(`user_version = ${SCHEMA_VERSION}`);
  }).immediate();
}
