import { describe, expect, it } from 'vitest';
import { extract, find } from './helpers.js';

describe('roles and affiliations', () => {
  it('"X, an employee of the Y"', () => {
    const e = extract('Kamran Aliyev, an employee of the National Carpet Museum, spoke about restoration.');
    const p = find(e, 'person', 'Kamran Aliyev');
    expect(p?.affiliation).toBe('National Carpet Museum');
    expect(p?.role).toBe('employee');
  });

  it('"X, head of the dubbing department at the Y": a unit of the organisation between role and organisation', () => {
    const e = extract('Turan Mammadli, head of the dubbing department at the Azerbaijan Film Agency, said the contest continues.');
    expect(find(e, 'person', 'Turan Mammadli')).toMatchObject({ role: 'head of the dubbing department', affiliation: 'Azerbaijan Film Agency' });
    const press = extract('Rauf Guliyev, chief of the press service of the Ministry of Culture, answered questions.');
    expect(find(press, 'person', 'Rauf Guliyev')?.affiliation).toBe('Ministry of Culture');
  });

  it('does not read a venue as an affiliation ("X, the director of the film screened at the Y")', () => {
    const e = extract('Leyla Aliyeva, the director of the film screened at the Nizami Cinema Center, thanked the audience.');
    expect(find(e, 'person', 'Leyla Aliyeva')?.affiliation).toBeUndefined();
  });

  it('"X, a leading researcher at the Y"', () => {
    const e = extract('Sevinj Karimova, a leading researcher at the Institute of Manuscripts, presented the catalogue.');
    expect(find(e, 'person', 'Sevinj Karimova')?.affiliation).toBe('Institute of Manuscripts');
  });

  it('"The Deputy Chairman of the Public Union "Y," X"', () => {
    const e = extract('The Deputy Chairman of the Public Union "Music Heritage Fund," Elvin Rustamov, spoke about archives.');
    const p = find(e, 'person', 'Elvin Rustamov');
    expect(p?.affiliation).toBe('Music Heritage Fund');
    expect(p?.role).toBe('Deputy Chairman');
  });

  it('"Role of the Y, Honorific X"', () => {
    const e = extract("Secretary of the Azerbaijan Composers' Union, People's Artist Firangiz Alizade noted the importance of the event.");
    expect(find(e, 'person', 'Firangiz Alizade')?.affiliation).toBe("Azerbaijan Composers' Union");
  });

  it('"Role of Y X" in one capitalised run', () => {
    const e = extract('Chairman of the Youth Theatre Association Murad Hasanli opened the evening.');
    const p = find(e, 'person', 'Murad Hasanli');
    expect(p?.affiliation).toBe('Youth Theatre Association');
    expect(p?.role).toBe('Chairman');
  });

  it('"Y Chairman X" and "Y\'s director X"', () => {
    const e = extract("Writers Guild of Azerbaijan Chairman Ilgar Fahmi welcomed guests. The Carpet Museum's director Shirin Melikova thanked them.");
    expect(find(e, 'person', 'Ilgar Fahmi')?.affiliation).toBe('Writers Guild of Azerbaijan');
    expect(find(e, 'person', 'Shirin Melikova')?.affiliation).toBe('Carpet Museum');
  });

  it('"Head of the Sector at the Y X" and "X, Head of the Sector at the Y"', () => {
    const e = extract(
      'Nurlan Aliyev, Head of the Sector at the Ministry of Youth, spoke first. Head of the Department of the State Drama Theatre Sona Valiyeva followed.',
    );
    expect(find(e, 'person', 'Nurlan Aliyev')?.affiliation).toBe('Ministry of Youth');
    expect(find(e, 'person', 'Sona Valiyeva')?.affiliation).toBe('State Drama Theatre');
  });

  it('"X of the Y"', () => {
    const e = extract('Orkhan Huseynov of the Azerbaijan Film Agency presented the programme.');
    expect(find(e, 'person', 'Orkhan Huseynov')?.affiliation).toBe('Azerbaijan Film Agency');
  });

  it('"the head of the Y, X" and "X has been elected chairman of the Y"', () => {
    const e = extract(
      'The head of the Sumgait Executive Authority, Zakir Farajov, attended. Arif Babayev has been elected chairman of the newly created Painters Union.',
    );
    expect(find(e, 'person', 'Zakir Farajov')?.affiliation).toBe('Sumgait Executive Authority');
    expect(find(e, 'person', 'Arif Babayev')?.affiliation).toBe('Painters Union');
  });

  it('members listed after a generic reference to the organisation', () => {
    const e = extract(
      'The Theatre Workers Union held its congress in Baku. The board of the union now includes ten members. ' +
        'Among them are Rasim Osmanli and Leyla Mirzayeva.',
    );
    expect(find(e, 'person', 'Rasim Osmanli')?.affiliation).toBe('Theatre Workers Union');
    expect(find(e, 'person', 'Leyla Mirzayeva')?.affiliation).toBe('Theatre Workers Union');
  });

  it('gives no affiliation where the text states none', () => {
    const e = extract('Composer Vasif Adigozalov and conductor Rauf Abdullayev were remembered at the concert.');
    expect(find(e, 'person', 'Vasif Adigozalov')?.affiliation).toBeUndefined();
    expect(find(e, 'person', 'Rauf Abdullayev')?.affiliation).toBeUndefined();
  });
});
