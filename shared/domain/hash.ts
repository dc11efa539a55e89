import { createHash } from 'node:crypto';

/** Hex sha256. node:crypto is pure computation, not I/O, so the domain may use it. */
export function sha256Hex(input: string | Uint8Array): string {
  return createHash('sha256').update(input).digest('hex');
}

/** A short stable id: the first 16 hex characters of sha256 (64 bits, collision-safe at our scale). */
export function stableId(...parts: string[]): string {
  return sha256Hex(parts.join('\u0000')).slice(0, 16);
}
