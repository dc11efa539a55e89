/**
 * Story texts written for culture-index's tests (our own words): one original story, the ways an
 * aggregator reprints it, and an unrelated article on the same festival (a hard negative).
 */
export const ORIGINAL_STORY = [
  'The Gabala Music Festival opened on Friday evening with a concert of the State Philharmonic, which played a programme of symphonic mugham under the baton of a young conductor from Ganja.',
  'Aysel Mammadova, head of the festival committee, said the organisers had invited forty musicians from nine countries and that every concert of the first week was already sold out.',
  'For the first time the festival also runs a summer school: thirty students will spend two weeks in Gabala rehearsing chamber music with visiting soloists and recording their final concert.',
  'The closing gala on the last Sunday of the month will be shown on national television, and the recordings of the summer school will be published online in the autumn.',
].join('\n\n');

/** A reprint: agency boilerplate around the text, the last paragraph trimmed, a word changed. */
export const REPRINTED_STORY = [
  'MENAFN - AzerNews) The Gabala Music Festival opened on Friday evening with a concert of the State Philharmonic, which played a programme of symphonic mugham under the baton of a young conductor from Ganja.',
  'Aysel Mammadova, head of the festival committee, stated the organisers had invited forty musicians from nine countries and that every concert of the first week was already sold out.',
  'For the first time the festival also runs a summer school: thirty students will spend two weeks in Gabala rehearsing chamber music with visiting soloists and recording their final concert.',
  'Legal disclaimer: this content is provided by a third-party provider and republished with permission.',
].join('\n\n');

/** Same festival, same organiser, other news: must stay apart. */
export const SAME_TOPIC_STORY = [
  'Ticket sales for the Gabala Music Festival reached a record this year, the festival committee reported on Monday, with most buyers coming from Baku and from abroad.',
  'Aysel Mammadova told reporters that the committee would add two open-air screenings of opera films in the town park and extend the hours of the festival shuttle from the railway station.',
  'Local hotels said they were fully booked for the opening weekend, and the town council asked residents to offer rooms through a new online register prepared for the festival.',
].join('\n\n');
