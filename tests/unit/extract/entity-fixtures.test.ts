/**
 * Entity fixtures: one folder per rule or fix under tests/fixtures/entities/<slug>/ with the
 * team's own text (text.txt) and what the extractor must find in it (expected.json):
 *
 *   { "rule": "why this case exists",
 *     "entities": [{ "type", "name", "aliases"?, "role"?, "affiliation"?, "en"? }],
 *     "absent"?: [{ "name", "type"? }] }
 *
 * Each expected entity must be found by name or alias with that type, under exactly that name; given aliases must be
 * among its names, a given affiliation must be its affiliation (an organisation of the same
 * text; null: none), a given `en` its English name, a given role must occur in its role, a given
 * count its number of mentions. `absent` names
 * must not be reported (as that type, or at all). Each expected.json names its rule family
 * ("family", one of tests/fixtures/entities/families.json); each family has a fixture in every
 * language it claims, unless families.json declares that gap (`npx tsx bench/fixture-matrix.ts`).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ENTITY_FIXTURES, familyMatrix, fixtureSlugs, matrixGaps, readFamilies, readTags } from '../../../bench/lib/entity-fixture-families.js';
import type { EntityType } from '../../../shared/domain/model.js';
import { foldName } from '../../../shared/domain/text/fold.js';
import { extract } from './helpers.js';

interface ExpectedEntity {
  readonly type: EntityType;
  readonly name: string;
  readonly aliases?: readonly string[];
  readonly role?: string;
  /** null: the entity must carry no affiliation. */
  readonly affiliation?: string | null;
  readonly en?: string;
  /** Mentions of the entity in the text (a case form set back to its base form is still one). */
  readonly count?: number;
}

interface Expected {
  readonly rule: string;
  readonly entities: readonly ExpectedEntity[];
  readonly absent?: readonly { readonly name: string; readonly type?: EntityType }[];
}

const root = ENTITY_FIXTURES;
const slugs = fixtureSlugs(root);

describe('entity fixtures', () => {
  const families = readFamilies(root);
  const tags = readTags(root);

  it('each name a known rule family', () => {
    expect(slugs.length).toBeGreaterThan(0);
    const known = new Set(families.map((f) => f.id));
    expect(tags.filter((t) => t.family === undefined || !known.has(t.family)).map((t) => `${t.slug}: ${t.family ?? 'no family'}`)).toEqual([]);
  });

  it('cover every rule family in each of its languages (gaps only where families.json declares them)', () => {
    const undeclared = matrixGaps(familyMatrix(families, tags)).filter((c) => c.family.gaps?.[c.language] === undefined);
    expect(undeclared.map((c) => `${c.family.id} × ${c.language}`)).toEqual([]);
  });

  describe.each(slugs)('%s', (slug) => {
    const text = readFileSync(`${root}${slug}/text.txt`, 'utf8');
    const expected = JSON.parse(readFileSync(`${root}${slug}/expected.json`, 'utf8')) as Expected;
    const found = extract(text);
    const named = (type: EntityType | undefined, name: string) =>
      found.filter((e) => (type === undefined || e.type === type) && [e.name, ...e.aliases].some((n) => foldName(n) === foldName(name)));

    it.each(expected.entities.map((e) => [`${e.type} ${e.name}`, e] as const))('finds %s', (_label, e) => {
      const hits = named(e.type, e.name);
      expect(hits.map((h) => h.name), `${e.type} "${e.name}" among ${JSON.stringify(found.map((f) => [f.type, f.name]))}`).toHaveLength(1);
      const hit = hits[0];
      expect(hit?.name).toBe(e.name);
      for (const alias of e.aliases ?? []) expect(hit?.aliases.map(foldName)).toContain(foldName(alias));
      if (e.affiliation !== undefined) expect(hit?.affiliation ?? null).toBe(e.affiliation);
      if (e.role !== undefined) expect(hit?.role ?? '').toContain(e.role);
      if (e.en !== undefined) expect(hit?.en).toBe(e.en);
      if (e.count !== undefined) expect(hit?.count).toBe(e.count);
    });

    if ((expected.absent ?? []).length > 0) {
      it('reports none of the absent names', () => {
        for (const a of expected.absent ?? []) expect(named(a.type, a.name).map((h) => `${h.type} ${h.name}`), a.name).toEqual([]);
      });
    }
  });
});
