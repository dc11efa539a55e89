/**
 * The entity resolver of the process function. Analyst overrides (merge/split/rename) may be
 * given as JSON in ENTITY_OVERRIDES_JSON; their fingerprint joins the extractor version, as in
 * the local runtime, so changing them re-stores articles on their next processing.
 */
import { sha256Hex } from '../shared/domain/hash.js';
import { createResolver, parseOverrides } from '../shared/domain/resolve/index.js';
import type { EntityResolver } from '../shared/domain/resolve/types.js';
import type { Deps } from './config.js';

export interface ResolverSetup {
  readonly resolver: EntityResolver;
  readonly resolverTag: string;
}

export function resolverFromOverridesJson(json: string | undefined): ResolverSetup {
  if (!json) return { resolver: createResolver(), resolverTag: '' };
  return { resolver: createResolver(parseOverrides(JSON.parse(json))), resolverTag: `overrides.${sha256Hex(json).slice(0, 8)}` };
}

export function resolverOf(deps: Deps): ResolverSetup {
  return deps.memo('resolver', () =>
    deps.overrides.resolver ? { resolver: deps.overrides.resolver, resolverTag: '' } : resolverFromOverridesJson(deps.config.entityOverridesJson),
  );
}
