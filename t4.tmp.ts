import { readFileSync } from 'node:fs';
import { extractEntities } from './shared/domain/extract/index.js';
const text = readFileSync('tests/fixtures/seed/cinema-talks.txt', 'utf8');
for (const e of extractEntities({ text })) console.log(e.type, '|', e.name, '|', e.aliases.join('; '), '|', e.role ?? '', '|', e.affiliation ?? '');
