/**
 * A labelled syndication set, generated (seeded) in the team's own words: original stories,
 * reprints of them by other outlets with the edits syndication really makes (new headline,
 * trimmed tail, agency boilerplate around the text, a few words changed), translations (other
 * language, same entities, within a day), and hard negatives: other stories on the same event,
 * organisation and place, some reusing the original's background paragraph word for word.
 */
import type { Article } from '../../shared/domain/model.js';
import { seededRandom } from './random.js';

const PEOPLE = ['Aysel Mammadova', 'Rashad Aliyev', 'Leyla Huseynova', 'Elchin Guliyev', 'Gunel Rzayeva', 'Farid Hasanov', 'Nigar Ismayilova', 'Tural Karimli', 'Sevinj Bagirova', 'Orkhan Safarov', 'Aida Abbasova', 'Kamran Nasirli', 'Lala Jafarova', 'Emin Valiyev', 'Narmin Qasimova', 'Vugar Ahmadov'];
const ORGS = ['Azerbaijan Film Agency', 'Ministry of Culture', 'State Philharmonic', 'National Carpet Museum', 'Union of Composers', 'Baku Book Centre', 'Nizami Cinema Center', 'State Puppet Theatre', 'Academy of Arts', 'Union of Writers'];
const EVENTS = ['Baku Jazz Festival', 'International Mugham Festival', 'Days of Turkic Cinema', 'Baku Book Fair', 'Gabala Music Festival', 'Shusha Poetry Week', 'Caspian Film Forum'];
const PLACES = ['Baku', 'Ganja', 'Shusha', 'Sheki', 'Gabala', 'Lankaran', 'Nakhchivan', 'Tashkent', 'Istanbul'];
const TOPICS = ['dubbing', 'restoration', 'an exhibition', 'a premiere', 'a concert series', 'translation', 'heritage', 'animation', 'documentary film', 'opera', 'ballet', 'poetry', 'carpet weaving', 'jazz'];
const NOUNS = ['audience', 'jury', 'programme', 'collection', 'workshop', 'catalogue', 'residency', 'archive', 'season', 'tour', 'screening', 'master class', 'grant', 'competition'];
const ADJECTIVES = ['young', 'regional', 'international', 'restored', 'digital', 'classical', 'contemporary', 'rare', 'national', 'travelling'];
const VERBS = ['presented', 'announced', 'opened', 'discussed', 'supported', 'hosted', 'completed', 'prepared', 'launched', 'reviewed'];

const OUTLETS = ['azernews', 'trend', 'report', 'apa', 'azertag'] as const;
const REPRINTERS = ['menafn', 'today-az', 'news-az', 'caspian-post', 'baku-tribune'] as const;

/** Sentence shapes; {P} person, {O} organisation, {E} event, {L} place, {T} topic, {N} noun, {A} adjective, {V} verb, {#} number. */
const SENTENCES = [
  '{P} of the {O} said the {E} would give {T} a wider {N} this year.',
  'The {E} opened in {L} on Tuesday with {#} guests and a {A} {N}.',
  'According to {P}, the {O} {V} {#} projects devoted to {T}.',
  'Organisers {V} a {A} {N} for students from {L} and abroad.',
  'The {O} {V} the {N} together with partners from {L}.',
  '{P} noted that {T} had become one of the most visible parts of the {E}.',
  'More than {#} people attended the {A} {N} held at the {O}.',
  'The {N} will travel to {L} after the closing of the {E}.',
  'Critics {V} the {A} {N} as a turning point for {T}.',
  '{P} thanked the {O} for the {A} {N} and the support of volunteers.',
  'This year the {E} includes a {N} on {T} for the first time.',
  'A {A} {N} on {T} is planned in {L} for next spring, {P} added.',
  'The {O} has {V} {#} grants for {T} since the programme began.',
  'Visitors to {L} can see the {A} {N} until the end of the month.',
  '{P} and {P2} {V} the results of the {N} at a press conference.',
  'Speaking in {L}, {P2} said the {O} would expand its {N}.',
  'The {E} first took place in {#} and has grown every year since.',
  'Tickets for the {A} {N} sold out within {#} hours.',
  'Experts from {L} {V} the {N} and praised its attention to {T}.',
  'The closing {N} of the {E} will be broadcast live from {L}.',
  'Among the guests were {P2} and representatives of the {O}.',
  'The {O} plans to publish a {A} {N} about {T} later this year.',
];

