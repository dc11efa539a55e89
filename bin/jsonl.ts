/**
 * The two stable JSONL filters other tools depend on:
 *   parse:   {"id","url"?,"html"}        → {"id","title","text","publishedAt","authors","language"}
 *   extract: {"id","text","title"?}      → {"id","entities":[{"type","name","aliases","role"?,"affiliation"?,"en"?}]}
 *            ("en": the usual English name of an Azerbaijani or Russian entity, where it can be known)
 * A bad line yields an error line for that id on stderr and processing goes on.
 */
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { extractEntities } from '../shared/domain/extract/index.js';
import { parseArticle } from '../shared/domain/parse/index.js';

const parseLine = z.object({ id: z.union([z.string(), z.number()]).transform(String), url: z.string().optional(), html: z.string() });
const extractLine = z.object({ id: z.union([z.string(), z.number()]).transform(String), text: z.string(), title: z.string().optional() });

export function parseRecord(line: string): unknown {
  const input = parseLine.parse(JSON.parse(line));
  const page = parseArticle(input.html, input.url ? { url: input.url } : {});
  return {
    id: input.id,
    title: page.title,
    text: page.paragraphs.join('\n\n'),
    publishedAt: page.publishedAt,
    authors: page.authors,
    language: page.language,
  };
}

export function extractRecord(line: string): unknown {
  const input = extractLine.parse(JSON.parse(line));
  const entities = extractEntities(input.title ? { text: input.text, title: input.title } : { text: input.text });
  return {
    id: input.id,
    entities: entities.map((e) => ({
      type: e.type,
      name: e.name,
      aliases: e.aliases,
      ...(e.role ? { role: e.role } : {}),
      ...(e.affiliation ? { affiliation: e.affiliation } : {}),
      ...(e.en ? { en: e.en } : {}),
    })),
  };
}

/** Streams stdin line by line; returns the number of bad lines (for the exit code). */
export async function runJsonlFilter(transform: (line: string) => unknown, input = process.stdin, output = process.stdout): Promise<number> {
  let bad = 0;
  const lines = createInterface({ input, crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.trim() === '') continue;
    try {
      output.write(`${JSON.stringify(transform(line))}\n`);
    } catch (error) {
      bad += 1;
      process.stderr.write(`${JSON.stringify({ id: idOf(line), error: describe(error) })}\n`);
    }
  }
  return bad;
}

function idOf(line: string): string | null {
  try {
    const value: unknown = JSON.parse(line);
    if (value && typeof value === 'object' && 'id' in value) return String((value as { id: unknown }).id);
  } catch {
    // Not JSON at all: the error line carries a null id.
  }
  return null;
}

function describe(error: unknown): string {
  if (error instanceof z.ZodError) return error.issues.map((i) => `${i.path.join('.') || 'line'}: ${i.message}`).join('; ');
  if (error instanceof SyntaxError) return `invalid JSON: ${error.message}`;
  return error instanceof Error ? error.message : String(error);
}
