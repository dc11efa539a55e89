/**
 * parseArticle: HTML → ParsedPage. Pure and total: it never throws, whatever the input; on
 * hopeless input it returns a page with empty fields.
 */
import { stripControlChars } from '../text/controls.js';
import { anchorToHeadline, scoreTree } from './body.js';
import { emitParagraphs, keepParagraph } from './paragraphs.js';
import { allElements, loadDocument, MAX_INPUT_CHARS, textOf, type Document, type Element } from './dom.js';
import { stripRawBlocks } from './strip.js';
import { comparable } from './text.js';
import { decodeEntities } from './entities.js';
import { chooseBody } from './jsonld-body.js';
import { isArticleNode, readJsonLd, stringField, type JsonObject } from './jsonld.js';
import { detectLanguage } from './language.js';
import { buildMetadata, gatherSources } from './metadata.js';
import type { ParsedPage, ParseOptions } from './types.js';

export type { ParsedPage, ParseOptions } from './types.js';

/** Bumped whenever output for the same HTML may change, so stored articles can be re-parsed. */
export const PARSER_VERSION = '1.2.0';

/** The <h1>/<h2> whose text is the title: the anchor of the article container. */
function findHeadline(headings: readonly Element[], titleKey: string): Element | null {
  for (const el of headings) {
    const text = decodeEntities(textOf(el));
    // Cheap length test first: most headings are section titles of other lengths.
    if (text.length < titleKey.length || text.length > titleKey.length * 3 + 40) continue;
    if (comparable(text) === titleKey) return el;
  }
  return null;
}

export function emptyPage(): ParsedPage {
  return {
    title: '',
    authors: [],
    publishedAt: null,
    publishedDay: null,
    modifiedAt: null,
    language: 'und',
    section: null,
    canonicalUrl: null,
    image: null,
    description: null,
    paragraphs: [],
  };
}

export function parseArticle(html: string, options: ParseOptions = {}): ParsedPage {
  try {
    return parseArticleStrict(html, options);
  } catch {
    // A last guard only: the robustness tests run parseArticleStrict, so a throw here is a bug.
    return emptyPage();
  }
}

/** parseArticle without the safety net, so tests can prove the code itself does not throw. */
export function parseArticleStrict(html: string, options: ParseOptions = {}): ParsedPage {
  if (typeof html !== 'string' || html.length === 0) return emptyPage();
  return parse(stripControlChars(html), options);
}

/** The article node of the JSON-LD: the first article-typed one, preferring one with a body. */
function pickArticleNode(nodes: readonly JsonObject[]): JsonObject | undefined {
  const articles = nodes.filter(isArticleNode);
  return articles.find((n) => stringField(n, 'articleBody')) ?? articles[0] ?? nodes.find((n) => stringField(n, 'articleBody'));
}

function parse(html: string, options: ParseOptions): ParsedPage {
  const stripped = stripRawBlocks(html.length > MAX_INPUT_CHARS ? html.slice(0, MAX_INPUT_CHARS) : html);
  const doc: Document = loadDocument(stripped.html);
  const elements = allElements(doc);
  const sources = gatherSources(elements);
  const jsonLd = readJsonLd(stripped.jsonLd);
  const article = pickArticleNode(jsonLd);
  const metadata = buildMetadata(sources, article, options.url, { jsonLd, html: stripped.html, rawHtml: html, doc });

  const titleKey = comparable(metadata.title);
  const scored = scoreTree(doc, titleKey);
  const { dropped } = scored;
  const headline = titleKey ? findHeadline(sources.headings, titleKey) : null;
  const best = scored.best ? anchorToHeadline(scored.best, headline, scored.proseOf) : null;
  const domParagraphs = best ? emitParagraphs(best, dropped).filter((p) => keepParagraph(p, titleKey)).map((p) => p.text) : [];
  const paragraphs = chooseBody(domParagraphs, stringField(article, 'articleBody'));
  // A page that declares no language is read for one: its body, else its title and description.
  const language = metadata.language !== 'und' ? metadata.language : detectLanguage(paragraphs.length > 0 ? paragraphs.join('\n') : `${metadata.title}\n${metadata.description ?? ''}`);
  return { ...metadata, language, paragraphs };
}