const ENGLISH_BOILERPLATE = {
  before: ['MENAFN - AzerNews) ', 'Baku, Azerbaijan — ', '(Trend) — ', 'BAKU — '],
  after: ['Follow us on Twitter and Facebook for the latest news.', 'Legal disclaimer: this content is provided by a third-party provider.', 'The post appeared first on the original outlet. Republished with permission.', 'Subscribe to our newsletter to receive the day’s culture news.'],
};
const SYNONYMS: Readonly<Record<string, string>> = { said: 'stated', opened: 'began', attended: 'visited', plans: 'intends', thanked: 'praised', noted: 'stressed', guests: 'visitors', students: 'pupils' };

export interface LabelledArticle {
  readonly article: Article;
  readonly entityIds: readonly string[];
  /** Story this copy belongs to: pairs with the same story are positives. */
  readonly story: string;
  readonly kind: 'original' | 'reprint' | 'translation' | 'same-topic';
}

interface StoryFrame {
  readonly people: readonly [string, string];
  readonly org: string;
  readonly event: string;
  readonly place: string;
  readonly topic: string;
  readonly publishedMs: number;
}

function idOf(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
}

function makeRandom(seed: number) {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const between = (low: number, high: number): number => low + Math.floor(random() * (high - low + 1));
  return { random, pick, between };
}
type Rand = ReturnType<typeof makeRandom>;

