import { describe, expect, it } from 'vitest';
import { famousWorkTitle, notablePersonEnglish } from '../../../shared/domain/extract/famous-names.js';

describe('famousWorkTitle', () => {
  it('gives the English title of a well-known work from its Azerbaijani or Russian title', () => {
    expect(famousWorkTitle('Yeddi gözəl')).toBe('Seven Beauties');
    expect(famousWorkTitle('Щелкунчик')).toBe('The Nutcracker');
    // Folding: letter case, ё and punctuation do not matter.
    expect(famousWorkTitle('ВЕСЁЛАЯ ВДОВА')).toBe('The Merry Widow');
    expect(famousWorkTitle('O olmasın bu olsun')).toBe('If Not That One, Then This One');
  });

  it('knows no title outside the table, nor a part of a listed title', () => {
    expect(famousWorkTitle('Bizim həyətin nağılları')).toBeUndefined();
    expect(famousWorkTitle('gözəl')).toBeUndefined();
  });
});

describe('notablePersonEnglish', () => {
  it('reads an initial and a surname as the well-known figure', () => {
    expect(notablePersonEnglish('Q.Qarayev')).toBe('Gara Garayev');
    expect(notablePersonEnglish('F.Qarayev')).toBe('Faraj Garayev');
    expect(notablePersonEnglish('П.И.Чайковский')).toBe('Pyotr Tchaikovsky');
    expect(notablePersonEnglish('N.Rimski-Korsakov')).toBe('Nikolai Rimsky-Korsakov');
  });

  it('takes a Russian initial of two letters and Russian case endings', () => {
    expect(notablePersonEnglish('Дж.Верди')).toBe('Giuseppe Verdi');
    expect(notablePersonEnglish('Н.Римского-Корсакова')).toBe('Nikolai Rimsky-Korsakov');
    expect(notablePersonEnglish('Муслима Магомаева')).toBe('Muslim Magomayev');
    expect(notablePersonEnglish('Мирзы Фатали Ахундова')).toBe('Mirza Fatali Akhundzade');
    expect(notablePersonEnglish('Расула Рзы')).toBe('Rasul Rza');
  });

  it('needs a given name or initial that fits: a surname alone or another person is not the figure', () => {
    expect(notablePersonEnglish('Qarayev')).toBeUndefined();
    expect(notablePersonEnglish('R.Qarayev')).toBeUndefined();
    expect(notablePersonEnglish('Rauf Qarayev')).toBeUndefined();
    // A short given name written out is no initial: Ali is not Alim.
    expect(notablePersonEnglish('Ali Qasımov')).toBeUndefined();
    expect(notablePersonEnglish('Alim Qasımov')).toBe('Alim Gasimov');
  });
});
