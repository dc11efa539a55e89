/**
 * robots.txt per RFC 9309 (and Google's reading of it): groups by user-agent, longest-match
 * Allow/Disallow with `*` and `$`, Allow winning ties, Crawl-delay and Sitemap lines. Pure.
 */

export interface RobotsRule {
  readonly allow: boolean;
  readonly pattern: string;
}

export interface RobotsGroup {
  /** Lower-cased user-agent tokens; `*` is the catch-all. */
  readonly agents: readonly string[];
  readonly rules: readonly RobotsRule[];
  /** Seconds, when the group states one. */
  readonly crawlDelay?: number;
}

export interface Robots {
  readonly groups: readonly RobotsGroup[];
  readonly sitemaps: readonly string[];
}

/** Google ignores everything after the first 500 KiB. */
export const MAX_ROBOTS_CHARS = 500 * 1024;

export const ALLOW_ALL: Robots = { groups: [], sitemaps: [] };
export const DISALLOW_ALL: Robots = { groups: [{ agents: ['*'], rules: [{ allow: false, pattern: '/' }] }], sitemaps: [] };

interface MutableGroup {
  agents: string[];
  rules: RobotsRule[];
  crawlDelay?: number;
}

export function parseRobots(text: string): Robots {
  const groups: MutableGroup[] = [];
  const sitemaps: string[] = [];
  let current: MutableGroup | null = null;
  let lastWasAgent = false;
  for (const rawLine of text.slice(0, MAX_ROBOTS_CHARS).replace(/^\uFEFF/, '').split(/\r\n|\r|\n/)) {
    const line = rawLine.replace(/#.*$/, '').trim();
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const key = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    if (key === 'user-agent' || key === 'useragent') {
      if (!lastWasAgent || current === null) {
        current = { agents: [], rules: [] };
        groups.push(current);
      }
      current.agents.push(value.toLowerCase());
      lastWasAgent = true;
      continue;
    }
    if (key === 'sitemap') {
      if (value !== '') sitemaps.push(value);
      continue;
    }
    lastWasAgent = false;
    if (current === null) continue; // Rules before any user-agent line belong to nobody.
    if (key === 'allow' || key === 'disallow') {
      // An empty Disallow means "nothing disallowed"; an empty Allow means nothing.
      if (value !== '') current.rules.push({ allow: key === 'allow', pattern: value });
    } else if (key === 'crawl-delay') {
      const seconds = Number(value);
      if (Number.isFinite(seconds) && seconds >= 0 && current.crawlDelay === undefined) current.crawlDelay = seconds;
    }
  }
  return { groups, sitemaps };
}

/** The product token of a user agent string: `culture-index/0.1 (+url)` → `culture-index`. */
export function productToken(userAgent: string): string {
  return (userAgent.trim().split(/[/\s]/)[0] ?? '').toLowerCase();
}

/** Groups that apply: those naming our token, else the `*` groups (merged, as RFC 9309 says). */
function applicableGroups(robots: Robots, userAgent: string): RobotsGroup[] {
  const token = productToken(userAgent);
  const named = robots.groups.filter((g) => g.agents.some((a) => a !== '*' && a === token));
  return named.length > 0 ? named : robots.groups.filter((g) => g.agents.includes('*'));
}

/**
 * One spelling for paths and patterns (RFC 9309 §2.2.2): non-ASCII percent-encoded as UTF-8,
 * escapes of unreserved characters decoded (`%7E` ≡ `~`), other escapes upper-cased.
 */
function canonicalPath(text: string): string {
  return text
    .replace(/[^\x21-\x7e]/gu, (ch) => encodeURIComponent(ch))
    .replace(/%([0-9a-fA-F]{2})/g, (_, hex: string) => {
      const ch = String.fromCharCode(parseInt(hex, 16));
      return /[A-Za-z0-9\-._~]/.test(ch) ? ch : `%${hex.toUpperCase()}`;
    });
}

function patternMatches(pattern: string, path: string): boolean {
  const anchored = pattern.endsWith('$');
  const body = canonicalPath(anchored ? pattern.slice(0, -1) : pattern);
  const source = body.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*');
  return new RegExp(`^${source}${anchored ? '$' : ''}`).test(path);
}

function pathOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    return canonicalPath(`${parsed.pathname}${parsed.search}`);
  } catch {
    return null;
  }
}

export function isAllowed(robots: Robots, userAgent: string, url: string): boolean {
  const path = pathOf(url);
  if (path === null) return false;
  if (path === '/robots.txt') return true;
  let best: RobotsRule | null = null;
  for (const group of applicableGroups(robots, userAgent)) {
    for (const rule of group.rules) {
      if (!patternMatches(rule.pattern, path)) continue;
      const longer = best === null || rule.pattern.length > best.pattern.length;
      const tieAllow = best !== null && rule.pattern.length === best.pattern.length && rule.allow && !best.allow;
      if (longer || tieAllow) best = rule;
    }
  }
  return best === null || best.allow;
}

/** Crawl-delay in seconds for our user agent, or null when none is stated. */
export function crawlDelaySeconds(robots: Robots, userAgent: string): number | null {
  for (const group of applicableGroups(robots, userAgent)) {
    if (group.crawlDelay !== undefined) return group.crawlDelay;
  }
  return null;
}
