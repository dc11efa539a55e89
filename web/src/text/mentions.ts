/**
 * Entity mentions in an article's text: the API lists which entities an article mentions (with
 * their names and aliases), not where. The page finds those names in each paragraph so they can
 * be highlighted and linked. Longer names win over shorter ones they contain ("Leyla Rəhimova"
 * over "Rəhimova"); matches are case-insensitive and must not start or end inside a word.
 */
export interface MentionName {
  readonly entityId: string;
  readonly name: string;
  readonly aliases: readonly string[];
}

export type Segment = { readonly text: string } | { readonly text: string; readonly entityId: string };

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One regular expression for all names, longest first, or null when there is nothing to find. */
export function mentionMatcher(mentions: readonly MentionName[]): { pattern: RegExp; idOf: (match: string) => string | undefined } | null {
  const byName = new Map<string, string>();
  for (const mention of mentions) {
    for (const name of [mention.name, ...mention.aliases]) {
      const key = name.trim().toLocaleLowerCase();
      // Single letters and the like would light up half the text.
      if (key.length >= 2 && !byName.has(key)) byName.set(key, mention.entityId);
    }
  }
  if (byName.size === 0) return null;
  const names = [...byName.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  return { pattern, idOf: (match) => byName.get(match.toLocaleLowerCase()) };
}

/** Splits a paragraph into plain text and linked mentions. */
export function mentionSegments(text: string, matcher: ReturnType<typeof mentionMatcher>): Segment[] {
  if (matcher === null) return text === '' ? [] : [{ text }];
  const segments: Segment[] = [];
  let last = 0;
  for (const match of text.matchAll(matcher.pattern)) {
    const entityId = matcher.idOf(match[0]);
    if (entityId === undefined || match.index === undefined) continue;
    if (match.index > last) segments.push({ text: text.slice(last, match.index) });
    segments.push({ text: match[0], entityId });
    last = match.index + match[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last) });
  return segments;
}
