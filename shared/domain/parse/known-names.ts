/**
 * Tag and attribute names read straight from the page's characters, without making a string:
 * the tree builder meets a few thousand names per page, nearly all from a small vocabulary, and
 * a fresh string per name (sliced, then hashed for every lookup) was a large share of its
 * allocation. A name in the vocabulary comes back as the vocabulary's own (interned) string,
 * lower-cased as the spec's tokenizer lower-cases ASCII letters; any other name as null.
 */
import { html as html5 } from 'parse5';

/** Attribute names pages use most (and every name a rule reads: see dom-nodes.ts's Attributes). */
const ATTRIBUTE_NAMES = [
  'class', 'id', 'style', 'hidden', 'aria-hidden', 'itemprop', 'property', 'name', 'http-equiv', 'content', 'rel',
  'href', 'datetime', 'lang', 'xml:lang', 'src', 'alt', 'title', 'type', 'width', 'height', 'target', 'border',
  'align', 'valign', 'value', 'action', 'method', 'for', 'role', 'charset', 'media', 'srcset', 'sizes', 'loading',
  'itemscope', 'itemtype', 'onclick', 'cellpadding', 'cellspacing', 'colspan', 'rowspan', 'bgcolor', 'color',
  'size', 'face', 'data-src', 'data-id', 'aria-label', 'tabindex', 'async', 'defer', 'xmlns', 'dir',
  'frameborder', 'scrolling', 'allowfullscreen', 'placeholder', 'checked', 'selected', 'disabled', 'label',
];

/** Every tag parse5 knows by name, plus the custom ones pages use most. */
const TAG_NAMES = [...Object.values(html5.TAG_NAMES).map((name) => name.toLowerCase()), 'abbr', 'cite', 'time', 'ins', 'del', 'q', 'mark', 'picture', 'figure', 'fb:like', 'g:plusone'];

/** Candidate names by (length, lower-cased first character). */
type Vocabulary = Map<number, readonly string[]>;

function vocabulary(names: readonly string[]): Vocabulary {
  const out = new Map<number, string[]>();
  for (const name of new Set(names)) {
    const key = keyOf(name.length, name.charCodeAt(0));
    const list = out.get(key);
    if (list) list.push(name);
    else out.set(key, [name]);
  }
  return out;
}

const keyOf = (length: number, lowerFirst: number): number => length * 256 + (lowerFirst & 255);

const isUpperAscii = (c: number): boolean => c >= 65 && c <= 90;

/** Whether text[start, start + name.length) spells `name` once ASCII upper case is lowered. */
function spells(text: string, start: number, name: string): boolean {
  for (let k = 0; k < name.length; k++) {
    const c = text.charCodeAt(start + k);
    if ((isUpperAscii(c) ? c + 32 : c) !== name.charCodeAt(k)) return false;
  }
  return true;
}

function lookUp(words: Vocabulary, text: string, start: number, end: number): string | null {
  const first = text.charCodeAt(start);
  const candidates = words.get(keyOf(end - start, isUpperAscii(first) ? first + 32 : first));
  if (!candidates) return null;
  for (const name of candidates) if (spells(text, start, name)) return name;
  return null;
}

const TAGS = vocabulary(TAG_NAMES);
const ATTRIBUTES = vocabulary(ATTRIBUTE_NAMES);

/** The tag name spelled at text[start, end), lower-cased, if it is a common one; else null. */
export function knownTagName(text: string, start: number, end: number): string | null {
  return lookUp(TAGS, text, start, end);
}

/** The attribute name spelled at text[start, end), lower-cased, if it is a common one; else null. */
export function knownAttributeName(text: string, start: number, end: number): string | null {
  return lookUp(ATTRIBUTES, text, start, end);
}
