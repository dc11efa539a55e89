/**
 * Cross-article entity resolution: one stable id per real-world person, organisation, event…
 * whatever spelling an article used. The id is stableId(type, resolution key); the key comes,
 * in order of precedence, from analyst overrides, the alias table (general knowledge), an
 * acronym the article itself spelled out, and the spelling-independent key of the name
 * (keys.ts). Pure: the same (entity, overrides) always gives the same result.
 */
import { stableId } from '../hash.js';
import type { EntityType } from '../model.js';
import { foldName } from '../text/fold.js';
import { lookupAlias } from './alias-table.js';
import { bagKey, eventKey, initials, isAcronym, personKey } from './keys.js';
import { NO_OVERRIDES, parseOverrides } from './overrides.js';
import type { EntityOverrides, EntityResolver, ResolutionEvidence, ResolveInput, ResolvedEntity } from './types.js';

export { parseOverrides };
export type { EntityOverrides, EntityResolver, ResolvedEntity, ResolveInput } from './types.js';

interface Keyed {
  readonly key: string;
  readonly evidence: ResolutionEvidence[];
}

/** Spelling-independent key of one name. */
export function nameKey(type: EntityType, name: string): string {
  switch (type) {
    case 'person':
      return personKey(name);
    case 'event':
      return eventKey(name);
    case 'place':
      return personKey(name);
    default:
      return bagKey(name) || foldName(name);
  }
}

/** The resolution key of an entity before overrides. */
function baseKey(entity: ResolveInput): Keyed {
  // An English name given by the extractor comes first: the entity is then keyed as the English
  // coverage keys it ("Mədəniyyət Nazirliyi" and "Ministry of Culture" are one id).
  const en = entity.en?.trim();
  const names = [...(en ? [en] : []), entity.name, ...entity.aliases].filter((n) => n.trim() !== '');
  const alias = lookupAlias(entity.type, names);
  if (alias) return { key: `alias:${alias.key}`, evidence: [{ rule: 'alias-table', detail: `"${alias.matched}" is a known name of ${alias.key}` }] };

  if (entity.type === 'organisation' || entity.type === 'event' || entity.type === 'project') {
    // An acronym with its long form in the same article: both resolve to the acronym.
    const acronym = names.find(isAcronym);
    if (acronym) {
      const longForm = names.find((n) => !isAcronym(n) && initials(n) === foldName(acronym).replace(/ /g, ''));
      const detail = longForm ? `"${acronym}" spells "${longForm}"` : `"${acronym}" is an acronym`;
      return { key: `acr:${foldName(acronym).replace(/ /g, '')}`, evidence: [{ rule: 'acronym', detail }] };
    }
  }

  // Persons known only by a surname in this article use the fullest alias.
  const name = en ?? (entity.type === 'person' ? fullestPersonName(names) : entity.name);
  const key = nameKey(entity.type, name);
  const plain = foldName(name);
  const evidence: ResolutionEvidence[] =
    key === plain
      ? [{ rule: 'exact', detail: `"${name}"` }]
      : [{ rule: 'folding', detail: `"${name}" → ${key}` }];
  return { key, evidence };
}

function fullestPersonName(names: readonly string[]): string {
  return names.reduce((best, n) => (n.trim().split(/\s+/).length > best.trim().split(/\s+/).length ? n : best), names[0] ?? '');
}

/** Resolution key of a name as an override names it (the same path as an extracted entity). */
function keyOfName(type: EntityType, name: string): string {
  return baseKey({ type, name, aliases: [] }).key;
}

interface CompiledOverrides {
  readonly merges: Map<string, { key: string; display: string }>;
  readonly splits: Map<string, readonly { as: string; affiliation?: string; articleIds?: ReadonlySet<string> }[]>;
  readonly renames: Map<string, string>;
}

function compile(overrides: EntityOverrides): CompiledOverrides {
  const merges = new Map<string, { key: string; display: string }>();
  for (const m of overrides.merge) {
    const into = m.into ?? m.names[0] ?? '';
    const target = { key: keyOfName(m.type, into), display: into };
    for (const n of [...m.names, into]) merges.set(`${m.type}|${keyOfName(m.type, n)}`, target);
  }
  const splits = new Map<string, { as: string; affiliation?: string; articleIds?: ReadonlySet<string> }[]>();
  for (const s of overrides.split) {
    const k = `${s.type}|${finalKey(merges, s.type, keyOfName(s.type, s.name))}`;
    splits.set(k, s.cases.map((c) => ({
      as: c.as,
      ...(c.affiliation !== undefined ? { affiliation: bagKey(c.affiliation) } : {}),
      ...(c.articleIds !== undefined ? { articleIds: new Set(c.articleIds) } : {}),
    })));
  }
  const renames = new Map<string, string>();
  for (const r of overrides.rename) renames.set(`${r.type}|${finalKey(merges, r.type, keyOfName(r.type, r.name))}`, r.display);
  return { merges, splits, renames };
}

function finalKey(merges: CompiledOverrides['merges'], type: EntityType, key: string): string {
  return merges.get(`${type}|${key}`)?.key ?? key;
}

export function createResolver(overrides: EntityOverrides = NO_OVERRIDES): EntityResolver {
  const compiled = compile(overrides);
  return {
    resolve(entity: ResolveInput): ResolvedEntity {
      const base = baseKey(entity);
      const evidence = [...base.evidence];
      let key = base.key;
      let name = entity.name;

      const merged = compiled.merges.get(`${entity.type}|${key}`);
      if (merged) {
        key = merged.key;
        name = merged.display;
        evidence.push({ rule: 'override', detail: `merged into "${merged.display}"` });
      }
      const renamed = compiled.renames.get(`${entity.type}|${key}`);
      const cases = compiled.splits.get(`${entity.type}|${key}`);
      if (cases) {
        const affiliation = entity.affiliation ? bagKey(entity.affiliation) : undefined;
        const hit = cases.find(
          (c) =>
            (c.affiliation !== undefined && c.affiliation === affiliation) ||
            (c.articleIds !== undefined && entity.articleId != null && c.articleIds.has(entity.articleId)),
        );
        if (hit) {
          key = `${key}#${foldName(hit.as)}`;
          name = hit.as;
          evidence.push({ rule: 'override', detail: `split as "${hit.as}"` });
        }
      }
      if (renamed && !key.includes('#')) {
        name = renamed;
        evidence.push({ rule: 'override', detail: `renamed to "${renamed}"` });
      }
      return { id: stableId(entity.type, key), type: entity.type, name, evidence };
    },
  };
}
