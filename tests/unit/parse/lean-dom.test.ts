/**
 * The parser builds its own lean tree (dom.ts: fewer node fields, only the attributes it reads,
 * a tokenizer that skips ahead with indexOf). These tests hold that tree to the one htmlparser2's
 * own DomHandler builds from the same input with the same options: same elements, same nesting,
 * same text nodes, same kept attributes. And the fast class/id word splitter to the plain one.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parseDocument } from 'htmlparser2';
import type { AnyNode as DomhandlerNode } from 'domhandler';
import { describe, expect, it } from 'vitest';
import { asciiNamesAreBoilerplate, wordsAreBoilerplate } from '../../../shared/domain/parse/boilerplate.js';
import { capNesting, keepsAttribute, loadDocument, needsLowering, type AnyNode } from '../../../shared/domain/parse/dom.js';

type Shape = string | { type: string; name: string; attribs: Record<string, string>; children: Shape[] };

function leanShape(node: AnyNode): Shape {
  if (node.type === 'text') return node.data;
  if (node.type === 'root') return { type: 'root', name: '', attribs: {}, children: node.children.map(leanShape) };
  const attribs: Record<string, string> = {};
  for (const [key, value] of Object.entries(node.attribs)) if (value !== undefined) attribs[key] = value;
  return { type: node.type, name: node.name, attribs, children: node.children.map(leanShape) };
}

/** The reference tree as the lean one should see it: comments and declarations left out. */
function referenceShape(node: DomhandlerNode): Shape | null {
  if (node.type === 'text') return node.data;
  if (node.type === 'root') return { type: 'root', name: '', attribs: {}, children: referenceChildren(node.children) };
  if (node.type === 'tag' || node.type === 'script' || node.type === 'style') {
    const attribs: Record<string, string> = {};
    for (const [key, value] of Object.entries(node.attribs)) if (keepsAttribute(node.name, key)) attribs[key] = value;
    return { type: node.type, name: node.name, attribs, children: referenceChildren(node.children) };
  }
  return null;
}

function referenceChildren(children: readonly DomhandlerNode[]): Shape[] {
  return children.map(referenceShape).filter((s): s is Shape => s !== null);
}

function reference(html: string): Shape | null {
  const input = capNesting(html);
  const lower = needsLowering(input);
  const doc = parseDocument(input, {
    xmlMode: false,
    decodeEntities: false,
    lowerCaseTags: lower,
    lowerCaseAttributeNames: lower,
    recognizeSelfClosing: false,
  });
  return referenceShape(doc);
}

const root = join(import.meta.dirname, '../../fixtures/pages');
const fixturePages = readdirSync(root)
  .filter((name) => existsSync(join(root, name, 'source.html')))
  .map((name) => ({ name, html: readFileSync(join(root, name, 'source.html'), 'latin1') }));

const TRICKY = [
  '<p>one<p>two</p></p><div>a<!-- c -->b</div>',
  '<ul><li>a<li>b</ul><table><tr><td>x<td>y</table>',
  '<br></br><p>x</br>y</p></p>',
  '<div class="a" class="b" id=x data-x="1" href=\'q\'>t</div>',
  '<meta name="description" content="d &amp; e"><link rel=canonical href="/x"><a rel="author" href="/a">A</a>',
  '<time datetime="2025-01-02">x</time><html lang="en" xml:lang="en">',
  '<DIV CLASS="Nav">Up</DIV><P>x</P>',
  '<meta PROPERTY="og:title" CONTENT="T">',
  '<svg><path/><p>in svg</p></svg><math><mi/></math>',
  '<script>if (a < b) document.write("</div>")</script><style>p{}</style>',
  '<title>a &amp; <b> b</title><textarea><p>x</textarea>',
  '<!DOCTYPE html><?xml version="1.0"?><![CDATA[x]]>text',
  'a < b and c > d <3 <-- not a tag <a href="x>y">q</a>',
  '<div title="unclosed',
  '<p>text &nbsp; &#8217; &unknown; &amp</p>',
  '<div hidden aria-hidden="true" style="display:none" itemprop="articleBody">x</div>',
];

describe('lean DOM', () => {
  it('matches htmlparser2 on tricky markup', () => {
    for (const html of TRICKY) expect(leanShape(loadDocument(html)), html).toEqual(reference(html));
  });

  it('matches htmlparser2 on every fixture page', () => {
    expect(fixturePages.length).toBeGreaterThan(0);
    for (const { name, html } of fixturePages) expect(leanShape(loadDocument(html)), name).toEqual(reference(html));
  });

  it('matches htmlparser2 on random tag soup', () => {
    const piece = fc.oneof(
      fc.constantFrom(
        '<p>', '</p>', '<div class="share">', '<div id="x" data-y="z">', '</div>', '<br>', '</br>', '<a href="u" rel="author">',
        '</a>', '<li>', '<ul>', '</ul>', '<table>', '<td>', '<tr>', '<script>', '</script>', '<style>', '</style>', '<!--', '-->',
        '<svg>', '</svg>', '<title>', '</title>', '<meta name="a" content="b">', '<META NAME="A">', '<P CLASS=x>', '<', '>', '"',
        "'", '=', '&amp;', '&', '<!DOCTYPE html>', '<?x?>', '<textarea>', '</textarea>', '<img src="a" alt="b"/>', ' ', '\n',
      ),
      fc.string({ maxLength: 12 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const html = parts.join('');
        expect(leanShape(loadDocument(html))).toEqual(reference(html));
      }),
      { numRuns: 400 },
    );
  });
});

describe('class/id word splitting', () => {
  it('judges ASCII names as splitting them into words does', () => {
    const name = fc.array(
      fc.oneof(
        fc.constantFrom('share', 'Share', 'article', 'Body', 'content', 'ad', 'ads', 'nav', 'NavBar', 'related', 'x', 'main', 'sr', 'only'),
        fc.constantFrom('-', '_', ' ', '--', '__', '1', 'A', 'a', 'Z', ':', '.'),
      ),
      { maxLength: 10 },
    );
    fc.assert(
      fc.property(name, (parts) => {
        const value = parts.join('');
        expect(asciiNamesAreBoilerplate(value), value).toBe(wordsAreBoilerplate(value));
      }),
      { numRuns: 1000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary-ascii', maxLength: 30 }), (value) => {
        expect(asciiNamesAreBoilerplate(value), value).toBe(wordsAreBoilerplate(value));
      }),
      { numRuns: 1000 },
    );
  });
});
