import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../../shared/domain/errors.js';
import { createResolver, parseOverrides } from '../../../shared/domain/resolve/index.js';

describe('overrides file', () => {
  it('parses the example file in config/', () => {
    const json: unknown = JSON.parse(readFileSync(fileURLToPath(new URL('../../../config/entity-overrides.example.json', import.meta.url)), 'utf8'));
    const o = parseOverrides(json);
    expect(o.merge).toHaveLength(2);
    expect(o.split[0]?.cases).toHaveLength(2);
    expect(o.rename[0]?.display).toMatch(/Ministry of Culture/);
  });

  it('accepts an empty document and defaults every list', () => {
    expect(parseOverrides({})).toEqual({ merge: [], split: [], rename: [] });
    expect(parseOverrides(null)).toEqual({ merge: [], split: [], rename: [] });
  });

  it('rejects malformed documents with a ValidationError that lists the problems', () => {
    const bad = () => parseOverrides({ merge: [{ type: 'company', names: ['A'] }], split: [{ type: 'person', name: 'X', cases: [{ as: 'Y' }] }], extra: 1 });
    expect(bad).toThrow(ValidationError);
    try {
      bad();
    } catch (e) {
      const issues = (e as ValidationError).issues.map((i) => i.path);
      expect(issues.some((p) => p.startsWith('merge.0'))).toBe(true);
      expect(issues.some((p) => p.startsWith('split.0.cases.0'))).toBe(true);
    }
  });
});

describe('overrides applied by the resolver', () => {
  it('merge: several names become one entity with the target name', () => {
    const r = createResolver(parseOverrides({ merge: [{ type: 'organisation', names: ['Cinematography Agency', 'Azerbaijan Film Agency'], into: 'Azerbaijan Film Agency' }] }));
    const a = r.resolve({ type: 'organisation', name: 'Cinematography Agency', aliases: [] });
    const b = r.resolve({ type: 'organisation', name: 'Film Agency of Azerbaijan', aliases: [] });
    expect(a.id).toBe(b.id);
    expect(a.name).toBe('Azerbaijan Film Agency');
    expect(a.evidence.some((e) => e.rule === 'override')).toBe(true);
    // Without the override they are different entities.
    const plain = createResolver();
    expect(plain.resolve({ type: 'organisation', name: 'Cinematography Agency', aliases: [] }).id).not.toBe(b.id);
  });

  it('merge matches every spelling that folds like a listed name', () => {
    const r = createResolver(parseOverrides({ merge: [{ type: 'person', names: ['Gunay Rahimova', 'Gunay Abbasova'] }] }));
    expect(r.resolve({ type: 'person', name: 'Günay Abbasova', aliases: [] }).id).toBe(r.resolve({ type: 'person', name: 'Gunay Ragimova', aliases: [] }).id);
  });

  it('split: by affiliation and by article id; other mentions stay the plain entity', () => {
    const r = createResolver(
      parseOverrides({
        split: [{ type: 'person', name: 'Ali Aliyev', cases: [
          { as: 'Ali Aliyev (ministry)', affiliation: 'Ministry of Culture' },
          { as: 'Ali Aliyev (painter)', articleIds: ['art-2'] },
        ] }],
      }),
    );
    const official = r.resolve({ type: 'person', name: 'Ali Aliyev', aliases: [], affiliation: 'Azerbaijan Culture Ministry' });
    const painter = r.resolve({ type: 'person', name: 'Əli Əliyev', aliases: [], articleId: 'art-2' });
    const other = r.resolve({ type: 'person', name: 'Ali Aliyev', aliases: [], articleId: 'art-3' });
    expect(new Set([official.id, painter.id, other.id]).size).toBe(3);
    expect(official.name).toBe('Ali Aliyev (ministry)');
    expect(painter.name).toBe('Ali Aliyev (painter)');
    expect(other.id).toBe(createResolver().resolve({ type: 'person', name: 'Ali Aliyev', aliases: [] }).id);
  });

  it('rename: changes the display name, not the id, for any spelling', () => {
    const r = createResolver(parseOverrides({ rename: [{ type: 'organisation', name: 'Culture Ministry', display: 'Ministry of Culture of the Republic of Azerbaijan' }] }));
    const x = r.resolve({ type: 'organisation', name: 'Ministry of Culture', aliases: [] });
    expect(x.name).toBe('Ministry of Culture of the Republic of Azerbaijan');
    expect(x.id).toBe(createResolver().resolve({ type: 'organisation', name: 'Ministry of Culture', aliases: [] }).id);
  });

  it('is a pure function of (entity, overrides)', () => {
    const doc = { merge: [{ type: 'person' as const, names: ['A Bayramov', 'Anar Bayramov'] }] };
    const e = { type: 'person' as const, name: 'A Bayramov', aliases: [] };
    expect(createResolver(parseOverrides(doc)).resolve(e)).toEqual(createResolver(parseOverrides(doc)).resolve(e));
  });
});
