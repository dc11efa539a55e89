/**
 * Regression test on the seed article: the full-length "Cinema Talks" report
 * (tests/fixtures/seed/cinema-talks.txt, the project's own rewrite).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { foldName } from '../../../shared/domain/text/fold.js';
import { allNames, extract, find } from './helpers.js';

const text = readFileSync(fileURLToPath(new URL('../../fixtures/seed/cinema-talks.txt', import.meta.url)), 'utf8');
const entities = extract(text);

describe('seed article: Cinema Talks', () => {
  it.each([
    ['Sabina Baghirova', 'Azerbaijan Film Agency'],
    ['Azer Aydemir', 'Film Industry Development Fund'],
    ['Turan Mammadli', 'Azerbaijan Film Agency'],
    ['Gunay Ragimova', 'Ministry of Culture'],
    ['Mushfig Khatamov', 'Producers Guild of Azerbaijan'],
    ['Rashad Azizov', 'Ministry of Culture'],
  ])('person %s, affiliated with %s', (name, affiliation) => {
    const p = find(entities, 'person', name);
    expect(p?.name).toBe(name);
    const org = find(entities, 'organisation', affiliation);
    expect(org).toBeDefined();
    expect(p?.affiliation).toBe(org?.name);
  });

  it('states the roles the text gives', () => {
    expect(find(entities, 'person', 'Azer Aydemir')?.role).toBe('Deputy Chairman');
    expect(find(entities, 'person', 'Gunay Ragimova')?.role).toMatch(/^Head of the Sector/);
    expect(find(entities, 'person', 'Mushfig Khatamov')?.role).toBe('Chairman');
    expect(find(entities, 'person', 'Sabina Baghirova')?.role).toBe('employee');
  });

  it('joins surname mentions to the full names', () => {
    expect(find(entities, 'person', 'Sabina Baghirova')?.aliases).toContain('Baghirova');
    expect(find(entities, 'person', 'Mushfig Khatamov')?.aliases).toContain('Khatamov');
  });

  it.each(['Heydar Aliyev Center', 'Azernews', 'Azerbaijan Film Agency', 'Film Industry Development Fund', 'Producers Guild of Azerbaijan', 'Azerbaijanfilm'])(
    'organisation %s',
    (name) => {
      expect(find(entities, 'organisation', name)).toBeDefined();
    },
  );

  it('one Ministry of Culture, also written Azerbaijan Culture Ministry', () => {
    const ministry = find(entities, 'organisation', 'Ministry of Culture');
    expect(ministry).toBeDefined();
    expect([ministry?.name, ...(ministry?.aliases ?? [])]).toContain('Azerbaijan Culture Ministry');
    expect(entities.filter((e) => e.type === 'organisation' && /ministry/i.test(e.name))).toHaveLength(1);
  });

  it.each(['Cinema Park', 'Development of the National Dubbing Industry', 'Creative Azerbaijan'])('project %s', (name) => {
    expect(find(entities, 'project', name)).toBeDefined();
  });

  it.each(['Cinema Talks', 'Baku Cinema Breeze'])('event %s', (name) => {
    expect(find(entities, 'event', name)).toBeDefined();
  });

  it('reports nothing that is not a named entity', () => {
    const folded = allNames(entities).map(foldName);
    for (const bad of ['Public Union', 'Deputy Chairman', 'Azerbaijani', 'Head of the Sector', 'Chairman']) {
      expect(folded).not.toContain(foldName(bad));
    }
    // Every reported name occurs in the text (no invented or truncated spans).
    const flat = foldName(text);
    for (const n of allNames(entities)) expect(flat).toContain(foldName(n));
  });
});
