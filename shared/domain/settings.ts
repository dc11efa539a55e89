/**
 * Numeric settings from a command line or the environment, checked before use: a typo such as
 * `--delay abc` or `--delay -5` must stop the program with a clear message, never become NaN or a
 * negative number that silently turns politeness off. Pure; callers map ValidationError to exit 2.
 */
import { ValidationError } from './errors.js';

export interface IntegerBounds {
  readonly min: number;
  readonly max?: number;
}

/** Quotes user input in messages without echoing an arbitrarily long string. */
export function quoteInput(text: string, max = 200): string {
  const shown = text.length > max ? `${text.slice(0, max)}… (${text.length} characters)` : text;
  return JSON.stringify(shown);
}

export function parseIntegerSetting(name: string, text: string, bounds: IntegerBounds): number {
  const trimmed = text.trim();
  const value = /^[+-]?\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN;
  const range = bounds.max === undefined ? `≥ ${bounds.min}` : `from ${bounds.min} to ${bounds.max}`;
  if (!Number.isSafeInteger(value) || value < bounds.min || (bounds.max !== undefined && value > bounds.max)) {
    throw new ValidationError(`${name} must be a whole number ${range}, not ${quoteInput(text)}`, [{ path: name, message: `expected an integer ${range}` }]);
  }
  return value;
}

const DURATION_UNITS: Readonly<Record<string, number>> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** `90s`, `15m`, `6h`, `1d` or plain milliseconds → milliseconds, at least `minMs`. */
export function parseDuration(name: string, text: string, minMs: number): number {
  const match = /^(\d+)(ms|s|m|h|d)?$/.exec(text.trim());
  const value = match ? Number(match[1]) * (DURATION_UNITS[match[2] ?? 'ms'] ?? 1) : Number.NaN;
  if (!Number.isSafeInteger(value) || value < minMs) {
    throw new ValidationError(`${name} must be a duration such as 30m, 6h or 1d (at least ${minMs} ms), not ${quoteInput(text)}`, [{ path: name, message: 'expected a duration' }]);
  }
  return value;
}

/** A list of TCP ports, e.g. `8080,8081`. */
export function parsePortList(name: string, text: string): number[] {
  const parts = text.split(',').map((part) => part.trim());
  if (parts.length === 0 || parts.some((part) => part === '')) {
    throw new ValidationError(`${name} takes the loopback ports to allow, e.g. 8080,8081, not ${quoteInput(text)}`, [{ path: name, message: 'expected ports' }]);
  }
  return parts.map((part) => parseIntegerSetting(name, part, { min: 1, max: 65_535 }));
}

/** The smallest gap between two requests to one host unless `unsafeNoDelay` is set. */
export const POLITE_DELAY_FLOOR_MS = 250;
