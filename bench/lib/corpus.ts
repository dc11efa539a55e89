/**
 * A deterministic synthetic corpus of cultural-news pages for benchmarks: realistic page chrome
 * (menus, related links, footers), 4–9 paragraphs of prose with people, organisations, events
 * and places, spread over outlets, languages and six years of dates.
 */
import { loadavg } from 'node:os';
import type { RawPage } from '../../shared/domain/model.js';
import { seededRandom } from './random.js';

const FIRST = ['Aysel', 'Rashad', 'Leyla', 'Elchin', 'Gunel', 'Farid', 'Nigar', 'Tural', 'Sevinj', 'Orkhan', 'Aida', 'Kamran', 'Lala', 'Emin', 'Narmin', 'Vugar'];
const LAST = ['Mammadova', 'Aliyev', 'Huseynova', 'Guliyev', 'Rzayeva', 'Hasanov', 'Ismayilova', 'Karimli', 'Bagirova', 'Safarov', 'Abbasova', 'Nasirli', 'Jafarova', 'Valiyev'];
const ORGS = ['Azerbaijan Film Agency', 'Ministry of Culture', 'Azerbaijan State Philharmonic', 'National Carpet Museum', 'Union of Composers', 'Baku Book Centre', 'Nizami Cinema Center', 'State Puppet Theatre', 'Academy of Arts', 'Union of Writers'];
const EVENTS = ['Baku Jazz Festival', 'International Mugham Festival', 'Days of Turkic Cinema', 'Baku Book Fair', 'Gabala Music Festival', 'Shusha Poetry Week', 'Caspian Film Forum'];
const PLACES = ['Baku', 'Ganja', 'Shusha', 'Sheki', 'Gabala', 'Lankaran', 'Nakhchivan', 'Tashkent', 'Istanbul', 'Paris'];
const TOPICS = ['dubbing', 'restoration', 'exhibition', 'premiere', 'festival', 'concert', 'translation', 'heritage', 'animation', 'documentary', 'opera', 'ballet', 'poetry', 'carpet weaving', 'jazz'];
const FILLER = 'The programme brought together artists, critics and students from several countries and drew a large audience to the venue over the weekend'.split(' ');
const OUTLETS = [
  ['www.azernews.az', 'en'], ['en.trend.az', 'en'], ['report.az', 'en'], ['en.apa.az', 'en'],
  ['culture.gov.az', 'az'], ['news.day.az', 'ru'], ['azertag.az', 'en'], ['news.az', 'en'],
] as const;

export interface CorpusPage {
  readonly url: string;
  readonly html: string;
  readonly topic: string;
}

export function* generateCorpus(count: number, seed = 42): Generator<CorpusPage> {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  for (let i = 0; i < count; i += 1) {
    const [host, lang] = pick(OUTLETS);
    const topic = pick(TOPICS);
    const event = pick(EVENTS);
    const org = pick(ORGS);
    const place = pick(PLACES);
    const person = `${pick(FIRST)} ${pick(LAST)}`;
    const date = new Date(Date.UTC(2020 + Math.floor(random() * 6), Math.floor(random() * 12), 1 + Math.floor(random() * 28), 9)).toISOString();
    const title = `${event} puts ${topic} in the spotlight in ${place}`;
    const paragraphs = [
      `The ${event} opened in ${place} with a programme devoted to ${topic}, organised by the ${org}.`,
      `${person}, Director of the ${org}, said that the ${topic} projects of this year would reach new audiences.`,
    ];
    const extra = 2 + Math.floor(random() * 6);
    for (let p = 0; p < extra; p += 1) {
      const words = Array.from({ length: 25 + Math.floor(random() * 30) }, () => (random() < 0.1 ? pick(TOPICS) : pick(FILLER)));
      paragraphs.push(`${words.join(' ')}.`.replace(/^./, (c) => c.toUpperCase()));
    }
    const url = `https://${host}/culture/${100000 + i}.html`;
    yield { url, topic, html: page(title, paragraphs, { url, lang, date, host }) };
  }
}

function page(title: string, paragraphs: readonly string[], meta: { url: string; lang: string; date: string; host: string }): string {
  return `<!DOCTYPE html><html lang="${meta.lang}"><head><meta charset="utf-8"><title>${title}</title>
<link rel="canonical" href="${meta.url}"><meta property="article:published_time" content="${meta.date}">
<meta property="og:site_name" content="${meta.host}"></head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/culture">Culture</a></li><li><a href="/politics">Politics</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
<main><article><h1>${title}</h1><time datetime="${meta.date}">${meta.date.slice(0, 10)}</time>
<div class="article-body">${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</div></article>
<aside class="related"><h3>Related news</h3><ul><li><a href="/a">Exhibition opens in Sheki</a></li><li><a href="/b">New film premieres in Baku</a></li></ul></aside></main>
<footer><p>© ${meta.host}. All rights reserved.</p></footer></body></html>`;
}

/** Percentile of a sorted array of numbers (nearest-rank). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] as number;
}

/** The corpus's words, for benchmarks that query it (eval:web). */
export const CORPUS_VOCABULARY = { people: { first: FIRST, last: LAST }, organisations: ORGS, events: EVENTS, places: PLACES, topics: TOPICS } as const;

const encoder = new TextEncoder();

/** A generated page as the fetcher would hand it over (status 200, UTF-8 HTML). */
export function corpusRawPage(page: Pick<CorpusPage, 'url' | 'html'>): RawPage {
  return { url: page.url, finalUrl: page.url, fetchedAt: '2026-11-26T00:00:00.000Z', status: 200, headers: { 'content-type': 'text/html; charset=utf-8' }, body: encoder.encode(page.html) };
}

/** The machine's load, printed with the figures: timings from a shared machine are not quiet-machine figures. */
export function loadAverage(): string {
  return `load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`;
}
