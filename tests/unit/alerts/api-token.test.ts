import { chmodSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ensureApiToken, tokenPath } from '../../../bin/api-token.js';
import { bearerMatches } from '../../../shared/api/write-auth.js';

const dirs: string[] = [];
const fresh = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'ci-token-'));
  dirs.push(dir);
  return join(dir, 'data');
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the local write token', () => {
  it('is created on first start with 0600 permissions and 256 random bits, then reused', () => {
    const data = fresh();
    const first = ensureApiToken(data);
    expect(first.created).toBe(true);
    expect(first.path).toBe(tokenPath(data));
    expect(statSync(first.path).mode & 0o777).toBe(0o600);
    expect(first.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const again = ensureApiToken(data);
    expect(again).toEqual({ ...first, created: false });
    expect(ensureApiToken(fresh()).token).not.toBe(first.token);
  });

  it('tightens a token file that became readable by others, and refuses an empty one', () => {
    const data = fresh();
    const { path } = ensureApiToken(data);
    chmodSync(path, 0o644);
    ensureApiToken(data);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    writeFileSync(path, '\n');
    expect(() => ensureApiToken(data)).toThrow(/no usable token/);
  });

  it('matches only "Bearer <exactly the token>"', () => {
    const token = 'x'.repeat(43);
    expect(bearerMatches(`Bearer ${token}`, token)).toBe(true);
    expect(bearerMatches(`bearer ${token}`, token)).toBe(true);
    for (const header of [undefined, '', token, `Bearer ${token}y`, `Bearer ${token.slice(1)}`, `Basic ${token}`, `Bearer  `]) expect(bearerMatches(header, token), String(header)).toBe(false);
  });
});
