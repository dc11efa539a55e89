/**
 * The entity fixtures' rule families (tests/fixtures/entities/families.json) against the
 * fixtures that tag them: one matrix of family × language, read by the data-driven fixture test
 * (every family covered in each of its languages) and printed by `bench/fixture-matrix.ts`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const ENTITY_FIXTURES = fileURLToPath(new URL('../../tests/fixtures/entities/', import.meta.url));

export interface Family {
  readonly id: string;
  readonly label: string;
  readonly languages: readonly string[];
  /** Languages declared uncovered for now: language → why. */
  readonly gaps?: Readonly<Record<string, string>>;
  /** Why the family has fewer than all languages. */
  readonly why?: string;
}

export interface FixtureTag {
  readonly slug: string;
  /** The slug's prefix: en, az, ru, tr. */
  readonly language: string;
  readonly family: string | undefined;
}

export interface MatrixCell {
  readonly family: Family;
  readonly language: string;
  readonly slugs: readonly string[];
}

export function readFamilies(root = ENTITY_FIXTURES): Family[] {
  const file = JSON.parse(readFileSync(`${root}families.json`, 'utf8')) as { families: Family[] };
  return file.families;
}

export function fixtureSlugs(root = ENTITY_FIXTURES): string[] {
  return readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
}

export function readTags(root = ENTITY_FIXTURES): FixtureTag[] {
  return fixtureSlugs(root).map((slug) => {
    const expected = JSON.parse(readFileSync(`${root}${slug}/expected.json`, 'utf8')) as { family?: string };
    return { slug, language: slug.split('-')[0] ?? '', family: expected.family };
  });
}

/** One cell per family and language the family claims, with the fixtures that cover it. */
export function familyMatrix(families: readonly Family[], tags: readonly FixtureTag[]): MatrixCell[] {
  return families.flatMap((family) =>
    family.languages.map((language) => ({
      family,
      language,
      slugs: tags.filter((t) => t.family === family.id && t.language === language).map((t) => t.slug),
    })),
  );
}

/** Cells with no fixture: the gaps the matrix prints (declared ones say why). */
export function matrixGaps(cells: readonly MatrixCell[]): MatrixCell[] {
  return cells.filter((c) => c.slugs.length === 0);
}
