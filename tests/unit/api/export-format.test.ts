import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvLine, exportChunks, plainSnippet, toExportRecord, UTF8_BOM } from '../../../shared/api/export-format.js';
import type { ExportRow } from '../../../shared/ports/search-index.js';
import { parseCsv } from '../../support/csv.js';

const row = (over: Partial<ExportRow> = {}): ExportRow => ({
  id: 'a1',
  url: 'https://news.example.org/culture/1',
  outlet: 'example',
  sourceName: 'Example News',
  title: 'Opera, "Koroğlu" returns',
  language: 'az',
  publishedAt: '2024-03-01T10:00:00.000Z',
  snippet: '… the &lt;b&gt; tag &amp; <mark>opera</mark> season',
  entities: [
    { type: 'work', name: 'Koroğlu' },
    { type: 'person', name: 'Üzeyir Hacıbəyov' },
    { type: 'person', name: 'Üzeyir Hacıbəyov' },
    { type: 'organisation', name: 'Opera; Ballet Theatre' },
  ],
  ...over,
});

async function text(chunks: AsyncIterable<string>): Promise<string> {
  let out = '';
  for await (const chunk of chunks) out += chunk;
  return out;
}

async function* batches(...list: ExportRow[][]): AsyncGenerator<readonly ExportRow[]> {
  for (const batch of list) yield batch;
}

describe('export rows', () => {
  it('turn snippets into the plain text they show', () => {
    expect(plainSnippet('a <mark>b</mark> &lt;c&gt; &amp; &#39;d&#39; &#x4E2D;')).toBe("a b <c> & 'd' 中");
  });

  it('carry the source name and entity names by type, each once', () => {
    const record = toExportRecord(row());
    expect(record.source).toBe('Example News');
    expect(record.outlet).toBe('example');
    expect(record.entities.person).toEqual(['Üzeyir Hacıbəyov']);
    expect(record.entities.place).toEqual([]);
  });

  it('write RFC 4180 CSV: header, CRLF, quoted commas, quotes and line breaks, UTF-8 text intact', async () => {
    const csv = await text(exportChunks(batches([row()], [row({ id: 'a2', title: 'Two\r\nlines', publishedAt: null })]), 'csv', false));
    expect(csv.startsWith(UTF8_BOM)).toBe(false);
    const rows = parseCsv(csv);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    const byColumn = Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, rows[1]![i]]));
    expect(byColumn).toMatchObject({ id: 'a1', title: 'Opera, "Koroğlu" returns', snippet: '… the <b> tag & opera season', person: 'Üzeyir Hacıbəyov', organisation: 'Opera; Ballet Theatre' });
    expect(rows[2]![CSV_COLUMNS.indexOf('title')]).toBe('Two\r\nlines');
    expect(rows[2]![CSV_COLUMNS.indexOf('published')]).toBe('');
    expect(rows).toHaveLength(3);
  });

  it('in spreadsheet mode start with a BOM and defuse formula-like cells', async () => {
    const csv = await text(exportChunks(batches([row({ title: '=HYPERLINK("http://evil")' })]), 'csv', true));
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    const rows = parseCsv(csv.slice(1));
    expect(rows[1]![CSV_COLUMNS.indexOf('title')]).toBe('\'=HYPERLINK("http://evil")');
    expect(csvLine(['-5'], false)).toBe('-5\r\n');
  });

  it('write JSONL: one parseable object per line, entities as arrays', async () => {
    const jsonl = await text(exportChunks(batches([row(), row({ id: 'a2' })]), 'jsonl', true));
    const lines = jsonl.split('\n');
    expect(lines.pop()).toBe('');
    expect(lines.map((l) => (JSON.parse(l) as { id: string }).id)).toEqual(['a1', 'a2']);
    expect((JSON.parse(lines[0]!) as { entities: { organisation: string[] } }).entities.organisation).toEqual(['Opera; Ballet Theatre']);
    expect(jsonl.startsWith(UTF8_BOM)).toBe(false);
  });
});
