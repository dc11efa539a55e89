/**
 * C0 control characters other than tab, line feed and carriage return, and DEL. HTML and XML
 * forbid them in text; pages still carry them (NUL padding, stray BEL from old CMS exports).
 * Left in, they reach titles, bodies and the index, and confuse the paragraph heuristics.
 */
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
// eslint-disable-next-line no-control-regex
const ANY_CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

export function stripControlChars(text: string): string {
  return ANY_CONTROL.test(text) ? text.replace(CONTROLS, '') : text;
}
