/**
 * Which elements never hold article text: by tag, by hidden state, and by class/id words that
 * sites use for navigation, sharing, related links, newsletters, comments and ads.
 */
import type { AnyNode, Element } from './dom.js';

export const SKIP_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas',
  'button', 'select', 'option', 'textarea', 'input', 'label', 'nav', 'footer', 'aside', 'head', 'title',
  'meta', 'link', 'figcaption', 'dialog', 'menu', 'video', 'audio', 'picture', 'source', 'map', 'form-ignore',
]);

/** Block-level tags: they start and end a paragraph of text. */
export const BLOCK_TAGS = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol',
  'dl', 'dd', 'dt', 'blockquote', 'pre', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'figure', 'address',
  'center', 'form', 'fieldset', 'details', 'summary', 'hr', 'body', 'html', 'caption',
]);

// Words (class/id split on "-", "_", spaces and camelCase) that mark boilerplate containers.
const NEGATIVE_WORDS = new Set([
  'comment', 'comments', 'share', 'sharing', 'social', 'socials', 'related', 'recommended', 'recommendations',
  'newsletter', 'subscribe', 'subscription', 'promo', 'advert', 'advertisement', 'ad', 'ads', 'adv', 'sponsor', 'sponsored',
  'sidebar', 'widget', 'breadcrumb', 'breadcrumbs', 'footer', 'masthead', 'menu', 'nav', 'navbar', 'navigation',
  'cookie', 'cookies', 'popup', 'modal', 'banner', 'tags', 'taglist', 'byline', 'bio', 'outbrain', 'taboola',
  'disqus', 'pagination', 'pager', 'caption', 'credit', 'credits', 'toolbar', 'signup', 'popular', 'trending',
  'readmore', 'readalso', 'also', 'more', 'teaser', 'teasers', 'gdpr', 'consent', 'skip', 'print', 'rating',
  'author', 'meta', 'dateline', 'timestamp', 'hidden', 'sr', 'visually', 'offscreen', 'overlay', 'login',
  'copyright', 'disclaimer', 'legal',
]);
// Negative words no article wrapper carries: readers' comments, legal notices, page footers. An
// element named so is dropped even when it holds most of the page's prose (a short post under a
// long thread, a long copyright notice under a short report); other names may lie
// ("page-ad-margins" can wrap the whole article), so those are kept when they hold the article.
const NEVER_ARTICLE_WORDS = new Set(['comment', 'comments', 'copyright', 'disclaimer', 'legal', 'footer']);

/**
 * Whether the element's class/id words include one no article wrapper carries (and no positive
 * word). Verdicts are remembered per class/id string for the page, as in hasBoilerplateName.
 */
export function hasNeverArticleName(el: Element, verdicts: NameVerdicts): boolean {
  // The verdict depends on the words alone, so an element without an id is looked up by its
  // class string as it is, without joining a new string for every element.
  const id = el.attribs['id'];
  const names = id === undefined ? (el.attribs['class'] ?? '') : `${el.attribs['class'] ?? ''} ${id}`;
  const known = verdicts.get(names);
  if (known !== undefined) return known;
  const words = wordsOf(names);
  const verdict = words.some((w) => NEVER_ARTICLE_WORDS.has(w)) && !words.some((w) => POSITIVE_WORDS.has(w));
  verdicts.set(names, verdict);
  return verdict;
}
// Hover cards shown over a linked name: the card goes, but the wrapper around name and card stays.
const POPUP_WORDS = ['tooltip', 'popover', 'rollover', 'hovercard'];
// Words that mark the article itself (or media embedded in it, such as quoted posts); an element
// with one of them is never dropped for a negative word. "hentry" is the hAtom microformat's
// entry (a blog post), whose class list also names the post's taxonomy — "author-jane",
// "tag-social-media", "category-sharing" — words that would otherwise read as boilerplate.
const POSITIVE_WORDS = new Set(['article', 'articlebody', 'body', 'content', 'entry', 'hentry', 'story', 'main', 'embed']);

