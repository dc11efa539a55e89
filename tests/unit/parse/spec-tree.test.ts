/**
 * The parser's tree (spec-tree.ts: htmlparser2's tokenizer feeding parse5's tree construction)
 * held to parse5's own parse of the same input — the HTML Living Standard as browsers implement
 * it: the same text in the same blocks, on every fixture page, every development page (when the
 * datasets are beside the project) and random tag soup; and the same kept attributes.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import fc from 'fast-check';
import { parse, Parser, type DefaultTreeAdapterMap } from 'parse5';
import { describe, expect, it } from 'vitest';
import { BLOCK_TAGS } from '../../../shared/domain/parse/boilerplate.js';
import { keepsAttribute, loadDocument, type AnyNode } from '../../../shared/domain/parse/dom.js';
import { decodeEntities } from '../../../shared/domain/parse/entities.js';
import { TEXT_LIKE_MODES } from '../../../shared/domain/parse/spec-tree.js';
import { knownAttributeName, knownTagName } from '../../../shared/domain/parse/known-names.js';
import { stripRawBlocks } from '../../../shared/domain/parse/strip.js';
import { stripControlChars } from '../../../shared/domain/text/controls.js';

type P5Node = DefaultTreeAdapterMap['node'];
type P5Element = DefaultTreeAdapterMap['element'];

/** Raw-text elements whose contents are never page text (nor compared). */
const RAW_CONTENT = new Set(['script', 'style', 'template', 'noscript', 'iframe', 'noembed', 'noframes']);

/** A neutral view of either tree: element name, kept attributes, children; text as decoded. */
interface View {
  readonly name: string | null;
  readonly text: string;
  readonly attribs: Record<string, string>;
  readonly children: readonly View[];
}

function ourView(node: AnyNode): View {
  if (node.type === 'text') return { name: null, text: decodeEntities(node.data), attribs: {}, children: [] };
  if (node.type === 'root') return { name: '#root', text: '', attribs: {}, children: node.children.map(ourView) };
  const attribs: Record<string, string> = {};
  // The spec's input stream turns CR LF and CR into LF; the lean tree keeps them (as whitespace).
  for (const [key, value] of Object.entries(node.attribs)) if (value !== undefined) attribs[key] = decodeEntities(value).replace(/\r\n?/g, '\n');
  return { name: node.name, text: '', attribs, children: node.children.map(ourView) };
}

function parse5View(node: P5Node): View | null {
  if (node.nodeName === '#text') return { name: null, text: (node as DefaultTreeAdapterMap['textNode']).value, attribs: {}, children: [] };
  if (node.nodeName === '#document') return { name: '#root', text: '', attribs: {}, children: views(node as DefaultTreeAdapterMap['document']) };
  if (!('tagName' in node)) return null;
  const el = node as P5Element;
  const attribs: Record<string, string> = {};
  for (const attr of el.attrs) {
    const name = attr.prefix ? `${attr.prefix}:${attr.name}` : attr.name;
    if (keepsAttribute(el.tagName, name) && attribs[name] === undefined) attribs[name] = attr.value;
  }
  return { name: el.tagName, text: '', attribs, children: views(el) };
}

function views(parent: { childNodes: P5Node[] }): View[] {
  return parent.childNodes.map(parse5View).filter((v): v is View => v !== null);
}

/** Each block's own text in document order, labelled with its chain of block ancestors. */
function textPerBlock(root: View): string[] {
  const out: string[] = [];
  let pieces = '';
  const chain: string[] = [];
  const flush = (): void => {
    const text = pieces.replace(/\s+/g, ' ').trim();
    if (text) out.push(`${chain.join('>')}: ${text}`);
    pieces = '';
  };
  const walk = (view: View): void => {
    if (view.name === null) {
      pieces += view.text;
      return;
    }
    if (RAW_CONTENT.has(view.name)) return;
    const block = view.name === '#root' || BLOCK_TAGS.has(view.name) || view.name === 'td' || view.name === 'th';
    if (block) {
      flush();
      chain.push(view.name);
    }
    for (const child of view.children) walk(child);
    if (block) {
      flush();
      chain.pop();
    }
  };
  walk(root);
  return out;
}

