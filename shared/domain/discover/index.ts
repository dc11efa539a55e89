export { classifyAddress, isIpLiteral, parseIpv4, parseIpv6, type AddressClass } from './address.js';
export { parseFeed, MAX_FEED_ENTRIES, type FeedEntry, type FeedResult } from './feed.js';
export {
  ALLOW_ALL, DISALLOW_ALL, crawlDelaySeconds, isAllowed, parseRobots, productToken,
  type Robots, type RobotsGroup, type RobotsRule,
} from './robots.js';
export { parseSitemap, MAX_SITEMAP_ENTRIES, type SitemapResult, type SitemapUrl } from './sitemap.js';
export { sniffDocument, type DocumentKind } from './sniff.js';
export { decodeXmlBytes } from './xml.js';
