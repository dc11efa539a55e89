/**
 * Known aliases from general public knowledge: acronyms of international and Azerbaijani bodies
 * and their long forms, and common alternative names. Each entry maps to one canonical key.
 * Entries are matched by bagKey (order-free folded content words), so "Organisation"/
 * "Organization" and word-order variants need not be listed.
 */
import type { EntityType } from '../model.js';
import { bagKey } from './keys.js';

interface AliasEntry {
  readonly type: EntityType;
  readonly key: string;
  readonly names: readonly string[];
}

const ENTRIES: readonly AliasEntry[] = [
  { type: 'organisation', key: 'turksoy', names: ['TURKSOY', 'International Organization of Turkic Culture', 'Türksoy'] },
  { type: 'organisation', key: 'unesco', names: ['UNESCO', 'United Nations Educational, Scientific and Cultural Organization', 'ЮНЕСКО'] },
  { type: 'organisation', key: 'isesco', names: ['ISESCO', 'ICESCO', 'Islamic World Educational, Scientific and Cultural Organization', 'Islamic Educational, Scientific and Cultural Organization'] },
  { type: 'organisation', key: 'anas', names: ['ANAS', 'AMEA', 'Azerbaijan National Academy of Sciences', 'National Academy of Sciences of Azerbaijan', 'Azərbaycan Milli Elmlər Akademiyası', 'НАНА'] },
  { type: 'organisation', key: 'oic', names: ['OIC', 'Organisation of Islamic Cooperation', 'Organization of Islamic Cooperation'] },
  { type: 'organisation', key: 'ots', names: ['OTS', 'Organization of Turkic States', 'Turkic Council'] },
  { type: 'organisation', key: 'un', names: ['UN', 'United Nations', 'ООН', 'BMT'] },
  { type: 'organisation', key: 'eu', names: ['EU', 'European Union', 'Avropa İttifaqı'] },
  { type: 'organisation', key: 'cis', names: ['CIS', 'Commonwealth of Independent States', 'СНГ', 'MDB'] },
  { type: 'organisation', key: 'osce', names: ['OSCE', 'Organization for Security and Co-operation in Europe'] },
  { type: 'organisation', key: 'unicef', names: ['UNICEF', "United Nations Children's Fund"] },
  { type: 'organisation', key: 'azertac', names: ['AZERTAC', 'Azertag', 'АЗЕРТАДЖ', 'Azerbaijan State News Agency', 'AZƏRTAC'] },
  { type: 'organisation', key: 'ministry-of-culture', names: ['Ministry of Culture', 'Culture Ministry', 'Mədəniyyət Nazirliyi', 'Министерство культуры', 'Ministry of Culture and Tourism', 'Culture and Tourism Ministry'] },
  { type: 'organisation', key: 'heydar-aliyev-foundation', names: ['Heydar Aliyev Foundation', 'Heydər Əliyev Fondu', 'Фонд Гейдара Алиева'] },
  { type: 'organisation', key: 'heydar-aliyev-center', names: ['Heydar Aliyev Center', 'Heydər Əliyev Mərkəzi', 'Центр Гейдара Алиева'] },
  { type: 'place', key: 'baku', names: ['Baku', 'Bakı', 'Баку'] },
  { type: 'place', key: 'azerbaijan', names: ['Azerbaijan', 'Azərbaycan', 'Азербайджан', 'Republic of Azerbaijan'] },
  { type: 'place', key: 'ganja', names: ['Ganja', 'Gəncə', 'Гянджа'] },
  { type: 'place', key: 'shusha', names: ['Shusha', 'Şuşa', 'Шуша'] },
  { type: 'place', key: 'sheki', names: ['Sheki', 'Shaki', 'Şəki', 'Шеки'] },
  { type: 'place', key: 'nakhchivan', names: ['Nakhchivan', 'Naxçıvan', 'Нахчыван', 'Нахичевань'] },
  { type: 'place', key: 'karabakh', names: ['Karabakh', 'Qarabağ', 'Карабах'] },
  { type: 'place', key: 'icherisheher', names: ['Icherisheher', 'İçərişəhər', 'Ичеришехер', 'Old City'] },
  { type: 'place', key: 'turkiye', names: ['Turkiye', 'Türkiye', 'Turkey', 'Турция'] },
  { type: 'place', key: 'russia', names: ['Russia', 'Rusiya', 'Россия', 'Russian Federation'] },
  { type: 'organisation', key: 'film-agency', names: ['Azerbaijan Film Agency', 'Film Agency', 'Cinema Agency', 'Kino Agentliyi', 'Агентство кино'] },
];

const BY_BAG = new Map<string, AliasEntry>();
for (const e of ENTRIES) for (const n of e.names) BY_BAG.set(`${e.type}|${bagKey(n)}`, e);

/** The alias-table entry one of these names belongs to, with the name that matched. */
export function lookupAlias(type: EntityType, names: readonly string[]): { key: string; matched: string } | undefined {
  for (const n of names) {
    const e = BY_BAG.get(`${type}|${bagKey(n)}`);
    if (e) return { key: e.key, matched: n };
  }
  return undefined;
}
