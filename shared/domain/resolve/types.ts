import type { EntityType } from '../model.js';

/** Why two surface forms were judged to be the same entity. */
export interface ResolutionEvidence {
  readonly rule: 'folding' | 'alias-table' | 'acronym' | 'override' | 'exact';
  readonly detail: string;
}

export interface ResolvedEntity {
  /** Stable across articles and runs for the same real-world entity. */
  readonly id: string;
  readonly type: EntityType;
  /** Display name (override rename wins, else the name as given). */
  readonly name: string;
  readonly evidence: readonly ResolutionEvidence[];
}

/** What the resolver reads from one extracted entity. `affiliation` and `articleId` only matter to split overrides. */
export interface ResolveInput {
  readonly type: EntityType;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly affiliation?: string | null;
  readonly articleId?: string | null;
  /** The English name of an Azerbaijani/Russian entity: it keys the entity, so one id gathers en/az/ru articles. */
  readonly en?: string | null;
}

export interface EntityResolver {
  resolve(entity: ResolveInput): ResolvedEntity;
}

/** Several names that are one entity; `into` (default: the first name) gives the id and display name. */
export interface MergeOverride {
  readonly type: EntityType;
  readonly names: readonly string[];
  readonly into?: string;
}

/** One case of a split: mentions matching it become their own entity, labelled `as`. */
export interface SplitCase {
  readonly as: string;
  /** Matches when the mention's affiliation folds to this name. */
  readonly affiliation?: string;
  /** Matches when the mention comes from one of these articles. */
  readonly articleIds?: readonly string[];
}

/** A name that is really several entities, told apart by affiliation or by article. */
export interface SplitOverride {
  readonly type: EntityType;
  readonly name: string;
  readonly cases: readonly SplitCase[];
}

/** A display name for an entity (found by any of its names). */
export interface RenameOverride {
  readonly type: EntityType;
  readonly name: string;
  readonly display: string;
}

export interface EntityOverrides {
  readonly merge: readonly MergeOverride[];
  readonly split: readonly SplitOverride[];
  readonly rename: readonly RenameOverride[];
}
