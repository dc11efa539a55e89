/** What the parser reads from one HTML page. Dates are ISO 8601 with zone, or null. */
export interface ParsedPage {
  readonly title: string;
  readonly authors: readonly string[];
  readonly publishedAt: string | null;
  /** The publication day as the page states it, in its own time zone ("2025-03-01"), or null. */
  readonly publishedDay: string | null;
  readonly modifiedAt: string | null;
  /** BCP 47 primary tag ("en", "az", "ru"), or "und". */
  readonly language: string;
  readonly section: string | null;
  /** Absolute canonical URL when the page declares one, else null. */
  readonly canonicalUrl: string | null;
  readonly image: string | null;
  /** Meta/OG description, if any. */
  readonly description: string | null;
  /** Body paragraphs, boilerplate removed, in reading order. */
  readonly paragraphs: readonly string[];
}

export interface ParseOptions {
  /** The page URL: resolves relative links and feeds URL date patterns. */
  readonly url?: string;
}
