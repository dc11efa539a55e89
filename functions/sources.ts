/**
 * The sources catalogue for discover and process. The repository's catalogue is bundled into
 * the function (no file to ship beside it); SOURCES_FILE may name another file or hold the JSON.
 */
import { readFileSync } from 'node:fs';
import { parseSourcesCatalogue } from '../shared/domain/sources.js';
import type { Source } from '../shared/domain/model.js';
import bundledCatalogue from '../sources/catalogue.json' with { type: 'json' };
import type { Deps } from './config.js';

export function loadSources(sourcesFile: string | undefined): Source[] {
  if (!sourcesFile) return parseSourcesCatalogue(bundledCatalogue);
  const text = /^\s*[[{]/.test(sourcesFile) ? sourcesFile : readFileSync(sourcesFile, 'utf8');
  return parseSourcesCatalogue(JSON.parse(text));
}

export function sourcesOf(deps: Deps): readonly Source[] {
  return deps.memo('sources', () => deps.overrides.sources ?? loadSources(deps.config.sourcesFile));
}
