/**
 * Export rows as CSV (RFC 4180: comma-separated, CRLF line ends, fields with a comma, quote or
 * line break quoted, quotes doubled; UTF-8) or JSONL (one JSON object per line).
 */
import { ENTITY_TYPES, type EntityType } from '../domain/model.js';
import type { ExportRow } from '../ports/search-index.js';

export type ExportFormat = 'csv' | 'jsonl';

export const EXPORT_CONTENT_TYPES: Readonly<Record<ExportFormat, string>> = {
  csv: 'text/csv; charset=utf-8; header=present',
  jsonl: 'application/jsonl; charset=utf-8',
};

/** One exported article as written to a file. */
export interface ExportRecord {
  readonly id: string;
  readonly url: string;
  readonly outlet: string;
  readonly source: string;
  readonly title: string;
  readonly published: string | null;
  readonly language: string;
  readonly snippet: string;
  readonly entities: Readonly<Record<EntityType, readonly string[]>>;
}

export const CSV_COLUMNS = ['id', 'url', 'outlet', 'source', 'title', 'published', 'language', 'snippet', ...ENTITY_TYPES] as const;

/** Entity names in one CSV cell are joined by this; JSONL keeps them as arrays. */
export const CSV_NAME_SEPARATOR = '; ';

/** Spreadsheets open files with this mark as UTF-8 instead of guessing a legacy code page. */
export const UTF8_BOM = '\uFEFF';

const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the character references of an escaped snippet (never parses tags). */
function decodeReferences(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}

/** A snippet (escaped text with <mark>) as the plain text it shows, on one line. */
export function plainSnippet(snippet: string): string {
  return decodeReferences(snippet.replace(/<\/?mark>/g, '').replace(/\s+/g, ' ').trim());
}

export function toExportRecord(row: ExportRow): ExportRecord {
  const entities = Object.fromEntries(ENTITY_TYPES.map((type) => [type, [] as string[]])) as Record<EntityType, string[]>;
  for (const entity of row.entities) {
    const names = entities[entity.type];
    if (names && !names.includes(entity.name)) names.push(entity.name);
  }
  return {
    id: row.id,
    url: row.url,
    outlet: row.outlet,
    source: row.sourceName,
    title: row.title,
    published: row.publishedAt,
    language: row.language,
    snippet: plainSnippet(row.snippet),
    entities,
  };
}

/**
 * A spreadsheet runs a cell starting with = + - @ (or a tab/CR) as a formula; crawled titles can
 * start that way by accident or on purpose (OWASP "CSV injection"). In spreadsheet mode such a
 * cell gets a leading apostrophe, which spreadsheets show as text and do not display.
 */
function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function csvLine(values: readonly string[], spreadsheet = false): string {
  return `${values.map((v) => csvField(spreadsheet ? neutraliseFormula(v) : v)).join(',')}\r\n`;
}

export function csvValues(record: ExportRecord): string[] {
  return [
    record.id,
    record.url,
    record.outlet,
    record.source,
    record.title,
    record.published ?? '',
    record.language,
    record.snippet,
    ...ENTITY_TYPES.map((type) => record.entities[type].join(CSV_NAME_SEPARATOR)),
  ];
}

/**
 * The text of an export, batch by batch: the caller writes each chunk before the next batch is
 * read, so memory holds one batch whatever the number of rows. `spreadsheet` adds the BOM and
 * neutralises formula-like cells (CSV only).
 */
export async function* exportChunks(batches: AsyncIterable<readonly ExportRow[]> | Iterable<readonly ExportRow[]>, format: ExportFormat, spreadsheet: boolean): AsyncGenerator<string> {
  if (format === 'csv') yield (spreadsheet ? UTF8_BOM : '') + csvLine(CSV_COLUMNS);
  for await (const batch of batches) {
    let chunk = '';
    for (const row of batch) {
      const record = toExportRecord(row);
      chunk += format === 'csv' ? csvLine(csvValues(record), spreadsheet) : `${JSON.stringify(record)}\n`;
    }
    yield chunk;
  }
}
