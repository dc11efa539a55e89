import { foldName } from '../../domain/text/fold.js';

/**
 * Comparison keys of a name. foldName gives the canonical key; English transliterations of
 * Azerbaijani usually write ə as "a" (Rəhimova → Rahimova, Məmmədov → Mammadov), so a second
 * key with ə→a lets either spelling find the other, whatever foldName decides for ə.
 */
export function nameKeys(name: string): { readonly key: string; readonly altKey: string } {
  return { key: foldName(name), altKey: foldName(name.replace(/ə/g, 'a').replace(/Ə/g, 'A')) };
}
