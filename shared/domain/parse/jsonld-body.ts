/**
 * Choosing between the DOM-scored body and the JSON-LD articleBody. A publisher's articleBody is
 * clean when complete, but is often truncated (teasers, paywalls), or has lost its
 * paragraph breaks. So when it looks complete, the DOM paragraphs it contains are kept (real
 * paragraph breaks, no boilerplate); when those cover too little of it, the two disagree and the
 * DOM body stands.
 */
import { comparable, normaliseSpace } from './text.js';

/** articleBody shorter than this share of the DOM body is a teaser, not the article. */
const MIN_LENGTH_SHARE = 0.7;
/** DOM paragraphs found in articleBody must cover this much of it to stand for it. */
const MIN_COVERAGE = 0.85;

const ELLIPSIS_END = /(\.\.\.|…|&hellip;|\[\.\.\.\])\s*$/;

const HTML_BODY = /<\/?(p|br|div|h[2-6]|li)\b/i;

/** A plain-text articleBody as paragraphs (split at line breaks). */
function bodyParagraphs(articleBody: string): string[] {
  return articleBody.split(/\n+/).map(normaliseSpace).filter(Boolean);
}

export function chooseBody(domParagraphs: readonly string[], articleBody: string | null): string[] {
  if (!articleBody || ELLIPSIS_END.test(articleBody)) return [...domParagraphs];
  // An articleBody holding markup is the page's own HTML again, so the scored DOM body stands.
  // (Filtering the DOM by such a body's paragraphs was measured: dev recall 0.983 → 0.982.)
  if (HTML_BODY.test(articleBody)) return [...domParagraphs];
  const fromJson = bodyParagraphs(articleBody);
  const json = comparable(fromJson.join(' '));
  if (json.length === 0) return [...domParagraphs];
  // comparable() of the joined paragraphs is their comparable forms joined (a space ends every
  // word), so each paragraph is reduced once and reused below.
  const keys = domParagraphs.map(comparable);
  const dom = keys.filter(Boolean).join(' ');
  if (json.length < MIN_LENGTH_SHARE * dom.length) return [...domParagraphs];

  const kept: string[] = [];
  let covered = 0;
  // Paragraphs mostly appear in articleBody in reading order: looking on from the last match
  // first keeps the search linear; only a paragraph not found there is looked for everywhere.
  let from = 0;
  domParagraphs.forEach((paragraph, i) => {
    const c = keys[i]!;
    if (!c) return;
    const at = json.indexOf(c, from);
    if (at !== -1 || json.includes(c)) {
      if (at !== -1) from = at + c.length;
      kept.push(paragraph);
      covered += c.length + 1;
    }
  });
  // Low coverage means the two disagree (markup escaped in JSON, a different text): trust the DOM.
  return covered >= MIN_COVERAGE * json.length ? kept : [...domParagraphs];
}
