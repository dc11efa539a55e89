import { describe, expect, it, vi } from 'vitest';
import { baseForms, inflectedCueType } from '../../../shared/domain/extract/inflection.js';
import { CASE_ENDINGS, CUE_STEMS, DAY_NOUNS, EXAMPLE_HEADS, INDEFINITE_ARTICLES, PERSON_TITLE_WORDS, singularOf, canonSpelling, MASCULINE_NOMINATIVE_SURNAME, ORG_CUE_WORDS, PROFILES, TITLE_WORD_SET, grammarOf, romanisationOfScript } from '../../../shared/domain/extract/languages/index.js';
import { nameMorphology } from '../../../shared/domain/extract/morphology.js';
import { gazetteerType } from '../../../shared/domain/extract/names.js';
import { reportingContext } from '../../../shared/domain/extract/parts.js';
import { prepare } from '../../../shared/domain/extract/tokens.js';
import { extract, find } from './helpers.js';
import { wordsOf, type LanguageProfile } from '../../../shared/domain/extract/languages/types.js';
import type { ExtractedEntity } from '../../../shared/domain/extract/index.js';
import { foldText } from '../../../shared/domain/text/fold.js';

describe('language profiles', () => {
  it('English names read the first profile of a script with a romanisation: Azerbaijani for Latin (Turkish has none yet), Russian for Cyrillic', () => {
    const byCode = (code: string) => PROFILES.find((p) => p.code === code)?.romanisation;
    expect(romanisationOfScript('latin')).toBe(byCode('az'));
    expect(romanisationOfScript('cyrillic')).toBe(byCode('ru'));
    expect(byCode('tr')).toBeUndefined();
    // Every context reading reads the letter it is filed under.
    for (const r of byCode('ru')?.contextReadings ?? []) expect(r.at.sticky && r.at.source.replace(/^\^|\(\?<=[^)]*\)/g, '').startsWith(r.letter)).toBe(true);
  });

  it('one profile per language, each with its own code', () => {
    expect(PROFILES.map((p) => p.code).sort()).toEqual(['az', 'en', 'ru', 'tr']);
  });

  it.each(PROFILES.map((p) => [p.code, p] as const))('%s: every word is stored folded, as tokens are keyed', (_code, p) => {
    const all = [
      ...wordsOf(p.cues.organisation), ...wordsOf(p.cues.event), ...wordsOf(p.cues.project), ...wordsOf(p.cues.place ?? ''),
      ...wordsOf(p.titleWords), ...wordsOf(p.titleModifiers), ...wordsOf(p.months), ...wordsOf(p.stopWords), ...p.honorifics,
      ...(p.cueStems ?? []).map(([stem]) => stem), ...(p.roleStems ?? []).map(([stem]) => stem), ...(p.quoteCueStems ?? []).map(([stem]) => stem),
      ...wordsOf(p.genericEventAdjectives ?? ''), ...wordsOf(p.honorificStems ?? ''), ...wordsOf(p.subunitStems ?? ''),
      ...wordsOf(p.ministerStems ?? ''), ...wordsOf(p.ministryStems ?? ''), ...wordsOf(p.andWords ?? ''), ...wordsOf(p.roleBreakWords ?? ''),
      ...wordsOf(p.orWords ?? ''), ...(p.reportingAfter ?? []), ...(p.reportingBefore ?? []), ...(p.caseEndings ?? []),
      ...wordsOf(p.titleNamingWords ?? ''), ...wordsOf(p.pageMarkers ?? ''), ...wordsOf(p.genericModifiers ?? ''),
      ...wordsOf(p.nameFunctionWords ?? ''), ...wordsOf(p.commonTitleWords ?? ''), ...wordsOf(p.determiners ?? ''), ...wordsOf(p.topicWords ?? ''), ...wordsOf(p.nationalities ?? ''),
      ...wordsOf(p.speechOpeners ?? ''), ...wordsOf(p.titleLeadIns ?? ''), ...wordsOf(p.missionHeads ?? ''), ...wordsOf(p.adjectiveEndings ?? ''),
      ...wordsOf(p.roleNouns ?? ''), ...wordsOf(p.unitNouns ?? ''), ...wordsOf(p.referenceHeads ?? ''), ...wordsOf(p.memberListHeads ?? ''),
      ...wordsOf(p.referenceRoles ?? ''), ...Object.entries(p.spellingVariants ?? {}).flat(),
      ...wordsOf(p.subunitNouns ?? ''), ...wordsOf(p.genericTitles ?? ''), ...wordsOf(p.mediaWords ?? ''), ...wordsOf(p.institutionPlaces ?? ''),
      ...wordsOf(p.sharedNameWords ?? ''), ...wordsOf(p.comparedCueHeads ?? ''),
      ...wordsOf(p.namingVerbs ?? ''), ...Object.values(p.exampleHeads ?? {}).flatMap(wordsOf), ...wordsOf(p.kinNouns ?? ''), ...wordsOf(p.singularPlurals ?? ''),
      ...wordsOf(p.roleGapWords ?? ''), ...(p.exampleMarkers ?? []), ...wordsOf(p.roleChainWords ?? ''),
      ...Object.values(p.titleCuesBefore ?? {}).flatMap(wordsOf), ...Object.values(p.titleCuesAfter ?? {}).flatMap(wordsOf),
      ...wordOrderWords(p),
    ];
    for (const w of all) expect(foldText(w), w).toBe(w.replace(/-/g, ' '));
  });

  it('the engine reads the union of all profiles', () => {
    for (const p of PROFILES) {
      for (const w of wordsOf(p.cues.organisation)) expect(ORG_CUE_WORDS.has(w)).toBe(true);
      for (const w of wordsOf(p.titleWords)) expect(TITLE_WORD_SET.has(w)).toBe(true);
      for (const s of p.cueStems ?? []) expect(CUE_STEMS).toContain(s);
    }
  });

  it('the English words the engine reads come from the profile: examples, kin, naming verbs, references, spellings', () => {
    for (const p of PROFILES) {
      for (const [type, ws] of Object.entries(p.exampleHeads ?? {})) for (const w of wordsOf(ws)) expect(EXAMPLE_HEADS.get(w)).toBe(type);
      for (const [from, to] of Object.entries(p.spellingVariants ?? {})) expect(canonSpelling(from)).toBe(to);
    }
    expect(canonSpelling('museum')).toBe('museum');
    expect(find(extract('The gallery hosted festivals like Silver Lantern and Amber Dunes last spring.'), 'event', 'Amber Dunes')).toBeDefined();
    expect(find(extract('The town supports projects such as Green Courtyards and Open Shelves.'), 'project', 'Open Shelves')).toBeDefined();
    expect(find(extract('The painter came with his uncle, Tofiq, a retired engineer.'), 'person', 'Tofiq')).toBeDefined();
    expect(find(extract('An exhibition themed Northern Tides opened in Ganja on Monday.'), 'event', 'Northern Tides')).toBeDefined();
    const staff = extract("Guests met the staff of the Caspian Puppet Theatre. The theatre's director, Leyla Rzayeva, spoke first.");
    expect(find(staff, 'person', 'Leyla Rzayeva')?.affiliation).toBe('Caspian Puppet Theatre');
  });

  it('a word is read by the case grammar of its script, and only in a language with case endings', () => {
    const byCode = (code: string) => PROFILES.find((p) => p.code === code)?.grammar;
    expect(grammarOf({ text: 'Министерства', inflected: true })).toBe(byCode('ru'));
    expect(grammarOf({ text: 'Muzeyin', inflected: true })).toBe(byCode('az'));
    expect(grammarOf({ text: 'Museum', inflected: false })).toBeUndefined();
    // The engine holds no endings of its own: every case-ending language with a script brings its grammar.
    for (const p of PROFILES) if (p.morphology === 'plain') expect(p.grammar).toBeUndefined();
  });

  it('each profile names its script, and a word is read with the cue stems of its own script only', () => {
    for (const p of PROFILES) expect(['latin', 'cyrillic']).toContain(p.script);
    // "театральный" is Russian "theatrical", no Latin "teatr" + an Azerbaijani ending.
    expect(inflectedCueType(foldText('Театра'), true)).toBe('organisation');
    expect(inflectedCueType(foldText('театральный'), true)).toBeNull();
    expect(inflectedCueType(foldText('Teatrında'), false)).toBe('organisation');
  });

  it('case endings come from the profiles, longest first, and find a place\'s base form', () => {
    const all = PROFILES.flatMap((p) => p.caseEndings ?? []);
    expect(new Set(CASE_ENDINGS)).toEqual(new Set(all));
    for (let i = 1; i < CASE_ENDINGS.length; i++) expect((CASE_ENDINGS[i - 1] ?? '').length).toBeGreaterThanOrEqual((CASE_ENDINGS[i] ?? '').length);
    expect(baseForms(foldText('Bakıdan'))).toContain('baki');
    expect(baseForms(foldText('Москве'))).toContain('moskv');
    for (const p of PROFILES) if (p.morphology === 'plain') expect(p.caseEndings).toBeUndefined();
  });

  it('a word whose stem changes is compared by its dictionary form only in a case-ending language', () => {
    const ru = PROFILES.find((p) => p.code === 'ru');
    const en = PROFILES.find((p) => p.code === 'en');
    if (!ru || !en) throw new Error('profiles missing');
    expect(nameMorphology(ru).wordKey(foldText('дня'))).toBe(foldText('день'));
    expect(nameMorphology(ru).wordKey(foldText('днями'))).toBe(foldText('днями'));
    expect(nameMorphology(en).wordKey(foldText('дня'))).toBe(foldText('дня'));
  });
});

