/** Title, authors and language of pages without JSON-LD or OpenGraph: bylines in text, no <html lang>. */
import { describe, expect, it } from 'vitest';
import { namesInByline } from '../../../shared/domain/parse/byline.js';
import { parseArticle } from '../../../shared/domain/parse/index.js';
import { detectLanguage, MIN_DETECTION_CHARS } from '../../../shared/domain/parse/language.js';

describe('namesInByline', () => {
  const cases: [string, string[]][] = [
    ['By Jane Doe', ['Jane Doe']],
    ['by Jane Doe and John Roe, 5 May 2017', ['Jane Doe', 'John Roe']],
    ['Von Max Mustermann und Erika Muster | 5. Mai 2017', ['Max Mustermann', 'Erika Muster']],
    ['Par Jean-Pierre Dupont, 12 mars 2019', ['Jean-Pierre Dupont']],
    ['Por María del Carmen Ruiz', ['María del Carmen Ruiz']],
    ['Door Anna de Vries', ['Anna de Vries']],
    ['Автор: Иван Петров', ['Иван Петров']],
    ['Müəllif: Aysel Məmmədova', ['Aysel Məmmədova']],
    ['Yazar: Ayşe Yılmaz', ['Ayşe Yılmaz']],
    ['by Jane Doe on May 3, 2012', ['Jane Doe']],
    ['Posted by John Roe at 6:35 AM', ['John Roe']],
    ['von Erika Muster am 5. Mai 2017', ['Erika Muster']],
  ];
  for (const [line, names] of cases) it(`reads ${line}`, () => expect(namesInByline(line)).toEqual(names));

  it('does not take sentences or places for names', () => {
    for (const line of ['By the way, this is a sentence', 'Von Berlin aus fahren Züge', 'by train', 'Von 10 bis 12 Uhr', `By Jane Doe ${'and more words '.repeat(10)}`]) {
      expect(namesInByline(line), line).toEqual([]);
    }
  });
});

describe('detectLanguage', () => {
  const texts: [string, string][] = [
    ['az', 'Bakı şəhərində keçirilən festivalda ölkənin müxtəlif bölgələrindən gələn rəqs kollektivləri çıxış etdilər və tamaşaçılar böyük maraq göstərdilər.'],
    ['tr', "İstanbul'da düzenlenen festivalde yerli ve yabancı sanatçılar sahne aldı ve izleyiciler gösterilere büyük ilgi gösterdi."],
    ['ru', 'Сегодня в Баку открылась выставка современного искусства, в которой участвуют художники из разных стран и городов нашей большой страны.'],
    ['de', 'Der Gemeinderat hat am Donnerstag beschlossen, das alte Kino am Marktplatz zu einem Kulturzentrum umzubauen und zu erhalten.'],
    ['en', 'The city council decided on Thursday to turn the old cinema on the market square into a cultural centre for the whole town.'],
  ];
  for (const [code, text] of texts) it(`detects ${code}`, () => expect(detectLanguage(text)).toBe(code));

  it('says "und" on too little text', () => {
    expect(detectLanguage('Kulturzentrum')).toBe('und');
    expect(detectLanguage('x'.repeat(MIN_DETECTION_CHARS - 1))).toBe('und');
  });
});

describe('old pages through parseArticle', () => {
  const body = '<p>Der Gemeinderat hat am Donnerstag beschlossen, das alte Kino am Marktplatz zu einem Kulturzentrum umzubauen. Die Arbeiten sollen im Frühjahr beginnen und zwei Jahre dauern.</p>';

  it('detects the language when the markup declares none, and keeps a declared one', () => {
    expect(parseArticle(`<html><head><title>Kino wird Kulturzentrum</title></head><body><h1>Kino wird Kulturzentrum</h1>${body}</body></html>`).language).toBe('de');
    expect(parseArticle(`<html lang="en"><head><title>Kino wird Kulturzentrum</title></head><body><h1>Kino wird Kulturzentrum</h1>${body}</body></html>`).language).toBe('en');
  });

  it('reads authors from a byline line after the headline, also when the name is a link', () => {
    const plain = parseArticle(`<html><body><h1>Kino wird Kulturzentrum</h1><p>Von Erika Muster</p>${body}</body></html>`);
    expect(plain.authors).toEqual(['Erika Muster']);
    const linked = parseArticle(`<html><body><h1>Kino wird Kulturzentrum</h1><div>Von <a href="/autor/em">Erika Muster</a></div>${body}</body></html>`);
    expect(linked.authors).toEqual(['Erika Muster']);
  });

  it('prefers marked-up authors to a byline in text', () => {
    const html = `<html><head><meta name="author" content="Max Mustermann"></head><body><h1>Kino</h1><p>Von Erika Muster</p>${body}</body></html>`;
    expect(parseArticle(html).authors).toEqual(['Max Mustermann']);
  });

  it('takes the title from <title> without the site name when there is no <h1>', () => {
    expect(parseArticle(`<html><head><title>Kino wird Kulturzentrum | Stadtanzeiger</title></head><body>${body}</body></html>`).title).toBe('Kino wird Kulturzentrum');
  });
});
