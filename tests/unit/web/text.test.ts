/**
 * Text the workspace draws from API data (web/src/text): snippets keep their <mark>s and nothing
 * else as markup; entity mentions are found in article paragraphs by name or alias.
 */
import { describe, expect, it } from 'vitest';
import { mentionMatcher, mentionSegments } from '../../../web/src/text/mentions.js';
import { snippetPieces } from '../../../web/src/text/snippet.js';

describe('snippet pieces', () => {
  it('keeps marked matches and decodes escaped text without parsing tags', () => {
    expect(snippetPieces('spoke about <mark>dubbing</mark> &lt;script&gt;alert(1)&lt;/script&gt; &amp; more')).toEqual([
      { text: 'spoke about ', marked: false },
      { text: 'dubbing', marked: true },
      { text: ' <script>alert(1)</script> & more', marked: false },
    ]);
  });

  it('leaves unknown or out-of-range references as they are', () => {
    expect(snippetPieces('&bogus; &#x110000; &#233;')).toEqual([{ text: '&bogus; &#x110000; é', marked: false }]);
  });
});

describe('mention segments', () => {
  const leyla = { entityId: 'e1', name: 'Leyla Rəhimova', aliases: ['L. Rəhimova', 'Rəhimova'] };
  const agency = { entityId: 'e2', name: 'Azerbaijan Film Agency', aliases: ['AFA (agency)'] };

  it('links the longest name first, ignoring case, never inside a word', () => {
    const matcher = mentionMatcher([leyla, agency]);
    expect(mentionSegments('LEYLA RƏHIMOVA of the Azerbaijan Film Agency met Rəhimovas and Rəhimova.', matcher)).toEqual([
      { text: 'LEYLA RƏHIMOVA', entityId: 'e1' },
      { text: ' of the ' },
      { text: 'Azerbaijan Film Agency', entityId: 'e2' },
      { text: ' met Rəhimovas and ' },
      { text: 'Rəhimova', entityId: 'e1' },
      { text: '.' },
    ]);
  });

  it('treats names as text, not as patterns', () => {
    const matcher = mentionMatcher([agency]);
    expect(mentionSegments('The AFA (agency) said; AFA agency did not.', matcher)).toEqual([
      { text: 'The ' },
      { text: 'AFA (agency)', entityId: 'e2' },
      { text: ' said; AFA agency did not.' },
    ]);
  });

  it('returns the paragraph unchanged when nothing is mentioned', () => {
    expect(mentionSegments('No names here.', mentionMatcher([]))).toEqual([{ text: 'No names here.' }]);
    expect(mentionSegments('No names here.', mentionMatcher([leyla]))).toEqual([{ text: 'No names here.' }]);
  });
});
