import { describe, expect, it } from 'vitest';
import { extract, names } from './helpers.js';

describe('places', () => {
  it('finds countries, capitals and Azerbaijani cities and districts', () => {
    const e = extract('Artists from Georgia, Kazakhstan and Turkiye performed in Baku, Ganja and Lankaran before touring to Paris.');
    expect(names(e, 'place')).toEqual(expect.arrayContaining(['Georgia', 'Kazakhstan', 'Turkiye', 'Baku', 'Ganja', 'Lankaran', 'Paris']));
  });

  it('finds landmarks by cue word', () => {
    const e = extract('Concerts took place near the Maiden Tower and on Fountain Square.');
    expect(names(e, 'place')).toEqual(expect.arrayContaining(['Maiden Tower', 'Fountain Square']));
  });

  it('does not report a place nested in an organisation name', () => {
    const e = extract('The Shaki Drama Theatre toured the region.');
    expect(names(e, 'place')).not.toContain('Shaki');
  });
});
