/**
 * C0 control characters other than tab, line feed and carriage return, and DEL. HTML and XML
 * forbid them in text; pages still carry them (NUL padding, stray BEL from old CMS exports).
 * Left in, they reach titles, bodies and the index, and confuse the paragraph heuristics.
 */
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
// The same set written as its complement: V8 scans a page for it about a fifth faster (it reads
// every character of every page, so this test is a few per cent of the parser's time).
const ANY_CONTROL = /[^\t\n\r\u0020-\u007E\u0080-\uFFFF]/;

export function stripControlChars(text: string): string {
  return ANY_CONTROL.test(text) ? text.replace(CONTROLS, '') : text;
}
