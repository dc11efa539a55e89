/** Commander parsers for numeric options: a bad value is a usage error (exit 2) with a clear message. */
import { InvalidArgumentError } from 'commander';
import { parseDuration, parseIntegerSetting, parsePortList, type IntegerBounds } from '../shared/domain/settings.js';

function asArgumentError<T>(parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    throw new InvalidArgumentError(error instanceof Error ? error.message : String(error));
  }
}

export const integerOption = (name: string, bounds: IntegerBounds) => (text: string): number =>
  asArgumentError(() => parseIntegerSetting(name, text, bounds));

export const durationOption = (name: string, minMs: number) => (text: string): number => asArgumentError(() => parseDuration(name, text, minMs));

export const portListOption = (name: string) => (text: string): number[] => asArgumentError(() => parsePortList(name, text));

/** Shortens every whitespace-free run longer than `max` characters: messages never echo a huge input. */
export function clipLongRuns(text: string, max = 200): string {
  return text.replace(new RegExp(`\\S{${max + 1},}`, 'g'), (run) => `${run.slice(0, max)}… (${run.length} characters)`);
}
