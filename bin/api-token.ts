/**
 * The local server's write token: <data>/api-token, created on first start with 0600
 * permissions (owner read/write only), 256 random bits. Anyone who can read the data folder can
 * already change the database, so the file's permissions are the boundary.
 */
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const TOKEN_FILE = 'api-token';

export function tokenPath(dataDir: string): string {
  return join(dataDir, TOKEN_FILE);
}

/** Reads the token, creating it first when missing; tightens permissions a copy may have lost. */
export function ensureApiToken(dataDir: string): { token: string; path: string; created: boolean } {
  const path = tokenPath(dataDir);
  mkdirSync(dataDir, { recursive: true });
  let created = false;
  try {
    // 'wx': fails if the file exists, so two servers starting at once keep one token.
    writeFileSync(path, `${randomBytes(32).toString('base64url')}\n`, { mode: 0o600, flag: 'wx' });
    created = true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  if ((statSync(path).mode & 0o077) !== 0) chmodSync(path, 0o600);
  const token = readFileSync(path, 'utf8').trim();
  if (token.length < 32) throw new Error(`${path} holds no usable token (delete it and start again to create one)`);
  return { token, path, created };
}