describe('reporting phrases from the profiles', () => {
  /** Is the capitalised run [a, b) of the first sentence in a reporting context? */
  const reporting = (text: string, a: number, b: number): boolean => reportingContext(prepare(text).sentences[0]?.tokens ?? [], a, b);

  it('reads a phrase after the outlet, one word or two', () => {
    expect(reporting('Trend reports that the festival opens.', 0, 1)).toBe(true);
    expect(reporting('APA xəbər verir ki, festival açılır.', 0, 1)).toBe(true);
    expect(reporting('APA xəbər aldı ki, festival açılır.', 0, 1)).toBe(false);
    // A person says things too: "said" is no evidence of an outlet.
    expect(reporting('Trend said the festival opens.', 0, 1)).toBe(false);
  });

  it('reads a phrase before the outlet, past an article', () => {
    expect(reporting('The festival opens, told the Trend.', 6, 7)).toBe(true);
    expect(reporting('Фестиваль открылся, как сообщает Trend.', 5, 6)).toBe(true);
    expect(reporting('Фестиваль открылся, как видит Trend.', 5, 6)).toBe(false);
  });
});

describe('conjunctions from the profiles', () => {
  it('a quoted title listed after a typed one by any profile\'s "and"/"or" shares its type', () => {
    for (const text of [
      'The festival showed the film "Silent Harbour" and "Grey Morning" to students.',
      'Festivalda "Sakit Liman" filmi və ya "Boz Səhər" göstəriləcək.',
      'На фестивале покажут фильм «Тихая гавань» или «Серое утро».',
    ]) {
      const works = extract(text).filter((e) => e.type === 'work').map((e) => e.name);
      expect(works.length, text).toBe(2);
    }
  });
});

