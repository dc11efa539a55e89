import { foldName } from './fold.js';

/**
 * Lookup keys of a name, shared by every store so they all find the same entities: foldName, plus
 * a second key with ə→a, because English transliterations of Azerbaijani write ə as "a"
 * (Rəhimova → Rahimova, Məmmədov → Mammadov) while foldName maps ə to "e" (Hacıbəyov → Hajibeyov).
 */
export function nameKeys(name: string): { readonly key: string; readonly altKey: string } {
  return { key: foldName(name), altKey: foldName(name.replace(/ə/g, 'a').replace(/Ə/g, 'A')) };
}

/** The distinct non-empty keys of a name. */
export function distinctNameKeys(name: string): string[] {
  const { key, altKey } = nameKeys(name);
  return [...new Set([key, altKey])].filter((k) => k !== '');
}
