/**
 * Organisation gazetteer, from general public knowledge: news agencies and outlets that cover
 * Azerbaijan (and the big international ones), social networks, and the acronyms of
 * well-known international and Azerbaijani bodies. Folded keys (foldName).
 */
const MEDIA = `azernews trend report apa azertac azertag turan sputnik menafn reuters afp bbc cnn tass interfax
anadolu trt xinhua euronews caliber ans aztv itv cbc azvision 1news qafqazinfo haqqin minval
facebook twitter instagram youtube tiktok`;

/** Outlets whose name is also an everyday word: accepted only in a reporting context. */
const AMBIGUOUS_MEDIA = new Set(['trend', 'report', 'turan', 'caliber', 'sputnik', 'minval', 'modern']);

const MULTI = [
  'news az', 'day az', 'report az', 'trend az', 'apa az', 'today az', '1news az', 'oxu az', 'modern az',
  'vestnik kavkaza', 'ria novosti', 'al jazeera', 'associated press', 'trend life',
];

const ACRONYMS = `unesco isesco icesco turksoy un unicef undp unep eu osce nato oic cis guam eco bsec who anas ada
asan fifa uefa ioc pace ots cica nam sco brics icom icomos wipo unwto iccrom ituc tika
ntrc`;

const MEDIA_SET: ReadonlySet<string> = new Set([...MEDIA.split(/\s+/).filter(Boolean), ...MULTI]);
const ACRONYM_SET: ReadonlySet<string> = new Set(ACRONYMS.split(/\s+/).filter(Boolean));

/** A known outlet; `ambiguous` ones ("Trend", "Report") need a reporting context. */
export function knownMedia(folded: string): 'yes' | 'ambiguous' | 'no' {
  if (!MEDIA_SET.has(folded)) return 'no';
  return AMBIGUOUS_MEDIA.has(folded) ? 'ambiguous' : 'yes';
}

export function isKnownOrgAcronym(folded: string): boolean {
  return ACRONYM_SET.has(folded);
}
