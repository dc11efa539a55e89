import { describe, expect, it } from 'vitest';
import { prepare, unwrapLines } from '../../../shared/domain/extract/tokens.js';
import { extract, find } from './helpers.js';

describe('text preparation', () => {
  it('matches names written with Cyrillic look-alike letters', () => {
    const e = extract('A delegation visited the Heydar Aliyev Center іn Baku. The Committee оn Culture Policy met tоday.');
    expect(find(e, 'organisation', 'Heydar Aliyev Center')).toBeDefined();
    expect(find(e, 'place', 'Baku')).toBeDefined();
    expect(find(e, 'organisation', 'Committee on Culture Policy')).toBeDefined();
  });

  it('joins hard-wrapped lines, also inside names', () => {
    const wrapped = [
      '(MENAFN- Azernews) The National Art Museum has opened an',
      'exhibition of works by young painters from the regions. The',
      'exposition was organised by the Young Artists Public',
      'Association, Azernews reports. The Chairman of the association',
      'Nigar Safarova noted that the painters come from eleven',
      'districts of the country and from the city of Sumgait.',
      'Further, the winners of the competition were awarded',
      'diplomas in various categories.',
    ].join('\n');
    expect(unwrapLines(wrapped)).toContain('Young Artists Public Association');
    const e = extract(wrapped);
    expect(find(e, 'organisation', 'Young Artists Public Association')).toBeDefined();
    expect(find(e, 'person', 'Nigar Safarova')).toBeDefined();
  });

  it('keeps short heading lines apart', () => {
    const text = 'Baku Folk Festival 2025\nVarious venues\nBaku, Azerbaijan\n\nThe festival opened with a concert.';
    expect(unwrapLines(text)).toContain('\nVarious venues\n');
  });

  it('does not end a sentence inside quotes or after an initial', () => {
    const p = prepare('The project "Light of Ganja. Nizami" was shown. M. Hasanov wrote it.');
    expect(p.sentences).toHaveLength(2);
    expect(p.quotes).toHaveLength(1);
  });
});
