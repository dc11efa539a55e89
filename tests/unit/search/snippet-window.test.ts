import { describe, expect, it } from 'vitest';
import { compileQuery, makeSnippet, snippetMaker } from '../../../shared/domain/search/index.js';

/** Words w0 … w(n-1), with the given positions replaced. */
function text(n: number, replaced: Record<number, string> = {}): string {
  return Array.from({ length: n }, (_, i) => replaced[i] ?? `w${i}`).join(' ');
}

describe('snippet windows', () => {
  it('shows the first window of thirty words that holds the most matches', () => {
    // One match early, three close together later: the first window holding all three ends at the third.
    const body = text(120, { 10: 'harp', 80: 'harp', 84: 'harp', 88: 'harp' });
    const snippet = makeSnippet(body, (w) => w === 'harp');
    expect(snippet).toBe(`… ${text(30).replace(/w(\d+)/g, (_, i: string) => `w${Number(i) + 59}`).replace(/w(80|84|88)\b/g, '<mark>harp</mark>')} …`);
  });

  it('opens at the start of the text for a match among its first words', () => {
    expect(makeSnippet(text(120, { 3: 'harp' }), (w) => w === 'harp')).toBe(`${text(30, { 3: '<mark>harp</mark>' })} …`);
  });

  it('keeps the punctuation after the last word of a text that ends inside the window', () => {
    expect(makeSnippet('A quiet <harp> recital!!', (w) => w === 'harp')).toBe('A quiet &lt;<mark>harp</mark>&gt; recital!!');
  });

  it('escapes the text between marks and inside them', () => {
    expect(makeSnippet('Tom & Jerry & "Tom"', (w) => w === 'Tom')).toBe('<mark>Tom</mark> &amp; Jerry &amp; &quot;<mark>Tom</mark>&quot;');
  });

  it('gives the opening words of a text, cut after thirty, when the query looks for no word', () => {
    const snippet = snippetMaker(compileQuery(''));
    expect(snippet(text(31), 'en')).toBe(`${text(30)} …`);
    expect(snippet(`${text(30)}.`, 'en')).toBe(`${text(30)}.`);
    // Words only in fields other than the body mark nothing either.
    expect(snippetMaker(compileQuery('title:harp'))(`harp ${text(40)}`, 'en')).toBe(`harp ${text(29)} …`);
  });

  it('gives the start of a text without words', () => {
    expect(makeSnippet('— … —', () => true)).toBe('— … —');
  });
});
