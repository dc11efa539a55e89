import type { EntityType } from '../model.js';

export interface ExtractInput {
  readonly text: string;
  readonly title?: string;
}

/** One entity found in one document (before cross-article resolution). */
export interface ExtractedEntity {
  readonly type: EntityType;
  /** Fullest form of the name in the text. */
  readonly name: string;
  /** Every other form the document uses for the same entity. */
  readonly aliases: readonly string[];
  readonly role?: string;
  /** `name` of an organisation entity of the same document. */
  readonly affiliation?: string;
  /** Number of mentions (all forms). */
  readonly count: number;
  /** The first sentence that mentions the entity. */
  readonly context: string;
  /** The usual English name of an Azerbaijani/Russian entity, where it can be known. */
  readonly en?: string;
}
