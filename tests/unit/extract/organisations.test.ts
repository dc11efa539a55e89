import { describe, expect, it } from 'vitest';
import { allNames, extract, find, names } from './helpers.js';

describe('organisations', () => {
  it('types capitalised spans by their cue word', () => {
    const e = extract(
      'The Azerbaijan State Puppet Theatre, the Ganja State Philharmonic and the Baku Academy of Music signed a memorandum with the Youth Fund.',
    );
    expect(names(e, 'organisation')).toEqual(
      expect.arrayContaining(['Azerbaijan State Puppet Theatre', 'Ganja State Philharmonic', 'Baku Academy of Music', 'Youth Fund']),
    );
  });

  it('keeps function words inside names and splits coordinated names', () => {
    const e = extract('The forum was organised by the Ministry of Science and Education and the Heydar Aliyev Foundation.');
    expect(names(e, 'organisation')).toEqual(expect.arrayContaining(['Ministry of Science and Education', 'Heydar Aliyev Foundation']));
  });

  it('merges "Culture Ministry", "Azerbaijan Culture Ministry" and "Ministry of Culture" within an article', () => {
    const e = extract(
      'The event was organised by the Azerbaijan Culture Ministry. A representative of the Ministry of Culture said the Culture Ministry would repeat it.',
    );
    const orgs = e.filter((x) => x.type === 'organisation');
    expect(orgs).toHaveLength(1);
    expect(allNames(orgs)).toEqual(expect.arrayContaining(['Azerbaijan Culture Ministry', 'Ministry of Culture', 'Culture Ministry']));
  });

  it('joins an acronym in parentheses and its later use to the long form', () => {
    const e = extract(
      'The Islamic World Educational, Scientific and Cultural Organization (ICESCO) held a meeting in Baku. ' +
        'The Union of Azerbaijani Writers (AWU) hosted it. AWU members read poems.',
    );
    const awu = find(e, 'organisation', 'Union of Azerbaijani Writers');
    expect(awu?.aliases).toContain('AWU');
    expect(e.filter((x) => x.type === 'organisation' && x.name === 'AWU')).toEqual([]);
  });

  it('joins a shorter form with the same head to the full name', () => {
    const e = extract('The Azerbaijan State Academic Opera Theatre will stage a premiere. The Opera Theatre has prepared ten performances.');
    const orgs = e.filter((x) => x.type === 'organisation');
    expect(orgs).toHaveLength(1);
    expect(orgs[0]?.aliases).toContain('Opera Theatre');
  });

  it('recognises news outlets in a reporting context and in the gazetteer', () => {
    const e = extract('The festival will last three days, Trend reports. Azernews and APA also covered it.');
    expect(names(e, 'organisation')).toEqual(expect.arrayContaining(['Trend', 'Azernews', 'APA']));
  });

  it('does not annotate generic references or bare titles', () => {
    const e = extract('The Deputy Chairman of the Public Union said that the Center and the ministry supported the project.');
    expect(allNames(e)).not.toContain('Public Union');
    expect(allNames(e)).not.toContain('Deputy Chairman');
    expect(allNames(e)).not.toContain('Center');
  });

  it('reads an organisation named by a quoted name and a trailing noun', () => {
    const e = extract('The "Sarabande" ensemble and the "Lumiere" studio took part.');
    expect(names(e, 'organisation')).toEqual(expect.arrayContaining(['Sarabande', 'Lumiere']));
  });
});

describe('organisations: within-article merging limits', () => {
  it('does not merge names that differ by the country they name', () => {
    const e = extract('Days of Kazakh Cinema open in Baku. Last year the Days of Azerbaijani Cinema were held in Almaty.');
    expect(names(e, 'event')).toEqual(expect.arrayContaining(['Days of Kazakh Cinema', 'Days of Azerbaijani Cinema']));
  });

  it('keeps two-word institutional names such as "National Library"', () => {
    const e = extract('Director of the National Library Kerim Safarov opened the exhibition.');
    expect(find(e, 'organisation', 'National Library')).toBeDefined();
    expect(find(e, 'person', 'Kerim Safarov')?.affiliation).toBe('National Library');
  });
});
