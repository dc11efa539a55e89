/**
 * The names an entity appears under: every form its mentions use, per language of the mentioning
 * articles (english-entity-name.ts adds the English name). Stores count with these rules.
 */

/** One surface form of an entity, in the language of the articles that use it. */
export interface EntityNameForm {
  readonly name: string;
  readonly lang: string;
  /** Mentioning articles (of that language) that use this form. */
  readonly count: number;
}

/** The fewest folded characters a suggestion prefix needs: one letter matches too much to rank. */
export const SUGGEST_MIN_PREFIX = 2;

/** At most this many forms are listed per entity. */
export const MAX_NAME_FORMS = 50;

/** Language of an article stored before it had one. */
export const UNKNOWN_LANGUAGE = 'und';

/** Code-unit order, as SQLite's binary collation orders the same strings. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Most used first, then by name and language, the same in every store. */
export function byUse(a: EntityNameForm, b: EntityNameForm): number {
  return b.count - a.count || compareText(a.name, b.name) || compareText(a.lang, b.lang);
}

/** Each mention counts its name and each alias once, in the language of its article. */
export function countNameForms(mentions: readonly { name: string; aliases: readonly string[]; lang: string | null }[]): EntityNameForm[] {
  const counts = new Map<string, EntityNameForm>();
  for (const mention of mentions) {
    const lang = mention.lang || UNKNOWN_LANGUAGE;
    for (const name of new Set([mention.name, ...mention.aliases].filter((form) => form.trim() !== ''))) {
      const key = `${lang}\u0000${name}`;
      counts.set(key, { name, lang, count: (counts.get(key)?.count ?? 0) + 1 });
    }
  }
  return [...counts.values()].sort(byUse).slice(0, MAX_NAME_FORMS);
}
