import type { IndexDoc } from '../model.js';
import { documentKeywords } from './query-fields.js';
import { analyseField, type AnalysedField, type TextField } from './text-keys.js';

/** What every engine indexes for a document: keys per text field and its keywords. */
export interface SearchDocument {
  readonly fields: Readonly<Record<TextField, AnalysedField>>;
  readonly keywords: readonly string[];
}

/** Names and aliases of the entities a document mentions, as one searchable text. */
export function entityText(doc: IndexDoc): string {
  return doc.entities.map((e) => [e.name, ...e.aliases].join(' ; ')).join(' ; ');
}

export function toSearchDocument(doc: IndexDoc): SearchDocument {
  return {
    fields: {
      title: analyseField(doc.title, doc.language),
      body: analyseField(`${doc.summary}\n${doc.text}`, doc.language),
      entities: analyseField(entityText(doc), doc.language),
    },
    keywords: documentKeywords(doc),
  };
}
