import { describe, expect, it } from 'vitest';
import { stableId } from '../../../shared/domain/hash.js';
import { createResolver } from '../../../shared/domain/resolve/index.js';
import { personKey } from '../../../shared/domain/resolve/keys.js';
import type { EntityType } from '../../../shared/domain/model.js';

const resolver = createResolver();
const id = (type: EntityType, name: string, aliases: string[] = []): string => resolver.resolve({ type, name, aliases }).id;

describe('resolver: folding and transliteration', () => {
  it.each([
    ['Gunay Rəhimova', 'Gunay Rahimova', 'Gunay Ragimova', 'Günay Rəhimova', 'Гюнай Рагимова'],
    ['Üzeyir Hacıbəyov', 'Uzeyir Hajibeyov', 'Uzeyir Gadzhibekov', 'Узеир Гаджибеков'],
    ['Xədicə Quliyeva', 'Khadija Guliyeva', 'Khadija Kulieva'],
    ['Elçin Məmmədov', 'Elchin Mammadov', 'Elchin Mamedov'],
    ['Ilham Aliyev', 'Ilham Aliev', 'Ильхам Алиев'],
  ])('one person id for every spelling of %s', (...spellings) => {
    const ids = new Set(spellings.map((s) => id('person', s)));
    expect(ids.size).toBe(1);
  });

  it('keeps different people apart', () => {
    expect(id('person', 'Gunay Rahimova')).not.toBe(id('person', 'Gunay Rahimli'));
    expect(id('person', 'Rashad Azizov')).not.toBe(id('person', 'Rashad Aliyev'));
    expect(personKey('Leyla Aliyeva')).not.toBe(personKey('Leyla Valiyeva'));
  });

  it('is the stableId of type and key, stable across calls and resolver instances', () => {
    const a = createResolver().resolve({ type: 'person', name: 'Rashad Azizov', aliases: [] });
    const b = createResolver().resolve({ type: 'person', name: 'Rəşad Əzizov', aliases: ['Əzizov'] });
    expect(a.id).toBe(b.id);
    expect(a.id).toBe(stableId('person', personKey('Rashad Azizov')));
    expect(b.evidence[0]?.rule).toBe('folding');
  });

  it('separates types', () => {
    expect(id('person', 'Shusha')).not.toBe(id('place', 'Shusha'));
  });

  it('uses the fullest alias for a person given by surname only', () => {
    expect(id('person', 'Baghirova', ['Sabina Baghirova'])).toBe(id('person', 'Sabina Baghirova'));
  });
});

describe('resolver: organisations', () => {
  it('"<Country> X Ministry" ≡ "Ministry of X [of <Country>]"', () => {
    const forms = ['Ministry of Culture', 'Culture Ministry', 'Azerbaijan Culture Ministry', 'Ministry of Culture of Azerbaijan', 'Ministry of Culture of the Republic of Azerbaijan'];
    expect(new Set(forms.map((f) => id('organisation', f))).size).toBe(1);
    const forms2 = ['Ministry of Science and Education', 'Azerbaijan Science and Education Ministry', 'Ministry of Science and Education of Azerbaijan'];
    expect(new Set(forms2.map((f) => id('organisation', f))).size).toBe(1);
    expect(id('organisation', 'Ministry of Youth and Sports')).not.toBe(id('organisation', 'Ministry of Culture'));
  });

  it('folds theatre/theater, centre/center and word order', () => {
    expect(id('organisation', 'Azerbaijan State Puppet Theatre')).toBe(id('organisation', 'State Puppet Theater'));
    expect(id('organisation', 'Union of Theatre Workers')).toBe(id('organisation', 'Theatre Workers Union'));
    expect(id('organisation', 'Nizami Cinema Centre')).toBe(id('organisation', 'Nizami Cinema Center'));
  });

  it('resolves known acronyms and long forms through the alias table', () => {
    const r = resolver.resolve({ type: 'organisation', name: 'TURKSOY', aliases: [] });
    expect(r.id).toBe(id('organisation', 'International Organization of Turkic Culture'));
    expect(r.evidence[0]?.rule).toBe('alias-table');
    expect(id('organisation', 'UNESCO')).toBe(id('organisation', 'United Nations Educational, Scientific and Cultural Organization'));
    expect(id('organisation', 'ANAS')).toBe(id('organisation', 'Azerbaijan National Academy of Sciences'));
  });

  it('resolves an acronym to the long form the same article spelled out', () => {
    const short = resolver.resolve({ type: 'organisation', name: 'AWU', aliases: ['Azerbaijan Writers Union'] });
    const long = resolver.resolve({ type: 'organisation', name: 'Azerbaijan Writers Union', aliases: ['AWU'] });
    expect(short.id).toBe(long.id);
    expect(long.evidence).toEqual([{ rule: 'acronym', detail: '"AWU" spells "Azerbaijan Writers Union"' }]);
  });

  it('keeps the name as given for display', () => {
    expect(resolver.resolve({ type: 'organisation', name: 'Culture Ministry', aliases: [] }).name).toBe('Culture Ministry');
  });

  it('gives event editions one id', () => {
    expect(id('event', 'IV Baku International Theatre Conference')).toBe(id('event', 'Baku International Theater Conference'));
    expect(id('event', 'Baku Jazz Festival 2025')).toBe(id('event', 'Baku Jazz Festival'));
  });
});

describe('resolver: places', () => {
  it('joins the usual Azerbaijani, English and Russian names of well-known places', () => {
    expect(new Set(['Baku', 'Bakı', 'Баку'].map((n) => id('place', n))).size).toBe(1);
    expect(new Set(['Shaki', 'Sheki', 'Şəki'].map((n) => id('place', n))).size).toBe(1);
    expect(id('place', 'Baku')).not.toBe(id('place', 'Ganja'));
  });
});