function sentence(r: Rand, frame: StoryFrame): string {
  return r.pick(SENTENCES).replace(/\{(P2|P|O|E|L|T|N|A|V|#)\}/g, (_, slot: string) => {
    switch (slot) {
      case 'P': return frame.people[0];
      case 'P2': return frame.people[1];
      case 'O': return frame.org;
      case 'E': return frame.event;
      case 'L': return frame.place;
      case 'T': return frame.topic;
      case 'N': return r.pick(NOUNS);
      case 'A': return r.pick(ADJECTIVES);
      case 'V': return r.pick(VERBS);
      default: return String(r.between(3, 2000));
    }
  });
}

function paragraphs(r: Rand, frame: StoryFrame, count: number): string[] {
  return Array.from({ length: count }, () => Array.from({ length: r.between(2, 4) }, () => sentence(r, frame)).join(' '));
}

function article(id: string, outlet: string, language: string, title: string, body: readonly string[], publishedMs: number | null): Article {
  const text = body.join('\n\n');
  return {
    id, url: `https://${outlet}.example/${id}`, canonicalUrl: `https://${outlet}.example/${id}`, outlet, sourceId: outlet, sourceName: outlet,
    collections: [], title, authors: [], publishedAt: publishedMs === null ? null : new Date(publishedMs).toISOString(), modifiedAt: null,
    language, section: null, paragraphs: body, text, summary: body[0] ?? '', image: null, contentHash: id,
    fetchedAt: new Date((publishedMs ?? 0) + 3_600_000).toISOString(), parserVersion: 'eval', extractorVersion: 'eval',
  };
}

/** A reprint: other outlet and headline, later, with some of: trimmed tail, boilerplate, synonyms. */
function reprint(r: Rand, body: readonly string[], title: string): { body: string[]; title: string; delayMs: number } {
  let copy = [...body];
  if (r.random() < 0.5) copy = copy.slice(0, Math.max(2, Math.ceil(copy.length * (0.5 + r.random() * 0.4))));
  if (r.random() < 0.4) copy = copy.map((p) => p.replace(/\b(said|opened|attended|plans|thanked|noted|guests|students)\b/g, (w) => (r.random() < 0.6 ? SYNONYMS[w] ?? w : w)));
  if (r.random() < 0.6) copy[0] = r.pick(ENGLISH_BOILERPLATE.before) + copy[0];
  if (r.random() < 0.6) copy.push(r.pick(ENGLISH_BOILERPLATE.after));
  const newTitle = r.random() < 0.7 ? `${title.split(' ').slice(0, 4).join(' ')}: ${r.pick(ADJECTIVES)} ${r.pick(NOUNS)} news` : title;
  return { body: copy, title: newTitle, delayMs: r.between(20, 36 * 60) * 60_000 };
}

/** A stand-in second language: every word respelt, so no shingle survives but entities do. */
function translate(text: string): string {
  return text.replace(/\p{L}+/gu, (word) => `${[...word].reverse().join('')}ov`);
}

export interface LabelledSet {
  readonly articles: readonly LabelledArticle[];
  readonly counts: Readonly<Record<LabelledArticle['kind'], number>>;
}

/** `stories` originals; each gets 0–4 reprints, a third a translation, half a same-topic story. */
export function generateLabelledSet(stories: number, seed: number): LabelledSet {
  const r = makeRandom(seed);
  const out: LabelledArticle[] = [];
  const start = Date.UTC(2025, 0, 1);
  for (let s = 0; s < stories; s += 1) {
    const people: [string, string] = [r.pick(PEOPLE), r.pick(PEOPLE)];
    const frame: StoryFrame = { people, org: r.pick(ORGS), event: r.pick(EVENTS), place: r.pick(PLACES), topic: r.pick(TOPICS), publishedMs: start + r.between(0, 300) * 86_400_000 + r.between(6, 20) * 3_600_000 };
    const entityIds = [...new Set([...people, frame.org, frame.event, frame.place].map(idOf))];
    const body = paragraphs(r, frame, r.between(4, 9));
    const title = `${frame.event} brings ${frame.topic} to ${frame.place}`;
    const story = `s${seed}-${s}`;
    out.push({ article: article(`${story}-o`, r.pick(OUTLETS), 'en', title, body, frame.publishedMs), entityIds, story, kind: 'original' });
    const copies = r.between(0, 4);
    for (let c = 0; c < copies; c += 1) {
      const edited = reprint(r, body, title);
      const dated = r.random() < 0.9 ? frame.publishedMs + edited.delayMs : null;
      out.push({ article: article(`${story}-r${c}`, r.pick(REPRINTERS), 'en', edited.title, edited.body, dated), entityIds, story, kind: 'reprint' });
    }
    if (r.random() < 0.33) {
      const translated = body.map(translate);
      out.push({ article: article(`${story}-t`, 'trend-ru', 'ru', translate(title), translated, frame.publishedMs + r.between(1, 20) * 3_600_000), entityIds, story, kind: 'translation' });
    }
    if (r.random() < 0.5) {
      // Same event, organisation and place, other people, within days; sometimes the same background paragraph.
      const sibling: StoryFrame = { ...frame, people: [r.pick(PEOPLE), r.pick(PEOPLE)], topic: r.pick(TOPICS), publishedMs: frame.publishedMs + r.between(-3, 3) * 86_400_000 };
      const siblingBody = paragraphs(r, sibling, r.between(4, 9));
      if (r.random() < 0.5) siblingBody.push(body[body.length - 1]!);
      const siblingIds = [...new Set([...sibling.people, sibling.org, sibling.event, sibling.place].map(idOf))];
      const language = r.random() < 0.3 ? 'ru' : 'en';
      const text = language === 'ru' ? siblingBody.map(translate) : siblingBody;
      out.push({ article: article(`${story}-n`, r.pick(OUTLETS), language, `${sibling.event}: ${sibling.topic} in ${sibling.place}`, text, sibling.publishedMs), entityIds: siblingIds, story: `${story}-n`, kind: 'same-topic' });
    }
  }
  // Arrival order is not publication order: reprints are sometimes fetched before the original.
  const shuffled = out.map((item) => ({ item, key: r.random() })).sort((a, b) => a.key - b.key).map((x) => x.item);
  const counts = { original: 0, reprint: 0, translation: 0, 'same-topic': 0 };
  for (const item of out) counts[item.kind] += 1;
  return { articles: shuffled, counts };
}
