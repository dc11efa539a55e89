/**
 * The indexed trigram scorer must name the same language as franc-min itself, on every text:
 * texts in many languages and scripts, mixtures, cut at random points, with digits, punctuation
 * and stray symbols; and the text of every development page when the datasets are beside the project.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { franc } from 'franc-min';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../bench/lib/random.js';
import { francLanguage } from '../../../shared/domain/parse/language-trigrams.js';

const SAMPLES = [
  'Bakı şəhərində keçirilən festivalda ölkənin müxtəlif bölgələrindən gələn rəqs kollektivləri çıxış etdilər',
  "İstanbul'da düzenlenen festivalde yerli ve yabancı sanatçılar sahne aldı ve izleyiciler büyük ilgi gösterdi",
  'Сегодня в Баку открылась выставка современного искусства, в которой участвуют художники из разных стран',
  'Der Gemeinderat hat am Donnerstag beschlossen, das alte Kino am Marktplatz zu einem Kulturzentrum umzubauen',
  'The city council decided on Thursday to turn the old cinema on the market square into a cultural centre',
  'Le conseil municipal a décidé jeudi de transformer le vieux cinéma de la place du marché en centre culturel',
  'El ayuntamiento decidió el jueves convertir el viejo cine de la plaza del mercado en un centro cultural',
  'Il consiglio comunale ha deciso giovedì di trasformare il vecchio cinema della piazza in un centro culturale',
  'De gemeenteraad besloot donderdag de oude bioscoop aan de markt om te bouwen tot een cultureel centrum',
  'Рада вирішила в четвер перетворити старий кінотеатр на ринковій площі на культурний центр міста',
  'Το δημοτικό συμβούλιο αποφάσισε την Πέμπτη να μετατρέψει τον παλιό κινηματογράφο σε πολιτιστικό κέντρο',
  '市议会周四决定将市场广场上的老电影院改造成全市的文化中心，供所有居民使用。',
  'مجلس المدينة قرر يوم الخميس تحويل السينما القديمة في ساحة السوق إلى مركز ثقافي للمدينة كلها',
  'नगर परिषद ने गुरुवार को बाजार चौक पर पुराने सिनेमा को पूरे शहर के लिए सांस्कृतिक केंद्र में बदलने का फैसला किया',
  '12.05.2019 — 14:30 | © 2019 | +++ !!! ??? ### 1234567890',
];

function randomText(random: () => number): string {
  const parts: string[] = [];
  const count = 1 + Math.floor(random() * 6);
  for (let i = 0; i < count; i++) {
    const sample = SAMPLES[Math.floor(random() * SAMPLES.length)]!;
    const from = Math.floor(random() * sample.length);
    parts.push(sample.slice(from, from + 20 + Math.floor(random() * 200)));
    if (random() < 0.3) parts.push(String.fromCharCode(Math.floor(random() * 0x3000)));
  }
  return parts.join(random() < 0.5 ? ' ' : '\n');
}

const datasets = resolve(import.meta.dirname, '../../../../shared/datasets');
function developmentTexts(): string[] {
  const out: string[] = [];
  for (const set of ['article-extraction', 'article-extraction-dragnet', 'publication-dates']) {
    const folder = join(datasets, set, 'html');
    if (!existsSync(folder)) continue;
    for (const file of readdirSync(folder).filter((f) => f.endsWith('.html.gz'))) {
      const text = gunzipSync(readFileSync(join(folder, file))).toString('utf8').replace(/<[^>]*>/g, ' ');
      out.push(text.slice(text.length >> 1, (text.length >> 1) + 1_000));
    }
  }
  return out;
}

describe('francLanguage', () => {
  it('names the language franc-min names, on the samples and on random mixtures', () => {
    const random = seededRandom(7);
    const texts = [...SAMPLES, ...Array.from({ length: 3_000 }, () => randomText(random))];
    for (const text of texts) expect(francLanguage(text, 10), text).toBe(franc(text, { minLength: 10 }));
  });

  it('answers "und" where franc does: short, empty, or without letters', () => {
    for (const text of ['', 'short', '1234567890 !!', ' '.repeat(50)]) expect(francLanguage(text, 10)).toBe(franc(text, { minLength: 10 }));
  });

  it('names the language franc-min names on the development pages (when present)', () => {
    for (const text of developmentTexts()) expect(francLanguage(text, 120), text.slice(0, 80)).toBe(franc(text, { minLength: 120 }));
  });
});
