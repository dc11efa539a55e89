import { describe, expect, it } from 'vitest';
import { aggregate, prf, scoreDocument, type GoldEntity } from '../../../bench/lib/entity-scoring.js';

const gold: GoldEntity[] = [
  { type: 'person', name: 'Leyla Huseynova', aliases: ['Huseynova'], affiliation: 'State Puppet Theatre' },
  { type: 'organisation', name: 'State Puppet Theatre', aliases: ['Puppet Theatre'] },
  { type: 'person', name: 'Orkhan Bagirov', aliases: [], uncertain: true },
  { type: 'event', name: 'Spring Puppet Days', aliases: [] },
];

describe('entity scoring', () => {
  it('matches normalised names and aliases per type, each gold entity once', () => {
    const s = scoreDocument(gold, [
      { type: 'person', name: 'Leyla Hüseynova' },
      { type: 'person', name: 'Huseynova' },
      { type: 'organisation', name: 'the Puppet Theatre' },
      { type: 'organisation', name: 'Puppet Theatre' },
    ]);
    // "Huseynova" matches the same gold person, already taken: a false positive.
    expect(s.perType.person).toEqual({ tp: 1, fp: 1, fn: 0 });
    // Duplicate predictions (by normalised name) count once.
    expect(s.perType.organisation).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(s.perType.event).toEqual({ tp: 0, fp: 0, fn: 1 });
  });

  it('leaves uncertain gold neutral either way', () => {
    const hit = scoreDocument(gold, [{ type: 'person', name: 'Orkhan Bagirov' }]);
    expect(hit.perType.person).toEqual({ tp: 0, fp: 0, fn: 1 });
    const miss = scoreDocument(gold, []);
    expect(miss.perType.person.fn).toBe(1);
  });

  it('matches certain gold first so an uncertain entity never takes a match away', () => {
    const g: GoldEntity[] = [
      { type: 'place', name: 'Shusha', aliases: [], uncertain: true },
      { type: 'place', name: 'Shusha City', aliases: ['Shusha'] },
    ];
    expect(scoreDocument(g, [{ type: 'place', name: 'Shusha' }]).perType.place).toEqual({ tp: 1, fp: 0, fn: 0 });
  });

  it('does not match across types', () => {
    const s = scoreDocument(gold, [{ type: 'organisation', name: 'Spring Puppet Days' }]);
    expect(s.perType.organisation.fp).toBe(1);
    expect(s.perType.event.fn).toBe(1);
  });

  it('scores person→affiliation pairs through the organisation aliases', () => {
    const ok = scoreDocument(gold, [{ type: 'person', name: 'Leyla Huseynova', affiliation: 'Puppet Theatre' }]);
    expect(ok.pairs).toEqual({ tp: 1, fp: 0, fn: 0 });
    const wrong = scoreDocument(gold, [{ type: 'person', name: 'Leyla Huseynova', affiliation: 'Spring Puppet Days' }]);
    expect(wrong.pairs).toEqual({ tp: 0, fp: 1, fn: 1 });
    const none = scoreDocument(gold, [{ type: 'person', name: 'Leyla Huseynova' }]);
    expect(none.pairs).toEqual({ tp: 0, fp: 0, fn: 1 });
  });

  it('adds up documents and micro-averages the four headline types', () => {
    const a = scoreDocument(gold, [{ type: 'person', name: 'Leyla Huseynova' }, { type: 'place', name: 'Baku' }]);
    const b = scoreDocument(gold, [{ type: 'event', name: 'Spring Puppet Days' }]);
    const total = aggregate([a, b]);
    expect(total.perType.place).toEqual({ tp: 0, fp: 1, fn: 0 });
    // place is not in the micro average.
    expect(total.micro).toEqual({ tp: 2, fp: 0, fn: 4 });
    const m = prf(total.micro);
    expect(m.precision).toBe(1);
    expect(m.recall).toBeCloseTo(1 / 3);
    expect(m.f1).toBeCloseTo(0.5);
  });

  it('gives zeros rather than NaN on empty counts', () => {
    expect(prf({ tp: 0, fp: 0, fn: 0 })).toEqual({ precision: 0, recall: 0, f1: 0 });
  });

  it('scores English names on matched entities whose certain gold has en', () => {
    const azGold: GoldEntity[] = [
      { type: 'person', name: 'Rəşad Əzizov', aliases: [], en: 'Rashad Azizov' },
      { type: 'organisation', name: 'Kino Agentliyi', aliases: [], en: 'Azerbaijan Film Agency' },
      { type: 'place', name: 'Bakı', aliases: [], en: 'Baku', uncertain: true },
    ];
    const s = scoreDocument(azGold, [
      { type: 'person', name: 'Rəşad Əzizov', en: 'rashad  azizov' },
      { type: 'organisation', name: 'Kino Agentliyi', en: 'Film Agency' },
      { type: 'place', name: 'Bakı', en: 'Baku' },
    ]);
    // The uncertain place is left out; the organisation's English name is another spelling.
    expect(s.en).toEqual({ correct: 1, total: 2, gold: 2 });
    expect(aggregate([s, scoreDocument(azGold, [])]).en).toEqual({ correct: 1, total: 2, gold: 4 });
  });
});
