/** One date value, a URL, free text: the readers under the publication-date finder, per form and language. */
import { describe, expect, it } from 'vitest';
import { dayOf, isoOf } from '../../../../shared/domain/parse/dates/calendar.js';
import { MONTH_NAMES, monthKey, monthNumber } from '../../../../shared/domain/parse/dates/months.js';
import { findTextDates } from '../../../../shared/domain/parse/dates/text-dates.js';
import { dateInUrl } from '../../../../shared/domain/parse/dates/url-date.js';
import { parseDateValue } from '../../../../shared/domain/parse/dates/value.js';
import { labelsModified } from '../../../../shared/domain/parse/dates/labels.js';

const day = (raw: string): string | null => {
  const d = parseDateValue(raw);
  return d ? dayOf(d) : null;
};
const textDays = (text: string, monthFirst = false): string[] => findTextDates(text, { monthFirst }).map((d) => dayOf(d.date));

describe('month tables', () => {
  it('give every word one month in all languages that use it', () => {
    const seen = new Map<string, number>();
    for (const [language, table] of Object.entries(MONTH_NAMES)) {
      expect(table, language).toHaveLength(12);
      table.forEach((forms, i) => {
        for (const form of forms) {
          const key = monthKey(form);
          if (seen.has(key)) expect(seen.get(key), `${language} ${form}`).toBe(i + 1);
          seen.set(key, i + 1);
        }
      });
    }
  });

  it('read capitals, trailing dots and Turkish dotted capitals', () => {
    expect(monthNumber('NİSAN')).toBe(4);
    expect(monthNumber('Sept.')).toBe(9);
    expect(monthNumber('Dezember')).toBe(12);
    expect(monthNumber('Jänner')).toBe(1);
    expect(monthNumber('monday')).toBeUndefined();
  });
});

describe('parseDateValue', () => {
  it('keeps the stated day and converts the instant to UTC', () => {
    const d = parseDateValue('2023-11-08T23:30:00-08:00')!;
    expect(dayOf(d)).toBe('2023-11-08');
    expect(isoOf(d)).toBe('2023-11-09T07:30:00Z');
  });

  it('reads the machine forms pages use in meta tags and attributes', () => {
    expect(day('2019/06/27')).toBe('2019-06-27');
    expect(day('20190627')).toBe('2019-06-27');
    expect(day('20190627T101500Z')).toBe('2019-06-27');
    expect(day('1561593600')).toBe('2019-06-27');
    expect(day('1561593600000')).toBe('2019-06-27');
    expect(day('27.06.2019 10:15')).toBe('2019-06-27');
    expect(day('Thu, 27 Jun 2019 10:15:00 +0200')).toBe('2019-06-27');
  });

  it('reads numeric dates day first unless that is impossible', () => {
    expect(day('03/05/2019')).toBe('2019-05-03');
    expect(day('12/31/2019')).toBe('2019-12-31');
  });

  it('rejects impossible dates', () => {
    for (const bad of ['2019-02-30', '2019-13-01', '31.04.2019', 'soon', '']) expect(day(bad), bad).toBeNull();
  });
});

describe('findTextDates, per language', () => {
  const cases: [string, string][] = [
    ['en', 'Posted on March 5th, 2017 by the desk'],
    ['en', 'Published 5 March 2017'],
    ['de', 'Veröffentlicht am 5. März 2017, 10:12 Uhr'],
    ['de', 'Stand: 05.03.2017'],
    ['fr', 'Publié le 5 mars 2017 à 10h12'],
    ['es', 'Publicado el 5 de marzo de 2017'],
    ['it', 'Pubblicato il 5 marzo 2017'],
    ['pt', 'Publicado em 5 de março de 2017'],
    ['nl', 'Geplaatst op 5 maart 2017'],
    ['pl', 'Opublikowano 5 marca 2017'],
    ['ru', 'Опубликовано 5 марта 2017 г.'],
    ['uk', 'Опубліковано 5 березня 2017 року'],
    ['az', 'Dərc edilib: 5 mart 2017, 14:30'],
    ['tr', 'Yayınlanma: 5 Mart 2017 Pazar'],
    ['zh', '发布时间：2017年3月5日'],
    ['iso', 'Updated at 2017-03-05T10:00'],
  ];
  for (const [language, text] of cases) {
    it(`finds the date in ${language}: ${text}`, () => {
      expect(textDays(text)).toEqual(['2017-03-05']);
    });
  }

  it('reads ambiguous slashes month first only where the language writes so', () => {
    expect(textDays('on 03/05/2017')).toEqual(['2017-05-03']);
    expect(textDays('on 03/05/2017', true)).toEqual(['2017-03-05']);
    expect(textDays('on 13/05/2017', true)).toEqual(['2017-05-13']);
  });

  it('ignores numbers that only look like dates', () => {
    expect(textDays('Version 1.2.3, 45 Euro, 2017 Besucher, Tel. 0123/45 67')).toEqual([]);
    expect(textDays('5 apples 2017')).toEqual([]);
  });

  it('finds every date of a text in order', () => {
    expect(textDays('Vom 1. Mai 2017 bis zum 3. Juni 2017')).toEqual(['2017-05-01', '2017-06-03']);
  });
});

describe('dateInUrl', () => {
  it('reads year-first and day-first dates in paths, not in queries', () => {
    const at = (url: string): string | null => {
      const d = dateInUrl(url);
      return d ? dayOf(d) : null;
    };
    expect(at('https://x.org/2023/11/08/story/')).toBe('2023-11-08');
    expect(at('https://x.org/news/2023-11-08-story')).toBe('2023-11-08');
    expect(at('https://x.org/news/story_20231108.html')).toBe('2023-11-08');
    expect(at('https://x.org/meldungen/08-11-2023')).toBe('2023-11-08');
    expect(at('https://x.org/story?date=2023/11/08/')).toBeNull();
    expect(at('https://x.org/2023/11/story')).toBeNull();
  });
});

describe('labelsModified', () => {
  it('knows the update labels of the languages', () => {
    for (const label of ['Updated', 'Last updated:', 'Aktualisiert am', 'Mis à jour le', 'Actualizado:', 'Обновлено:', 'Yenilənib:', 'Güncelleme:']) {
      expect(labelsModified(`${label} `), label).toBe(true);
    }
    for (const label of ['Published', 'Veröffentlicht am', 'Von Max Muster,']) expect(labelsModified(`${label} `), label).toBe(false);
  });
});
