import { describe, expect, it } from 'vitest';
import { allNames, extract, find, names } from './helpers.js';

describe('persons', () => {
  it('finds Azerbaijani names by surname morphology and given-name list', () => {
    const e = extract(
      'The concert featured pianist Leyla Hasanova, tar player Elnur Mammadli and singer Aysel Rzazade. ' +
        'Conductor Tofig Abbasoglu led the orchestra.',
    );
    expect(names(e, 'person')).toEqual(expect.arrayContaining(['Leyla Hasanova', 'Elnur Mammadli', 'Aysel Rzazade', 'Tofig Abbasoglu']));
  });

  it('finds names in Azerbaijani spelling', () => {
    const e = extract('Tədbirdə Günel Əliyeva və Rəşad Hüseynov çıxış ediblər.');
    expect(names(e, 'person')).toEqual(expect.arrayContaining(['Günel Əliyeva', 'Rəşad Hüseynov']));
  });

  it('joins a later surname mention to the full name as an alias', () => {
    const e = extract('Nigar Valiyeva opened the exhibition. According to Valiyeva, the works were collected over ten years.');
    const p = find(e, 'person', 'Nigar Valiyeva');
    expect(p?.aliases).toContain('Valiyeva');
    expect(p?.count).toBe(2);
    expect(names(e, 'person')).toEqual(['Nigar Valiyeva']);
  });

  it('joins an initial form and a near-identical spelling of the same person', () => {
    const e = extract(
      'Minister of Culture Anar Guliyev met the delegation. A.Guliyev said cooperation would grow. ' +
        'Later, Anar Quliyev visited the museum.',
    );
    const persons = e.filter((x) => x.type === 'person');
    expect(persons).toHaveLength(1);
    expect(allNames(persons)).toEqual(expect.arrayContaining(['Anar Guliyev', 'A.Guliyev', 'Anar Quliyev']));
  });

  it('leaves honorifics and titles out of the name', () => {
    const e = extract(
      "People's Artist Tahir Ismayilov and Honored Artist Sevda Mammadova performed. National Leader Heydar Aliyev founded the festival.",
    );
    expect(names(e, 'person')).toEqual(expect.arrayContaining(['Tahir Ismayilov', 'Sevda Mammadova', 'Heydar Aliyev']));
    expect(allNames(e)).not.toContain("People's Artist");
    expect(allNames(e).some((n) => /Artist|Leader/.test(n))).toBe(false);
  });

  it('counts bylines', () => {
    const e = extract('By Kamala Jafarova\n\nThe theatre opened its season on Friday.');
    expect(find(e, 'person', 'Kamala Jafarova')).toBeDefined();
  });

  it('finds initial-plus-surname authors', () => {
    const e = extract('The comedy "Spring Bride" by R. Safarov will be staged, followed by "Old Garden" by M.S. Alizade.');
    expect(names(e, 'person')).toEqual(expect.arrayContaining(['R. Safarov', 'M.S. Alizade']));
  });

  it('does not take sentence-initial words or nationality adjectives for names', () => {
    const e = extract('Azerbaijani musicians performed. Currently, Turkish and Georgian artists are also taking part.');
    expect(e.filter((x) => x.type === 'person')).toEqual([]);
    expect(allNames(e)).not.toContain('Azerbaijani');
  });

  it('splits a role glued to a name with a hyphen', () => {
    const e = extract('The stage director is Orkhan Jafarli, set designer-Sabina Gasimova.');
    expect(find(e, 'person', 'Sabina Gasimova')).toBeDefined();
  });
});
