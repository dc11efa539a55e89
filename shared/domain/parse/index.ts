/**
 * parseArticle: HTML → ParsedPage. Pure and total: it never throws, whatever the input; on
 * hopeless input it returns a page with empty fields.
 */
import { stripControlChars } from '../text/controls.js';
import { anchorToHeadline, scoreTree } from './body.js';
import { emitParagraphs, keepParagraph } from './paragraphs.js';
import { headlineOnlyPost, shortPostParagraphs } from './short-post.js';
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
export const PARSER_VERSION = '1.3.0';

/** The <h1>/<h2> whose text is the title: the anchor of the article container. */
function findHeadline(headings: readonly Element[], title: string): Element | null {
  return headingWithKey(headings, comparable(title)) ?? headingWithTitlePart(headings, title);
}

function headingWithKey(headings: readonly Element[], key: string): Element | null {
  for (const el of headings) {
    const text = decodeEntities(textOf(el));
    // Cheap length test first: most headings are section titles of other lengths.
    if (text.length < key.length || text.length > key.length * 3 + 40) continue;
    if (comparable(text) === key) return el;
  }
  return null;
}

/** Blog engines title a post "Blog Name: Post Title" and head it with the post title alone. */
const TITLE_SEPARATOR = /\s+[|–—-]\s+|\s*[:»·]\s+/;
const MIN_TITLE_PART = 8;

/**
 * The heading that is one part of the title. The blog's name is often the page's <h1> too, so a
 * lower heading (the post's <h2>/<h3>) is preferred.
 */
function headingWithTitlePart(headings: readonly Element[], title: string): Element | null {
  const parts = title.split(TITLE_SEPARATOR).map(comparable).filter((part) => part.length >= MIN_TITLE_PART);
  if (parts.length < 2) return null;
  const found = parts.map((part) => headingWithKey(headings, part)).filter((el): el is Element => el !== null);
  return found.find((el) => el.name !== 'h1') ?? found[0] ?? null;
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
  const headline = titleKey ? findHeadline(sources.headings, metadata.title) : null;
  const best = scored.best ? anchorToHeadline(scored.best, headline, scored.proseOf) : null;
  const shortPost = best ? shortPostParagraphs(best, headline, scored.proseOf, dropped, titleKey) : null;
  const domParagraphs = (shortPost ?? (best ? emitParagraphs(best, dropped).filter((p) => keepParagraph(p, titleKey)) : [])).map((p) => p.text);
  const chosen = chooseBody(domParagraphs, stringField(article, 'articleBody'));
  const paragraphs = chosen.length > 0 ? chosen : headlineOnlyPost(headline, dropped);
  // A page that declares no language is read for one: its body, else its title and description.
  const language = metadata.language !== 'und' ? metadata.language : detectLanguage(paragraphs.length > 0 ? paragraphs.join('\n') : `${metadata.title}\n${metadata.description ?? ''}`);
  return { ...metadata, language, paragraphs };
}