describe('name endings from the profiles', () => {
  it('a man\'s surname in the nominative, in either script, and not its oblique case', () => {
    for (const w of ['гейдаров', 'алиев', 'пушкин', 'qarayev', 'salahov']) expect(MASCULINE_NOMINATIVE_SURNAME.test(w), w).toBe(true);
    for (const w of ['гейдарова', 'алиеву', 'qarayevin', 'salahova']) expect(MASCULINE_NOMINATIVE_SURNAME.test(w), w).toBe(false);
  });

  it('a case ending closes an Azerbaijani cue word, never a Russian one', () => {
    const az = grammarOf({ text: 'Mərkəzində', inflected: true });
    expect(az?.cueClosingCase?.test(foldText('Mərkəzində'))).toBe(true);
    expect(az?.cueClosingCase?.test(foldText('Mərkəzi'))).toBe(false);
    expect(grammarOf({ text: 'Центре', inflected: true })?.cueClosingCase).toBeUndefined();
  });
});

describe('place forms from the profiles', () => {
  it('a place led by an adjective in an oblique case is found through its dictionary form', () => {
    expect(gazetteerType(foldText('Южную Корею'), false, true)).toBe('place');
    expect(gazetteerType(foldText('Северной Корее'), false, true)).toBe('place');
    // Only in a text with case endings.
    expect(gazetteerType(foldText('Южную Корею'), false, false)).toBeNull();
  });
});

