/**
 * A fast pre-pass over the raw HTML, before the DOM is built: cuts out <script>, <style>,
 * <svg> and comments with native indexOf scans. They hold no article text, and on modern pages
 * they are often most of the bytes, so the tokenizer and the DOM builder never see them. JSON-LD
 * scripts are kept aside for the metadata reader.
 */

export interface StrippedHtml {
  readonly html: string;
  readonly jsonLd: string[];
}

const OPENING = /<(!--|(?:script|style|svg)(?=[\s/>]))/gi;
const CLOSING: Readonly<Record<string, RegExp>> = {
  script: /<\/script/gi,
  style: /<\/style/gi,
  svg: /<\/svg/gi,
};

/** Position of `re` at or after `from`, or -1. Regex scans are native, so no lower-cased copy is needed. */
function find(re: RegExp, text: string, from: number): number {
  re.lastIndex = from;
  const m = re.exec(text);
  return m ? m.index : -1;
}

export function stripRawBlocks(html: string): StrippedHtml {
  const parts: string[] = [];
  const jsonLd: string[] = [];
  let pos = 0;
  for (;;) {
    OPENING.lastIndex = pos;
    const open = OPENING.exec(html);
    if (!open) break;
    const at = open.index;
    parts.push(html.slice(pos, at));
    const kind = open[1]!.toLowerCase();
    if (kind === '!--') {
      const end = html.indexOf('-->', at + 4);
      pos = end === -1 ? html.length : end + 3;
      continue;
    }
    const openEnd = html.indexOf('>', at);
    if (openEnd === -1) return { html: parts.join(''), jsonLd };
    const close = find(CLOSING[kind]!, html, openEnd + 1);
    const contentEnd = close === -1 ? html.length : close;
    if (kind === 'script' && /ld\+json/i.test(html.slice(at, openEnd))) jsonLd.push(html.slice(openEnd + 1, contentEnd));
    if (close === -1) return { html: parts.join(''), jsonLd };
    const closeEnd = html.indexOf('>', close);
    pos = closeEnd === -1 ? html.length : closeEnd + 1;
  }
  parts.push(html.slice(pos));
  return { html: parts.join(''), jsonLd };
}