/** Kept attributes of every element, in document order. */
function attributesInOrder(root: View): string[] {
  const out: string[] = [];
  const walk = (view: View): void => {
    if (view.name === null || RAW_CONTENT.has(view.name)) return;
    if (Object.keys(view.attribs).length > 0) out.push(`${view.name} ${JSON.stringify(Object.entries(view.attribs).sort())}`);
    view.children.forEach(walk);
  };
  walk(root);
  return out;
}

function expectSameAsParse5(html: string, label: string): void {
  const ours = ourView(loadDocument(html));
  const reference = parse5View(parse(html))!;
  const [ourBlocks, referenceBlocks] = [textPerBlock(ours), textPerBlock(reference)];
  const [ourAttributes, referenceAttributes] = [attributesInOrder(ours), attributesInOrder(reference)];
  // Compared as one string first (fast); the element-wise comparison only to show a difference.
  if (ourBlocks.join('\n') !== referenceBlocks.join('\n')) expect(ourBlocks, label).toEqual(referenceBlocks);
  if (ourAttributes.join('\n') !== referenceAttributes.join('\n')) expect(ourAttributes, label).toEqual(referenceAttributes);
}

const fixtureRoot = join(import.meta.dirname, '../../fixtures/pages');
const fixturePages = readdirSync(fixtureRoot)
  .filter((name) => existsSync(join(fixtureRoot, name, 'source.html')))
  .map((name) => ({ name, html: readFileSync(join(fixtureRoot, name, 'source.html'), 'utf8') }));

const datasets = resolve(import.meta.dirname, '../../../../shared/datasets');
function developmentPages(set: string): { name: string; html: string }[] {
  const folder = join(datasets, set, 'html');
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((f) => f.endsWith('.html.gz'))
    .map((f) => ({ name: `${set}/${f}`, html: gunzipSync(readFileSync(join(folder, f))).toString('utf8') }));
}

const TRICKY = [
  '<html><head><title>T</title><meta name="d" content="x"><div class="c">After the head, no body tag<p>para',
  '<head><link rel="stylesheet" href="a.css"><p>text opens the body</p>',
  '<b><p>x</b>y</p><i>a<div>b</i>c</div>',
  '<table><tr>stray<td>cell</td><p>fostered</p></table>',
  '<!DOCTYPE html><p>a<table><td>b</table>c',
  '<p>quirks: a table inside p<table><td>b</table>c',
  '<ul><li>a<li>b</ul><dl><dt>t<dd>d</dl><h1>one<h2>two</h2>',
  '<a href="x">one<a href="y">two</a></a><p>x</br>y</p></p>',
  '<div class="a" class="b" id=x data-x="1">t</div><DIV CLASS="Nav">Up</DIV><P>x</P>',
  '<meta name="description" content="d &amp; e"><link rel=canonical href="/x"><a rel="author" href="/a">A</a>',
  '<time datetime="2025-01-02">x</time><html lang="en" xml:lang="en">',
  '<svg><path/><p>in svg</p></svg><math><mi>x</mi></math>',
  '<title>a &amp; <b> b</title><textarea><p>x</textarea>',
  '<link rel="stylesheet" href="a.css><p>lost to the quote</p>"><p>after it</p>',
  '<p>text &nbsp; &#8217; &unknown; &amp</p><select><option>o</select><p>z',
  '<div hidden aria-hidden="true" style="display:none" itemprop="articleBody">x</div>',
  '<frameset><frame></frameset><p>late',
  '<p>one</p></body><p>after body</p></html><p>after html',
  '<pre>\n  kept</pre><p>\n  lead</p><select>\n <option> o</select><table> \n<tr> r<td> \n c</table><svg> \n s</svg><caption>\n x',
];

