import { describe, expect, it } from 'vitest';
import { stripControlChars } from '../../shared/domain/text/controls.js';

describe('stripControlChars', () => {
  it('removes exactly C0 controls other than tab, line feed and carriage return, and DEL — checked on every UTF-16 code unit', () => {
    for (let code = 0; code <= 0xffff; code++) {
      const char = String.fromCharCode(code);
      const isControl = (code < 0x20 && code !== 9 && code !== 10 && code !== 13) || code === 0x7f;
      expect(stripControlChars(`a${char}b`), `U+${code.toString(16)}`).toBe(isControl ? 'ab' : `a${char}b`);
    }
  });

  it('returns text without controls unchanged', () => {
    expect(stripControlChars('Plain text\twith\ttabs\r\nand Ünïcödé 😀')).toBe('Plain text\twith\ttabs\r\nand Ünïcödé 😀');
  });
});
