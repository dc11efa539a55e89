/**
 * A fast pre-pass over the raw HTML, before the DOM is built. It cuts out, with native regex and
 * indexOf scans:
 * - <script>, <style>, <svg> and comments (raw text that holds no article text; on modern pages
 *   often most of the bytes), keeping JSON-LD scripts aside for the metadata reader;
 * - whole elements the parser skips anyway (<nav>, <footer>, <aside>, <noscript>, <iframe>,
 *   <select>, <button>, <picture>, <template>), matched with their nesting, and only when their
 *   closing tag is found, so a missing close tag never swallows the rest of the page.
 * Building the DOM is most of the parser's cost; the tokenizer and tree builder never see these.
 */

export interface StrippedHtml {
  readonly html: string;
  readonly jsonLd: string[];
}

const OPENING = /<(!--|(?:script|style|svg|nav|footer|aside|noscript|iframe|select|button|picture|template)(?=[\s/>]))/gi;
const RAW = new Set(['script', 'style', 'svg']);
const NESTED = new Map<string, RegExp>();
const JSON_LD_IN_REGION = /<script[^>]*ld\+json[^>]*>([\s\S]*?)<\/script/gi;

/** Whether `text` at `at` spells the lower-case ASCII `word`, in any case (as a /word/i regex). */
function spellsAt(text: string, at: number, word: string): boolean {
  for (let k = 0; k < word.length; k++) {
    // Setting bit 5 lower-cases an ASCII letter and maps nothing else onto one.
    if ((text.charCodeAt(at + k) | 32) !== word.charCodeAt(k)) return false;
  }
  return true;
}

/**
 * Position of the first "</tag" (any case) at or after `from`, or -1. The native indexOf skips
 * to each "</": much faster over script bodies than a case-insensitive regex.
 */
function findClosing(text: string, tag: string, from: number): number {
  for (let i = text.indexOf('</', from); i !== -1; i = text.indexOf('</', i + 2)) {
    if (spellsAt(text, i + 2, tag)) return i;
  }
  return -1;
}

// Within a script, "<!--" starts an escaped run in which "<script" starts a nested one whose
// "</script>" does not end the outer script (the spec's script-data escape states): old pages
// write "<!-- document.write('<script …></script>') //-->".
const SCRIPT_MARK = /<!--|-->|<(\/?)script(?=[\s/>])/gi;

/** Position of the "</script" that ends a script whose content starts at `from`, or -1. */
function scriptEnd(text: string, from: number): number {
  const plain = findClosing(text, 'script', from);
  // Only a "<!--" inside the script matters: looked for within it, not through the rest of the page
  // (a page of many scripts and no later comment made that one search per script to the end).
  if (plain !== -1 && text.slice(from, plain).indexOf('<!--') === -1) return plain;
  const escape = text.indexOf('<!--', from);
  if (escape === -1) return plain;
  let state: 'data' | 'escaped' | 'double' = 'data';
  SCRIPT_MARK.lastIndex = from;
  for (let m = SCRIPT_MARK.exec(text); m; m = SCRIPT_MARK.exec(text)) {
    const mark = m[0];
    if (mark === '<!--') {
      if (state === 'data') state = 'escaped';
    } else if (mark === '-->') {
      state = 'data';
    } else if (m[1]) {
      if (state !== 'double') return m.index;
      state = 'escaped';
    } else if (state === 'escaped') {
      state = 'double';
    }
  }
  return -1;
}

/** Whether "ld+json" (any case) occurs in text[from, to): "+" is rare in markup, so look for it. */
function hasLdJson(text: string, from: number, to: number): boolean {
  for (let i = text.indexOf('+', from + 2); i !== -1 && i + 5 <= to; i = text.indexOf('+', i + 1)) {
    if (spellsAt(text, i - 2, 'ld') && spellsAt(text, i + 1, 'json')) return true;
  }
  return false;
}

/** End (after ">") of the element opened at `at`, counting nested same-name elements; -1 if never closed. */
function balancedEnd(html: string, tag: string, at: number): number {
  let re = NESTED.get(tag);
  if (!re) {
    re = new RegExp(`<(/?)${tag}(?=[\\s/>])`, 'gi');
    NESTED.set(tag, re);
  }
  re.lastIndex = at + 1 + tag.length;
  let depth = 1;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    depth += m[1] ? -1 : 1;
    if (depth === 0) {
      const end = html.indexOf('>', m.index);
      return end === -1 ? -1 : end + 1;
    }
  }
  return -1;
}

function collectJsonLd(html: string, from: number, to: number, into: string[]): void {
  if (!hasLdJson(html, from, to)) return;
  const region = html.slice(from, to);
  JSON_LD_IN_REGION.lastIndex = 0;
  for (let m = JSON_LD_IN_REGION.exec(region); m; m = JSON_LD_IN_REGION.exec(region)) into.push(m[1]!);
}

export function stripRawBlocks(html: string): StrippedHtml {
  const parts: string[] = [];
  const jsonLd: string[] = [];
  let pos = 0;
  let scan = 0;
  // A kind whose element was once left unclosed is not tried again: retrying at every later
  // opening tag would make the pass quadratic on tag soup such as 100,000 unclosed <nav>s.
  const givenUp = new Set<string>();
  for (;;) {
    OPENING.lastIndex = scan;
    const open = OPENING.exec(html);
    if (!open) break;
    const at = open.index;
    const kind = open[1]!.toLowerCase();
    if (kind === '!--') {
      parts.push(html.slice(pos, at));
      const end = html.indexOf('-->', at + 4);
      pos = scan = end === -1 ? html.length : end + 3;
      continue;
    }
    if (!RAW.has(kind)) {
      const end = givenUp.has(kind) ? -1 : balancedEnd(html, kind, at);
      if (end === -1) {
        givenUp.add(kind);
        // Never closed: leave it to the parser (which skips it) rather than cut the page short.
        scan = at + 1;
        continue;
      }
      parts.push(html.slice(pos, at));
      collectJsonLd(html, at, end, jsonLd);
      pos = scan = end;
      continue;
    }
    parts.push(html.slice(pos, at));
    const openEnd = html.indexOf('>', at);
    if (openEnd === -1) return { html: parts.join(''), jsonLd };
    const close = kind === 'script' ? scriptEnd(html, openEnd + 1) : findClosing(html, kind, openEnd + 1);
    const contentEnd = close === -1 ? html.length : close;
    if (kind === 'script' && hasLdJson(html, at, openEnd)) jsonLd.push(html.slice(openEnd + 1, contentEnd));
    if (close === -1) return { html: parts.join(''), jsonLd };
    const closeEnd = html.indexOf('>', close);
    pos = scan = closeEnd === -1 ? html.length : closeEnd + 1;
  }
  parts.push(html.slice(pos));
  return { html: parts.join(''), jsonLd };
}