describe('tree construction as in the HTML Living Standard (parse5)', () => {
  it('puts text in the same blocks as parse5 on tricky markup', () => {
    for (const html of TRICKY) expectSameAsParse5(html, html);
  });

  it('puts text in the same blocks as parse5 on every fixture page', () => {
    expect(fixturePages.length).toBeGreaterThan(0);
    // As the parser reads pages: control characters removed (parseArticle does it first), then the
    // strip pass, which cuts scripts where browsers end them (strip.ts; htmlparser2's tokenizer
    // alone would end "<!-- document.write('…</script>')" early).
    for (const { name, html } of fixturePages) expectSameAsParse5(stripRawBlocks(stripControlChars(html)).html, name);
  });

  const development = [...developmentPages('article-extraction'), ...developmentPages('article-extraction-dragnet')];
  it.skipIf(development.length === 0)('puts text in the same blocks as parse5 on every development page', () => {
    for (const { name, html } of development) expectSameAsParse5(stripRawBlocks(stripControlChars(html)).html, name);
  }, 180_000);

  it('puts text in the same blocks as parse5 on random tag soup', () => {
    const piece = fc.oneof(
      fc.constantFrom(
        '<p>', '</p>', '<div class="share">', '<div id="x" data-y="z">', '</div>', '<br>', '</br>', '<a href="u" rel="author">',
        '</a>', '<li>', '<ul>', '</ul>', '<table>', '</table>', '<td>', '<tr>', '<th>', '<caption>', '<b>', '</b>', '<i>', '</i>',
        '<em>', '</em>', '<h2>', '</h2>', '<span>', '</span>', '<head>', '</head>', '<body>', '</body>', '<html>', '</html>',
        '<title>', '</title>', '<meta name="a" content="b">', '<link rel="x" href="y">', '<META NAME="A">', '<P CLASS=x>',
        '<textarea>', '</textarea>', '<img src="a" alt="b"/>', '<hr>', '<blockquote>', '<form>', '</form>', '<center>',
        '<font>', '</font>', '<nobr>', '<dd>', '<dt>', '<pre>', '<!DOCTYPE html>', '&amp;', '&', ' ', '\n', 'word', 'two words',
      ),
      fc.stringMatching(/^[a-z .]{0,8}$/),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const html = parts.join('');
        expectSameAsParse5(html, html);
      }),
      { numRuns: 500 },
    );
  });
});

describe('what the tree builder relies on', () => {
  /** parse5's insertion mode after reading `html` (its own tokenizer, so only parse5 is involved). */
  function modeAfter(html: string): number {
    const parser = new Parser();
    parser.tokenizer.write(html, false);
    return parser.insertionMode;
  }

  it('knows the numbers of the insertion modes in which whitespace is inserted as text', () => {
    const textLike = ['<body>', '<title>', '<table><caption>', '<table><tr><td>', '<select>', '<table><tr><td><select>', '<template>'].map(modeAfter);
    expect(new Set(textLike)).toEqual(TEXT_LIKE_MODES);
    for (const html of ['', '<head>', '</head>', '<table>', '<table><tr>', '<table><colgroup>', '<body></body>']) expect(TEXT_LIKE_MODES.has(modeAfter(html)), html).toBe(false);
  });

  it('reads common names from the page lower-cased, and no others', () => {
    const page = '<DIV Class="x" data-x-y="1"><my-widget>';
    const at = (name: string): [number, number] => [page.indexOf(name), page.indexOf(name) + name.length];
    expect(knownTagName(page, ...at('DIV'))).toBe('div');
    expect(knownAttributeName(page, ...at('Class'))).toBe('class');
    expect(knownAttributeName(page, ...at('data-x-y'))).toBeNull();
    expect(knownTagName(page, ...at('my-widget'))).toBeNull();
    expect(knownTagName('span', 0, 3)).toBeNull();
  });
});
