/**
 * JSON-LD reading. Pages embed it in many shapes (single object, array, @graph, nested
 * mainEntity) and often broken (raw newlines in strings, trailing commas, HTML comments), so the
 * reader repairs what it can and, failing that, picks single string fields out with a regex.
 */

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

const ARTICLE_TYPES = new Set([
  'article', 'newsarticle', 'reportagenewsarticle', 'analysisnewsarticle', 'opinionnewsarticle',
  'reviewnewsarticle', 'backgroundnewsarticle', 'askpublicnewsarticle', 'blogposting', 'liveblogposting',
  'socialmediaposting', 'scholarlyarticle', 'techarticle', 'report', 'satiricalarticle', 'advertisercontentarticle',
  'review', 'posting',
]);

function isObject(value: JsonValue | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function typesOf(node: JsonObject): string[] {
  const t = node['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list.filter((x): x is string => typeof x === 'string').map((x) => x.replace(/^.*[/#:]/, '').toLowerCase());
}

export function isArticleNode(node: JsonObject): boolean {
  return typesOf(node).some((t) => ARTICLE_TYPES.has(t));
}

function parseLenient(raw: string): JsonValue | undefined {
  let text = raw.trim().replace(/^<!--|-->$/g, '').replace(/^\s*\/\/\s*<!\[CDATA\[|\/\/\s*\]\]>\s*$/g, '').trim();
  try {
    return JSON.parse(text) as JsonValue;
  } catch {
    // Raw control characters inside strings and trailing commas are the common breakages.
    text = text.replace(/[\u0000-\u001f]+/g, ' ').replace(/,\s*([}\]])/g, '$1');
    try {
      return JSON.parse(text) as JsonValue;
    } catch {
      return undefined;
    }
  }
}

/** Flatten arrays, @graph and nested objects into one list of objects (bounded). */
function collect(value: JsonValue | undefined, out: JsonObject[], depth = 0): void {
  if (value === undefined || depth > 12 || out.length > 500) return;
  if (Array.isArray(value)) {
    for (const item of value) collect(item, out, depth + 1);
    return;
  }
  if (!isObject(value)) return;
  out.push(value);
  for (const [key, child] of Object.entries(value)) {
    if (key === 'articleBody' || key === 'text' || key === 'description') continue;
    if (typeof child === 'object' && child !== null) collect(child, out, depth + 1);
  }
}

/** Fields we could read from a script whose JSON is beyond repair. */
function regexFallback(raw: string): JsonObject | undefined {
  const node: JsonObject = {};
  for (const key of ['@type', 'headline', 'datePublished', 'dateModified', 'articleBody', 'articleSection', 'inLanguage']) {
    const m = new RegExp(`"${key}"\\s*:\\s*"((?:[^"\\\\]|\\\\.)*)"`).exec(raw);
    if (!m) continue;
    try {
      node[key] = JSON.parse(`"${m[1]!.replace(/[\u0000-\u001f]+/g, ' ')}"`) as string;
    } catch {
      node[key] = m[1]!;
    }
  }
  return Object.keys(node).length > 0 ? node : undefined;
}

/** All JSON-LD objects of the page, flattened. */
export function readJsonLd(scripts: readonly string[]): JsonObject[] {
  const out: JsonObject[] = [];
  for (const raw of scripts) {
    const parsed = parseLenient(raw);
    if (parsed !== undefined) collect(parsed, out);
    else {
      const fallback = regexFallback(raw);
      if (fallback) out.push(fallback);
    }
  }
  return out;
}

/** A string field, or the first string of an array, or the `name`/`url`/`@id` of an object. */
export function stringField(node: JsonObject | undefined, key: string): string | null {
  if (!node) return null;
  return asString(node[key]);
}

export function asString(value: JsonValue | undefined): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) {
    for (const item of value) {
      const s = asString(item);
      if (s) return s;
    }
    return null;
  }
  if (isObject(value)) return asString(value['url'] ?? value['name'] ?? value['contentUrl'] ?? value['@id']);
  return null;
}

/** Author names from "author"/"creator": string, {name}, or arrays of them. */
export function authorNames(node: JsonObject | undefined): string[] {
  if (!node) return [];
  const out: string[] = [];
  const visit = (value: JsonValue | undefined): void => {
    if (typeof value === 'string') out.push(value);
    else if (Array.isArray(value)) value.forEach(visit);
    else if (isObject(value) && typeof value['name'] === 'string') out.push(value['name']);
  };
  visit(node['author'] ?? node['creator']);
  return out;
}
