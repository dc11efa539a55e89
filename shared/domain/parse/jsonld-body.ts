/**
 * Choosing between the DOM-scored body and the JSON-LD articleBody. Publishers' articleBody is
 * clean when complete, but is often truncated (teasers, paywalls) or stripped of paragraph breaks.
 */
import { comparable, normaliseSpace } from './text.js';

export function chooseBody(domParagraphs: readonly string[], articleBody: string | null): string[] {
  const body = articleBody ? normaliseSpace(articleBody) : '';
  if (!body) return [...domParagraphs];
  return [...domParagraphs];
}

export { comparable };
