import { describe, expect, it } from 'vitest';
import { compileQuery, needsPositions } from '../../../shared/domain/search/index.js';

describe('needsPositions', () => {
  it('is false for words, prefixes, keywords and their boolean combinations', () => {
    for (const text of ['festival', '"festival"', 'fest*', 'title:festival', 'outlet:report.az', 'jazz OR (opera -ballet)', 'NOT dubbing', 'Azərbaycan']) {
      expect(needsPositions(compileQuery(text)), text).toBe(false);
    }
    expect(needsPositions(null)).toBe(false);
  });

  it('is true as soon as any part is a phrase of several words or a NEAR pair', () => {
    for (const text of ['"carpet weaving"', 'jazz OR "film festival"', 'opera -"state theatre"', 'film NEAR/3 dubbing', '"a b"~2', 'title:"baku jazz"']) {
      expect(needsPositions(compileQuery(text)), text).toBe(true);
    }
  });
});
