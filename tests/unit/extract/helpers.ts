import { extractEntities, type ExtractedEntity } from '../../../shared/domain/extract/index.js';
import type { EntityType } from '../../../shared/domain/model.js';

export function extract(text: string): ExtractedEntity[] {
  return extractEntities({ text });
}

/** The entity of this type whose name or an alias is `name`, if any. */
export function find(entities: readonly ExtractedEntity[], type: EntityType, name: string): ExtractedEntity | undefined {
  return entities.find((e) => e.type === type && (e.name === name || e.aliases.includes(name)));
}

export function names(entities: readonly ExtractedEntity[], type: EntityType): string[] {
  return entities.filter((e) => e.type === type).map((e) => e.name);
}

export function allNames(entities: readonly ExtractedEntity[]): string[] {
  return entities.flatMap((e) => [e.name, ...e.aliases]);
}
