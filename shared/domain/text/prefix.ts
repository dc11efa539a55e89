/** How many leading UTF-16 units two strings share: the stem two case forms have in common. */
export function commonPrefixLength(x: string, y: string): number {
  let cp = 0;
  while (cp < x.length && cp < y.length && x[cp] === y[cp]) cp++;
  return cp;
}
