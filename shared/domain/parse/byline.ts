/**
 * Authors named in the text next to the headline, for pages whose markup names none (no JSON-LD,
 * no author meta, no byline class): "By Jane Doe", "Von Max Mustermann und Erika Muster",
 * "Автор: Иван Петров", "Müəllif: Aysel Məmmədova". The words that introduce a byline are data
 * per language; a name is two to four capitalised words, and the line must be short (a byline,
 * not a sentence that happens to start with "By").
 */
import type { AnyNode, Element } from './dom.js';
import { decodeEntities } from './entities.js';

export const BYLINE_WORDS: Readonly<Record<string, readonly string[]>> = {
  en: ['by', 'written by', 'words by', 'story by', 'posted by', 'author'],
  de: ['von', 'autor', 'autorin', 'text'],
  fr: ['par', 'auteur'],
  es: ['por', 'autor'],
  it: ['di', 'a cura di', 'autore'],
  pt: ['por', 'autor'],
  nl: ['door', 'auteur'],
  pl: ['autor'],
  ru: ['автор', 'текст'],
  uk: ['автор'],
  az: ['müəllif'],
  tr: ['yazar'],
};

const CONJUNCTIONS = ['and', 'und', 'et', 'y', 'e', 'en', 'i', 'и', 'і', 'və', 've'];

const NAME = "[\\p{Lu}][\\p{L}'’.-]+(?:\\s+(?:[\\p{Lu}][\\p{L}'’.-]+|van|von|de|der|da|di|del|la|le|bin|ibn|oğlu)){1,3}";
const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
// Case-insensitive by spelling both cases of each word, not with the "i" flag, under which
// \p{Lu} would match lower-case letters too and any phrase would pass for a name.
const anyCase = (w: string): string => [...w].map((c) => (c.toLowerCase() !== c.toUpperCase() ? `[${c.toLowerCase()}${c.toUpperCase()}]` : escape(c))).join('');
const WORDS = [...new Set(Object.values(BYLINE_WORDS).flat())].sort((a, b) => b.length - a.length).map(anyCase).join('|');
// Between two names: a conjunction as a word of its own, a comma or an ampersand.
const JOIN = `\\s+(?:${CONJUNCTIONS.map(escape).join('|')})\\s+|\\s*[,&]\\s*`;
// After the names: the line's end, a separator, a number, or the word that introduces the date
// or time in "by Jane Doe on May 3, 2012", "von Max Muster am 5. Mai", "par Marie Dupont le 3 mai".
const DATE_WORDS = ['on', 'at', 'am', 'um', 'le', 'el', 'il', 'op', 'em'];
const BYLINE = new RegExp(`^(?:${WORDS})\\s*:?\\s+(${NAME}(?:(?:${JOIN})${NAME})*)\\s*(?:$|[|•·,–—(/]|\\d|(?:${DATE_WORDS.join('|')})\\s)`, 'u');
const SPLIT = new RegExp(JOIN, 'u');
/** Text pieces after the headline that are looked at, and the longest that can be a byline line. */
const PIECES_AFTER_HEADLINE = 30;
const MAX_BYLINE_CHARS = 120;

/** The next node after `node`'s subtree in document order, or null. */
function nextAfter(node: AnyNode): AnyNode | null {
  for (let n: AnyNode = node; n.parent; n = n.parent) {
    const siblings = n.parent.children;
    const i = siblings.indexOf(n);
    if (i + 1 < siblings.length) return siblings[i + 1]!;
  }
  return null;
}

/** Up to `max` non-empty text pieces following `start`, in document order. */
function textPiecesAfter(start: Element, max: number): string[] {
  const out: string[] = [];
  let node = nextAfter(start);
  while (node && out.length < max) {
    if (node.type === 'text') {
      const t = node.data.trim();
      if (t) out.push(decodeEntities(t).replace(/\s+/g, ' '));
      node = nextAfter(node);
    } else if (node.type === 'tag' && node.children.length > 0) {
      node = node.children[0]!;
    } else {
      node = nextAfter(node);
    }
  }
  return out;
}

/** Names from a byline line, or [] when the line is not one. */
export function namesInByline(line: string): string[] {
  if (line.length > MAX_BYLINE_CHARS) return [];
  const m = BYLINE.exec(line.trim());
  if (!m) return [];
  return m[1]!.split(SPLIT).map((s) => s.trim()).filter((s) => /\s/.test(s));
}

/** Authors stated in a byline line right after the headline (joined with the next piece when split: "By" + "<a>Jane Doe</a>"). */
export function bylineAuthors(headline: Element | null): string[] {
  if (!headline) return [];
  const pieces = textPiecesAfter(headline, PIECES_AFTER_HEADLINE);
  for (let i = 0; i < pieces.length; i++) {
    const names = namesInByline(pieces[i]!);
    if (names.length > 0) return names;
    const joined = i + 1 < pieces.length ? namesInByline(`${pieces[i]} ${pieces[i + 1]}`) : [];
    if (joined.length > 0 && pieces[i]!.length < 20) return joined;
  }
  return [];
}
