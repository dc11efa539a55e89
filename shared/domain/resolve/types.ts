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

export interface EntityResolver {
  resolve(entity: { readonly type: EntityType; readonly name: string; readonly aliases: readonly string[] }): ResolvedEntity;
}
