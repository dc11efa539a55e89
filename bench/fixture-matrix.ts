/**
 * `npx tsx bench/fixture-matrix.ts`: the entity fixtures' rule families × languages (en, az, ru;
 * tr fixtures counted aside), the number of fixtures in each cell and the gaps.
 */
import { familyMatrix, matrixGaps, readFamilies, readTags } from './lib/entity-fixture-families.js';

const LANGUAGES = ['en', 'az', 'ru'] as const;

const families = readFamilies();
const tags = readTags();
const cells = familyMatrix(families, tags);
const width = Math.max(...families.map((f) => f.id.length));

console.log(`${'family'.padEnd(width)}  ${LANGUAGES.map((l) => l.padStart(3)).join('  ')}   tr`);
for (const family of families) {
  const row = LANGUAGES.map((language) => {
    if (!family.languages.includes(language)) return '  –';
    const cell = cells.find((c) => c.family === family && c.language === language);
    return (cell && cell.slugs.length > 0 ? String(cell.slugs.length) : 'GAP').padStart(3);
  });
  const tr = tags.filter((t) => t.family === family.id && t.language === 'tr').length;
  console.log(`${family.id.padEnd(width)}  ${row.join('  ')}  ${tr > 0 ? String(tr).padStart(3) : '   '}`);
}

const untagged = tags.filter((t) => t.family === undefined || !families.some((f) => f.id === t.family));
const gaps = matrixGaps(cells);
const claimed = cells.length;
console.log(`\n${families.length} families, ${tags.length} fixtures; ${claimed - gaps.length} of ${claimed} family × language cells covered.`);
for (const gap of gaps) console.log(`gap: ${gap.family.id} × ${gap.language}${gap.family.gaps?.[gap.language] ? ` — ${gap.family.gaps[gap.language]}` : ''}`);
for (const t of untagged) console.log(`fixture without a known family: ${t.slug} (${t.family ?? 'none'})`);
for (const f of families.filter((x) => x.why !== undefined)) console.log(`${f.id}: ${f.languages.join('/')} only (${f.why})`);
if (untagged.length > 0) process.exitCode = 1;
