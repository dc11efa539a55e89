/**
 * Choosing between the DOM-scored body and the JSON-LD articleBody. A publisher's articleBody is
 * clean when complete, but is often truncated (teasers, paywalls), holds HTML, or has lost its
 * paragraph breaks. So when it looks complete, the DOM paragraphs it contains are kept (real
 * paragraph breaks, no boilerplate); when those cover too little of it, the two disagree and the
 * DOM body stands.
 */
import { emitParagraphs } from './paragraphs.js';
import { loadDocument } from './dom.js';
import { comparable, normaliseSpace } from './text.js';
import type { Element } from './dom.js';

/** articleBody shorter than this share of the DOM body is a teaser, not the article. */
const MIN_LENGTH_SHARE = 0.7;
/** DOM paragraphs found in articleBody must cover this much of it to stand for it. */
const MIN_COVERAGE = 0.85;

const ELLIPSIS_END = /(\.\.\.|…|&hellip;|\[\.\.\.\])\s*$/;

/** articleBody as paragraphs: HTML bodies are parsed, plain ones split at line breaks. */
function bodyParagraphs(articleBody: string): string[] {
  if (/<\/?(p|br|div|h[2-6]|li)\b/i.test(articleBody)) {
    const root = loadDocument(articleBody);
    return emitParagraphs(root as unknown as Element, null).map((p) => p.text);
  }
  return articleBody.split(/\n+/).map(normaliseSpace).filter(Boolean);
}

export function chooseBody(domParagraphs: readonly string[], articleBody: string | null): string[] {
  if (!articleBody || ELLIPSIS_END.test(articleBody)) return [...domParagraphs];
  const fromJson = bodyParagraphs(articleBody);
  const json = comparable(fromJson.join(' '));
  if (json.length === 0) return [...domParagraphs];
  const dom = comparable(domParagraphs.join(' '));
  if (json.length < MIN_LENGTH_SHARE * dom.length) return [...domParagraphs];

  const kept: string[] = [];
  let covered = 0;
  for (const paragraph of domParagraphs) {
    const c = comparable(paragraph);
    if (c && json.includes(c)) {
      kept.push(paragraph);
      covered += c.length + 1;
    }
  }
  // Low coverage means the two disagree (markup escaped in JSON, a different text): trust the DOM.
  return covered >= MIN_COVERAGE * json.length ? kept : [...domParagraphs];
}
