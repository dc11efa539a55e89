/**
 * The English name of an entity among its name forms. Kept apart from entity-names.ts so the
 * stores, which count forms, do not carry the English-name tables; only the API does.
 */
import { byUse, MAX_NAME_FORMS, type EntityNameForm } from './entity-names.js';
import { englishName, needsEnglishName } from './extract/english-names.js';
import type { EntityType } from './model.js';

/**
 * The forms with the entity's English name as `en`: the extractor adds it as an alias to the
 * mentions of Azerbaijani and Russian texts, so there it is counted under the article's language.
 */
export function withEnglishName(entity: { type: EntityType; name: string; aliases: readonly string[] }, forms: readonly EntityNameForm[]): EntityNameForm[] {
  const names = [entity.name, ...entity.aliases];
  if (!names.some(needsEnglishName)) return [...forms];
  const english = englishName(entity.type, entity.name, entity.aliases);
  if (english === undefined || english.trim() === '') return [...forms];
  const others = forms.filter((form) => form.name !== english);
  const uses = forms.filter((form) => form.name === english).reduce((sum, form) => sum + form.count, 0);
  return [...others, { name: english, lang: 'en', count: uses }].sort(byUse).slice(0, MAX_NAME_FORMS);
}