function wordsOf(name: string): string[] {
  return name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** Whether the element's class/id names it the article's own text ("entry-content", "post-body", "articleContent"). */
export function hasArticleName(el: Element): boolean {
  const words = wordsOf(`${el.attribs['class'] ?? ''} ${el.attribs['id'] ?? ''}`);
  return words.some((w) => POSITIVE_WORDS.has(w) && w !== 'main' && w !== 'embed');
}

/** The plain rule, on the word list: some negative word and no positive one. */
export function wordsAreBoilerplate(names: string): boolean {
  const words = wordsOf(names);
  return words.some((w) => NEGATIVE_WORDS.has(w)) && !words.some((w) => POSITIVE_WORDS.has(w));
}

const NON_ASCII = /[^\x00-\x7f]/;

/**
 * The words of a class/id value as wordsOf splits them (runs of letters and digits, camelCase
 * humps apart), judged one by one as they are found, without building the list. Only for ASCII
 * values: lower-casing may turn other letters into ASCII ones ("K" Kelvin sign into "k").
 */
export function asciiNamesAreBoilerplate(names: string): boolean {
  let negative = false;
  let start = -1;
  let previousLower = false;
  for (let i = 0; i <= names.length; i++) {
    const c = i < names.length ? names.charCodeAt(i) : 32;
    const lower = c >= 97 && c <= 122;
    const upper = c >= 65 && c <= 90;
    const wordChar = lower || upper || (c >= 48 && c <= 57);
    const boundary = !wordChar || (upper && previousLower);
    if (boundary && start !== -1) {
      const word = names.slice(start, i).toLowerCase();
      if (POSITIVE_WORDS.has(word)) return false;
      if (NEGATIVE_WORDS.has(word)) negative = true;
      start = -1;
    }
    if (wordChar && start === -1) start = i;
    previousLower = lower;
  }
  return negative;
}

/**
 * Verdicts per class/id string, for one page: pages repeat the same class strings thousands of
 * times. Made per parse (not kept across pages), so every page pays for its own names.
 */
export type NameVerdicts = Map<string, boolean>;

/** True when a class or id name of the element marks it as boilerplate. */
export function hasBoilerplateName(el: Element, verdicts: NameVerdicts): boolean {
  const cls = el.attribs['class'];
  const id = el.attribs['id'];
  if ((cls !== undefined && namesAreBoilerplate(cls, verdicts)) || (id !== undefined && namesAreBoilerplate(id, verdicts))) return true;
  return cls !== undefined && isPopupCard(el, cls);
}

// The same test as finding a POPUP_WORDS entry in the lower-cased name, without the lower-cased
// copy: lower-casing maps no other character onto these ASCII letters but "İ" (to "i" plus a
// combining dot, which then breaks the word).
const POPUP_NAME = new RegExp(POPUP_WORDS.join('|'), 'i');

function popupWord(cls: string): boolean {
  return POPUP_NAME.test(cls);
}

/** A popup-named element with no popup-named element inside: the card itself, not its wrapper. */
function isPopupCard(el: Element, cls: string): boolean {
  if (!popupWord(cls)) return false;
  const stack: AnyNode[] = [...el.children];
  for (let seen = 0; stack.length > 0 && seen < 500; seen++) {
    const node = stack.pop()!;
    if (node.type !== 'tag') continue;
    const inner = (node as Element).attribs['class'];
    if (inner !== undefined && popupWord(inner)) return false;
    stack.push(...(node as Element).children);
  }
  return true;
}

function namesAreBoilerplate(names: string, verdicts: NameVerdicts): boolean {
  const known = verdicts.get(names);
  if (known !== undefined) return known;
  // Any positive word anywhere in the names wins: "box article modal-enabled" is the article.
  const verdict = NON_ASCII.test(names) ? wordsAreBoilerplate(names) : asciiNamesAreBoilerplate(names);
  verdicts.set(names, verdict);
  return verdict;
}

export function isHidden(el: Element): boolean {
  if (el.attribs['hidden'] !== undefined) return true;
  if (el.attribs['aria-hidden'] === 'true' && el.name !== 'span') return true;
  const style = el.attribs['style'];
  return style !== undefined && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

export function isSkipped(el: Element): boolean {
  if (el.type === 'script' || el.type === 'style') return true;
  return SKIP_TAGS.has(el.name) || isHidden(el);
}
