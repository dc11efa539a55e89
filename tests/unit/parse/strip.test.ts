/**
 * The raw pre-pass (strip.ts): raw-text blocks and skipped elements are cut whatever the case of
 * their tags, JSON-LD is kept aside whatever the case of its type, and unclosed blocks behave as
 * documented.
 */
import { describe, expect, it } from 'vitest';
import { stripRawBlocks } from '../../../shared/domain/parse/strip.js';

describe('stripRawBlocks', () => {
  it('cuts script, style and svg bodies up to their closing tag, in any case', () => {
    const html = '<p>a</p><SCRIPT>var s = "</div>"; if (a </b) x();</ScRiPt><p>b</p><Style>p{}</STYLE><svg><path/></SVG><p>c</p>';
    expect(stripRawBlocks(html).html).toBe('<p>a</p><p>b</p><p>c</p>');
  });

  it('closes a raw block at the first "</name", even when a longer name follows', () => {
    expect(stripRawBlocks('<style>a</styles>b</style>c').html).toBe('b</style>c');
  });

  it('keeps JSON-LD aside, whatever the case of its type', () => {
    const html = '<script type="application/LD+JSON">{"a":1}</script><script type="text/javascript">x=1+2</script><p>t</p>';
    const out = stripRawBlocks(html);
    expect(out.jsonLd).toEqual(['{"a":1}']);
    expect(out.html).toBe('<p>t</p>');
  });

  it('keeps JSON-LD found inside cut elements', () => {
    const html = '<footer><a href="?q=a+b">x</a><script type="application/ld+json">{"b":2}</script></footer><p>t</p>';
    const out = stripRawBlocks(html);
    expect(out.jsonLd).toEqual(['{"b":2}']);
    expect(out.html).toBe('<p>t</p>');
  });

  it('ends a script where browsers do when it writes a script inside an HTML comment', () => {
    const html = `<script><!--\ndocument.write('<script src="a.js"></script>'); //--></script><p>after</p>`;
    expect(stripRawBlocks(html).html).toBe('<p>after</p>');
    expect(stripRawBlocks('<script><!-- x --></script><p>a</p><script>y</script><p>b</p>').html).toBe('<p>a</p><p>b</p>');
    expect(stripRawBlocks('<script>a = "<!--"; </script><p>c</p>').html).toBe('<p>c</p>');
  });

  it('drops the rest of the page after an unclosed script, and keeps an unclosed nav', () => {
    expect(stripRawBlocks('<p>a</p><script>never closed <p>b</p>').html).toBe('<p>a</p>');
    expect(stripRawBlocks('<nav><p>a</p><nav>x</nav><p>b</p>').html).toBe('<nav><p>a</p><nav>x</nav><p>b</p>');
  });
});
