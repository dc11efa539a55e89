import { foldName } from '../../domain/text/fold.js';

/**
 * Lookup keys of a name, the same rule as the SQLite adapter's name-keys.ts (so both stores find
 * the same entities): foldName, plus a second key with ə→a, because English transliterations of
 * Azerbaijani write ə as "a" (Rəhimova → Rahimova) whatever foldName decides for ə.
 * Candidate for shared/domain/text once the domain owns it.
 */
export function nameKeys(name: string): string[] {
  const keys = new Set([foldName(name), foldName(name.replace(/ə/g, 'a').replace(/Ə/g, 'A'))]);
  keys.delete('');
  return [...keys];
}