/** The words of a profile's word-order fields (the English grammar words the rules test). */
function wordOrderWords(p: LanguageProfile): string[] {
  const strings = [
    p.genitivePrepositions, p.affiliationPrepositions, p.locativePrepositions, p.cueOnlyJoiners, p.articles, p.definiteArticles,
    p.indefiniteArticles, p.referenceDeterminers, p.copulas, p.appointmentVerbs, p.appointmentMarkers, p.subordinationPrepositions,
    p.governmentHeads, p.stateModifiers, p.yearNouns, p.dayNouns, p.boardNouns, p.titledUnitNouns, p.authorPrepositions,
    p.abbreviations, p.nonPersonTitles,
  ];
  return [
    ...strings.flatMap((s) => wordsOf(s ?? '')), ...(p.memberListMarkers ?? []), ...(p.dedicationPhrases ?? []), ...(p.adaptationPhrases ?? []),
    ...Object.values(p.trailingNameNouns ?? {}).flatMap(wordsOf), ...(p.pluralEndings ?? []).flat().filter(Boolean),
  ];
}

type Check = (entities: readonly ExtractedEntity[]) => boolean;
const affiliated = (person: string, org: string): Check => (es) => find(es, 'person', person)?.affiliation === org;
const named = (type: ExtractedEntity['type'], name: string): Check => (es) => find(es, type, name) !== undefined;

/**
 * The extractor built on an English profile that lacks `field`. The engine reads the profiles'
 * unions when its modules load, so the modules are loaded afresh after the field is emptied.
 */
async function extractorWithout(field: keyof LanguageProfile): Promise<(text: string) => ExtractedEntity[]> {
  vi.resetModules();
  const { ENGLISH } = await import('../../../shared/domain/extract/languages/en.js');
  Object.assign(ENGLISH, { [field]: undefined });
  const { extractEntities } = await import('../../../shared/domain/extract/index.js');
  return (text) => extractEntities({ text });
}

