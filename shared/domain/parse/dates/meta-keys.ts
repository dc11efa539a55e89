/**
 * Meta tag names (name=, property= or itemprop=, lower-cased) that carry a page's publication or
 * modification date, in order of trust: Open Graph article:, schema.org, Dublin Core / DCTERMS,
 * Parse.ly, Sailthru, news-CMS and citation vocabularies, then the generic ones.
 */

export const META_PUBLISHED: readonly string[] = [
  'article:published_time', 'og:article:published_time', 'article:published', 'og:published_time', 'published_time',
  'datepublished', 'date_published', 'article.published', 'article_date_original', 'originalpublicationdate',
  'dc.date.issued', 'dcterms.issued', 'dc.date.created', 'dcterms.created', 'dc.date.published', 'dc.date', 'dcterms.date', 'dc.created',
  'parsely-pub-date', 'sailthru.date', 'cxenseparse:recs:publishtime', 'rnews:datepublished', 'bt:pubdate', 'vr:published_time',
  'citation_publication_date', 'citation_online_date', 'citation_date', 'prism.publicationdate', 'eprints.date',
  'pubdate', 'publishdate', 'publish_date', 'publish-date', 'publication_date', 'publication-date', 'publishing_date',
  'published-date', 'published_date', 'pub_date', 'date.created', 'datecreated', 'creation_date', 'article.created',
  'release_date', 'displaydate', 'date', 'created',
];

export const META_MODIFIED: readonly string[] = [
  'article:modified_time', 'og:article:modified_time', 'article:modified', 'og:updated_time', 'og:modified_time', 'modified_time',
  'datemodified', 'date_modified', 'dc.date.modified', 'dcterms.modified', 'dc.modified', 'article.updated',
  'sailthru.lastmodified', 'last-modified', 'lastmod', 'revised', 'date.modified', 'updated_time',
];
