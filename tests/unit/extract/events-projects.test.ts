import { describe, expect, it } from 'vitest';
import { extract, find, names } from './helpers.js';

describe('events, projects and works', () => {
  it('types festivals, forums, weeks and exhibitions as events', () => {
    const e = extract(
      'The Gabala International Music Festival and the Baku Global Forum opened. Guests visited the Caspian Art Week and the Silk Road Exhibition.',
    );
    expect(names(e, 'event')).toEqual(
      expect.arrayContaining(['Gabala International Music Festival', 'Baku Global Forum', 'Caspian Art Week', 'Silk Road Exhibition']),
    );
  });

  it('joins an edition year and strips nothing from the festival name', () => {
    const e = extract('Baku Jazz Festival 2026 opens today. The Baku Jazz Festival was founded in 2005.');
    const ev = e.filter((x) => x.type === 'event');
    expect(ev).toHaveLength(1);
    expect([ev[0]?.name, ...(ev[0]?.aliases ?? [])]).toEqual(expect.arrayContaining(['Baku Jazz Festival 2026', 'Baku Jazz Festival']));
  });

  it('reads quoted names after project, exhibition, titled and film', () => {
    const e = extract(
      'The ministry presented the "Young Directors" project. An exhibition titled "Colours of Absheron" opened, ' +
        'and the film "Silent Garden" was screened at a panel discussion titled "Film Talks".',
    );
    expect(find(e, 'project', 'Young Directors')).toBeDefined();
    expect(find(e, 'event', 'Colours of Absheron')).toBeDefined();
    expect(find(e, 'work', 'Silent Garden')).toBeDefined();
    expect(find(e, 'event', 'Film Talks')).toBeDefined();
  });

  it('uses the noun after the quote: "X" project, "X" open-air festival', () => {
    const e = extract('Speakers discussed the "Green Screen" project and the "Caspian Nights" open-air film festival.');
    expect(find(e, 'project', 'Green Screen')).toBeDefined();
    expect(find(e, 'event', 'Caspian Nights')).toBeDefined();
  });

  it('takes a quoted name followed by a festival name as one event', () => {
    const e = extract('“Nightingale” International Folk Festival will be held in Shaki.');
    expect(names(e, 'event')).toContain('Nightingale International Folk Festival');
  });

  it('reads strategies and programmes as projects', () => {
    const e = extract('The plan follows the "2027-2030 cultural development strategy of the Republic of Azerbaijan".');
    expect(names(e, 'project')).toContain('2027-2030 cultural development strategy of the Republic of Azerbaijan');
  });

  it('reads an unquoted name after "themed" as an event', () => {
    const e = extract('The museum opened an exhibition themed Autumn Light dedicated to local painters.');
    expect(find(e, 'event', 'Autumn Light')).toBeDefined();
  });

  it('gives quoted titles listed after a typed one the same type', () => {
    const e = extract('Children can see performances including "The Snow Queen," "Puss in Boots" (in Russian), and "The Little Prince".');
    expect(names(e, 'work')).toEqual(expect.arrayContaining(['The Snow Queen', 'Puss in Boots', 'The Little Prince']));
  });

  it('skips quoted speech', () => {
    const e = extract('"We will continue to support young artists and their work," she said. "It will take three years," he added.');
    expect(e.filter((x) => x.type !== 'person')).toEqual([]);
  });
});