describe('word order from the profiles: each rule reads its grammar words through the profile', () => {
  const cases: readonly (readonly [keyof LanguageProfile, string, Check])[] = [
    ['genitivePrepositions', 'Turan Mammadli of the Azerbaijan Film Agency spoke at the opening.', affiliated('Turan Mammadli', 'Azerbaijan Film Agency')],
    ['affiliationPrepositions', 'Leyla Rzayeva, a researcher at the Caspian Music Institute, said the archive was growing.', affiliated('Leyla Rzayeva', 'Caspian Music Institute')],
    ['articles', 'Leyla Rzayeva, a researcher at the Caspian Music Institute, said the archive was growing.', (es) => find(es, 'person', 'Leyla Rzayeva')?.role === 'researcher'],
    ['definiteArticles', 'Turan Mammadli of the Azerbaijan Film Agency spoke at the opening.', named('organisation', 'Azerbaijan Film Agency')],
    ['locativePrepositions', 'The Embassy in Georgia hosted a reception for painters.', named('organisation', 'Embassy in Georgia')],
    ['cueOnlyJoiners', 'The show Amber Nights on Caspian Radio drew many listeners.', named('organisation', 'Caspian Radio')],
    ['referenceDeterminers', "Guests met the staff of the Sheki Puppet Theatre. The theatre's director, Kamala Aliyeva, spoke first.", affiliated('Kamala Aliyeva', 'Sheki Puppet Theatre')],
    ['copulas', "Nigar Hasanova is the Ganja Film Agency's chief editor.", affiliated('Nigar Hasanova', 'Ganja Film Agency')],
    ['appointmentVerbs', 'Rashad Aliyev has been elected chairman of the Caspian Writers Union.', affiliated('Rashad Aliyev', 'Caspian Writers Union')],
    ['appointmentMarkers', 'Rashad Aliyev was appointed as director of the Ganja Puppet Theatre last week.', affiliated('Rashad Aliyev', 'Ganja Puppet Theatre')],
    ['memberListMarkers', 'The Caspian Potters Union held its congress in Sheki. The board of the union was renewed; among them are Elvin Mammadov and Sabina Guliyeva.', affiliated('Sabina Guliyeva', 'Caspian Potters Union')],
    ['subordinationPrepositions', 'The Youth Foundation under the President of Azerbaijan opened a new call for grants.', named('organisation', 'Youth Foundation under the President of Azerbaijan')],
    ['governmentHeads', 'The Youth Foundation under the President of Azerbaijan opened a new call for grants.', named('organisation', 'Youth Foundation under the President of Azerbaijan')],
    ['dedicationPhrases', 'The Lankaran Drama Theatre named after Jalil Safarov staged a new play.', named('organisation', 'Lankaran Drama Theatre named after Jalil Safarov')],
    ['stateModifiers', 'Visitors came to the Gobustan National Historical Reserve on Sunday.', named('organisation', 'Gobustan National Historical Reserve')],
    ['yearNouns', 'The Year of Nizami Ganjavi was declared by a decree in January.', named('project', 'Year of Nizami Ganjavi')],
    ['boardNouns', 'Chairman of the Caspian Silk OJSC Board Anar Valiyev visited the plant.', affiliated('Anar Valiyev', 'Caspian Silk OJSC')],
    ['titledUnitNouns', 'Yesterday the Harbour Council Committee Chairman said the budget was ready.', named('organisation', 'Harbour Council')],
    ['trailingNameNouns', 'Later the Blue Caspian company signed a deal with the city.', named('organisation', 'Blue Caspian')],
    ['pluralEndings', 'The Lantern Academies opened their doors in Ganja.', (es) => !es.some((e) => e.name === 'Lantern Academies')],
    ['authorPrepositions', 'By Leyla Rzayeva – Caspian Herald', affiliated('Leyla Rzayeva', 'Caspian Herald')],
    ['adaptationPhrases', 'The studio shot a film based on "The Stone Dream" last year.', named('work', 'The Stone Dream')],
  ];

  it.each(cases)('%s', async (field, text, holds) => {
    expect(holds(extract(text)), 'with the field').toBe(true);
    expect(holds((await extractorWithout(field))(text)), 'with the field emptied').toBe(false);
  });

  it('abbreviations: a full stop after one ends no sentence', async () => {
    const text = 'The shop sold pianos, drums etc. to the new music school in Ganja.';
    expect(prepare(text).sentences).toHaveLength(1);
    vi.resetModules();
    const { ENGLISH } = await import('../../../shared/domain/extract/languages/en.js');
    Object.assign(ENGLISH, { abbreviations: undefined });
    const tokens = await import('../../../shared/domain/extract/tokens.js');
    expect(tokens.prepare(text).sentences).toHaveLength(2);
  });

  it('the unions hold the words of the fields no sentence above turns on', () => {
    // Titles a place or a group may follow ("host Baku") prove no person; the others do.
    expect(PERSON_TITLE_WORDS.has('director')).toBe(true);
    expect(PERSON_TITLE_WORDS.has('host')).toBe(false);
    expect(INDEFINITE_ARTICLES.has('an')).toBe(true);
    expect(DAY_NOUNS.has('day')).toBe(true);
    expect(singularOf('academies')).toBe('academy');
    expect(singularOf('centers')).toBe('center');
    expect(singularOf('museum')).toBe('');
  });
});
