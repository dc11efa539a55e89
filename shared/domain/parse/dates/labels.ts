/**
 * Words that mark a date next to them as a modification date, per language, as data: "Updated
 * 5 May", "Aktualisiert am 5. Mai". Matched on the few words just before a date.
 */

export const MODIFIED_LABELS: Readonly<Record<string, readonly string[]>> = {
  en: ['updated', 'last updated', 'modified', 'last modified', 'revised', 'edited'],
  de: ['aktualisiert', 'zuletzt aktualisiert', 'geändert', 'letzte änderung', 'stand'],
  fr: ['mis à jour', 'mise à jour', 'modifié'],
  es: ['actualizado', 'actualización', 'modificado'],
  it: ['aggiornato', 'aggiornamento', 'modificato'],
  pt: ['atualizado', 'atualização'],
  nl: ['bijgewerkt', 'gewijzigd'],
  pl: ['aktualizacja', 'zaktualizowano'],
  ru: ['обновлено', 'обновлен', 'изменено', 'обновление'],
  uk: ['оновлено'],
  az: ['yenilənib', 'yeniləndi', 'yenilənmə'],
  tr: ['güncellendi', 'güncelleme', 'son güncelleme'],
};

function labelPattern(table: Readonly<Record<string, readonly string[]>>): RegExp {
  const words = [...new Set(Object.values(table).flat())].sort((a, b) => b.length - a.length);
  const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'));
  return new RegExp(`(?:^|[^\\p{L}])(?:${escaped.join('|')})\\s*(?:on|am|le|el|:|-|–)?\\s*[:\\s]*$`, 'iu');
}

const MODIFIED = labelPattern(MODIFIED_LABELS);

/** Whether the text just before a date labels it as a modification date. */
export function labelsModified(before: string): boolean {
  return MODIFIED.test(before.slice(-40));
}
